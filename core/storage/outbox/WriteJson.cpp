#include "storage/outbox/WriteJson.h"

#include "i18n/Translate.h"
#include "storage/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

// Bumped when the layout changes, so an outbox written by a newer TreeOps is not misread.
constexpr int FormatVersion = 1;

QString timeText(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime timeFrom(const QJsonValue& value) {
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QJsonObject quoteToJson(const QuoteRecord& q) {
    return {{u"catalogVersion"_s, q.catalogVersion},
            {u"ratesVersion"_s, q.ratesVersion},
            {u"composite"_s, q.composite},
            {u"band"_s, q.band},
            {u"price"_s, q.price},
            {u"totalCost"_s, q.totalCost},
            {u"billableHours"_s, q.billableHours},
            {u"quoteJson"_s, QString::fromUtf8(q.quoteJson)},
            {u"createdAt"_s, timeText(q.createdAt)}};
}

QuoteRecord quoteFromJson(const QJsonObject& o) {
    return {o[u"catalogVersion"_s].toString(), o[u"ratesVersion"_s].toString(),
            o[u"composite"_s].toDouble(),      o[u"band"_s].toString(),
            o[u"price"_s].toDouble(),          o[u"totalCost"_s].toDouble(),
            o[u"billableHours"_s].toDouble(),  o[u"quoteJson"_s].toString().toUtf8(),
            timeFrom(o[u"createdAt"_s])};
}

[[noreturn]] void unreadable(const QString& why) {
    throw StoreError(StoreError::Kind::Failed,
                     translate("Outbox", "a queued change is unreadable: %1").arg(why));
}

} // namespace

QByteArray writeToJson(const AssessmentWrite& w) {
    QJsonObject o{{u"format"_s, FormatVersion},
                  {u"id"_s, w.id},
                  {u"customerName"_s, w.customerName},
                  {u"customerPhone"_s, w.customerPhone},
                  {u"customerEmail"_s, w.customerEmail},
                  {u"address"_s, w.address},
                  {u"state"_s, w.state},
                  {u"services"_s, QJsonArray::fromStringList(w.services)},
                  {u"treeCount"_s, w.treeCount},
                  {u"status"_s, statusKey(w.status)},
                  {u"inputJson"_s, QString::fromUtf8(w.inputJson)},
                  {u"expectedRowVersion"_s, QString::number(w.expectedRowVersion)},
                  {u"recordedAt"_s, timeText(w.recordedAt)},
                  {u"idempotencyKey"_s, w.idempotencyKey}};
    if (w.quote)
        o[u"quote"_s] = quoteToJson(*w.quote);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

AssessmentWrite writeFromJson(const QByteArray& json) {
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        unreadable(error.errorString());
    if (o[u"format"_s].toInt() != FormatVersion)
        unreadable(translate("Outbox", "format %1 is not known to this TreeOps")
                       .arg(o[u"format"_s].toInt()));
    const auto status = statusFromKey(o[u"status"_s].toString());
    if (o[u"id"_s].toString().isEmpty() || !status)
        unreadable(translate("Outbox", "no assessment id or status"));
    AssessmentWrite w;
    w.id = o[u"id"_s].toString();
    w.customerName = o[u"customerName"_s].toString();
    w.customerPhone = o[u"customerPhone"_s].toString();
    w.customerEmail = o[u"customerEmail"_s].toString();
    w.address = o[u"address"_s].toString();
    w.state = o[u"state"_s].toString();
    w.services = o[u"services"_s].toVariant().toStringList();
    w.treeCount = o[u"treeCount"_s].toInt();
    w.status = *status;
    w.inputJson = o[u"inputJson"_s].toString().toUtf8();
    // A string: row versions are 64-bit and JSON numbers are doubles.
    w.expectedRowVersion = o[u"expectedRowVersion"_s].toString().toLongLong();
    w.recordedAt = timeFrom(o[u"recordedAt"_s]);
    w.idempotencyKey = o[u"idempotencyKey"_s].toString();
    if (o.contains(u"quote"_s))
        w.quote = quoteFromJson(o[u"quote"_s].toObject());
    return w;
}

} // namespace treeops::storage

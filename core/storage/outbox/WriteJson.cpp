#include "storage/outbox/WriteJson.h"

#include "i18n/Translate.h"
#include "storage/RecordsJson.h"
#include "storage/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

// Bumped when the layout changes, so an outbox written by a newer TreeOps is not misread.
constexpr int FormatVersion = 1;

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
                  {u"recordedAt"_s, timeToJson(w.recordedAt)},
                  {u"idempotencyKey"_s, w.idempotencyKey}};
    if (w.quote)
        o[u"quote"_s] = quoteRecordToJson(*w.quote);
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
    w.recordedAt = timeFromJson(o[u"recordedAt"_s]);
    w.idempotencyKey = o[u"idempotencyKey"_s].toString();
    if (o.contains(u"quote"_s)) {
        w.quote = quoteRecordFromJson(o[u"quote"_s].toObject());
        if (!w.quote)
            unreadable(translate("Outbox", "its quote has no catalog version or price"));
    }
    return w;
}

} // namespace treeops::storage

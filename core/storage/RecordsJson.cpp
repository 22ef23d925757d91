#include "storage/RecordsJson.h"

namespace treeops::storage {

using namespace Qt::StringLiterals;

QString timeToJson(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromJson(const QJsonValue& value) {
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QJsonObject quoteRecordToJson(const QuoteRecord& q) {
    return {{u"catalogVersion"_s, q.catalogVersion},
            {u"ratesVersion"_s, q.ratesVersion},
            {u"composite"_s, q.composite},
            {u"band"_s, q.band},
            {u"price"_s, q.price},
            {u"totalCost"_s, q.totalCost},
            {u"billableHours"_s, q.billableHours},
            {u"quoteJson"_s, QString::fromUtf8(q.quoteJson)},
            {u"createdAt"_s, timeToJson(q.createdAt)}};
}

std::optional<QuoteRecord> quoteRecordFromJson(const QJsonObject& o) {
    if (!o[u"catalogVersion"_s].isString() || !o[u"price"_s].isDouble())
        return std::nullopt;
    return QuoteRecord{o[u"catalogVersion"_s].toString(), o[u"ratesVersion"_s].toString(),
                       o[u"composite"_s].toDouble(),      o[u"band"_s].toString(),
                       o[u"price"_s].toDouble(),          o[u"totalCost"_s].toDouble(),
                       o[u"billableHours"_s].toDouble(),  o[u"quoteJson"_s].toString().toUtf8(),
                       timeFromJson(o[u"createdAt"_s])};
}

} // namespace treeops::storage

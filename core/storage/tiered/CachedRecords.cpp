#include "storage/tiered/CachedRecords.h"

#include "storage/RecordsJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

// Money and scores keep every bit through JSON doubles; row versions and counts are integers
// well inside 2^53.
QJsonValue optionalNumber(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> readOptionalNumber(const QJsonValue& v) {
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonObject summaryToJson(const AssessmentSummary& s) {
    return {{u"id"_s, s.id},
            {u"customer"_s, s.customer},
            {u"address"_s, s.address},
            {u"state"_s, s.state},
            {u"services"_s, QJsonArray::fromStringList(s.services)},
            {u"trees"_s, s.treeCount},
            {u"status"_s, statusKey(s.status)},
            {u"created"_s, timeToJson(s.createdAt)},
            {u"updated"_s, timeToJson(s.updatedAt)},
            {u"rowVersion"_s, s.rowVersion},
            {u"composite"_s, optionalNumber(s.composite)},
            {u"band"_s, s.band},
            {u"price"_s, optionalNumber(s.price)},
            {u"archived"_s, s.archived}};
}

std::optional<AssessmentSummary> summaryFromJson(const QJsonObject& o) {
    const auto status = statusFromKey(o.value(u"status"_s).toString());
    if (!status || !o.value(u"id"_s).isString() || !o.value(u"rowVersion"_s).isDouble())
        return std::nullopt;
    AssessmentSummary s;
    s.id = o.value(u"id"_s).toString();
    s.customer = o.value(u"customer"_s).toString();
    s.address = o.value(u"address"_s).toString();
    s.state = o.value(u"state"_s).toString();
    const QJsonArray services = o.value(u"services"_s).toArray();
    for (const QJsonValue& service : services)
        s.services << service.toString();
    s.treeCount = o.value(u"trees"_s).toInt();
    s.status = *status;
    s.createdAt = timeFromJson(o.value(u"created"_s));
    s.updatedAt = timeFromJson(o.value(u"updated"_s));
    s.rowVersion = o.value(u"rowVersion"_s).toInteger();
    s.composite = readOptionalNumber(o.value(u"composite"_s));
    s.band = o.value(u"band"_s).toString();
    s.price = readOptionalNumber(o.value(u"price"_s));
    s.archived = o.value(u"archived"_s).toBool();
    return s;
}

std::optional<QJsonObject> readObject(const QByteArray& bytes) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QByteArray encodeStoredAssessment(const StoredAssessment& assessment) {
    const QJsonObject o{{u"summary"_s, summaryToJson(assessment.summary)},
                        {u"input"_s, QString::fromUtf8(assessment.inputJson)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<StoredAssessment> decodeStoredAssessment(const QByteArray& bytes) {
    const auto o = readObject(bytes);
    if (!o || !o->value(u"input"_s).isString())
        return std::nullopt;
    auto summary = summaryFromJson(o->value(u"summary"_s).toObject());
    if (!summary)
        return std::nullopt;
    return StoredAssessment{std::move(*summary), o->value(u"input"_s).toString().toUtf8()};
}

QByteArray encodeQuoteRecord(const QuoteRecord& quote) {
    return QJsonDocument(quoteRecordToJson(quote)).toJson(QJsonDocument::Compact);
}

std::optional<QuoteRecord> decodeQuoteRecord(const QByteArray& bytes) {
    const auto o = readObject(bytes);
    return o ? quoteRecordFromJson(*o) : std::nullopt;
}

} // namespace treeops::storage

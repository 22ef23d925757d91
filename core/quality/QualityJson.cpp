#include "quality/QualityJson.h"

#include "i18n/Translate.h"
#include "storage/RecordsJson.h"

#include "json/JsonReader.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;
using Presence = JsonReader::Presence;

QJsonValue scoreValue(const StatusCounts& counts) {
    const auto score = counts.score();
    return score ? QJsonValue(std::round(*score * 10) / 10) : QJsonValue();
}

QJsonObject countsToJson(const StatusCounts& counts) {
    QJsonObject out{{u"score"_s, scoreValue(counts)}, {u"evaluated"_s, counts.evaluated()}};
    for (int s = 0; s < RuleStatusCount; ++s)
        out.insert(statusKey(RuleStatus(s)), counts.count(RuleStatus(s)));
    return out;
}

// Reads a key naming one of an enumeration's members; reports the allowed keys otherwise.
template <typename Enum, typename FromKey, typename ToKey>
std::optional<Enum> readKey(JsonReader& r, const JsonReader::Fields& o, QLatin1StringView key,
                            int count, FromKey fromKey, ToKey toKey) {
    const auto text = r.string(o, key, Presence::Required);
    if (!text)
        return std::nullopt;
    if (const auto value = fromKey(*text))
        return value;
    QStringList allowed;
    for (int i = 0; i < count; ++i)
        allowed << toKey(Enum(i));
    r.fail(QString(key),
           translate("Quality", "\"%1\" is not one of %2").arg(*text, allowed.join(u", "_s)));
    return std::nullopt;
}

std::optional<Threshold> readThreshold(JsonReader& r, const JsonReader::Fields& o,
                                       QLatin1StringView key) {
    const auto text = r.string(o, key, Presence::Optional);
    if (!text)
        return Threshold{};
    if (const auto threshold = Threshold::parse(*text))
        return threshold;
    r.fail(QString(key),
           translate("Quality", "\"%1\" is not a threshold: give failing rows (\"0\", \"25\") "
                                "or a share of the rows examined (\"0.5%\")")
               .arg(*text));
    return std::nullopt;
}

void requireRuleId(JsonReader& r, const QString& id) {
    static const QRegularExpression form(u"^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+$"_s);
    if (!id.isEmpty() && !form.match(id).hasMatch())
        r.fail(u"id"_s,
               translate("Quality", "\"%1\" is not a rule id: use lower-case words joined by dots, "
                                    "such as custom.stale_drafts")
                   .arg(id));
}

// A string that must be given and say something.
QString requiredText(JsonReader& r, const JsonReader::Fields& o, QLatin1StringView key) {
    const QString text = r.string(o, key, Presence::Required).value_or(QString()).trimmed();
    if (const auto given = o.find(key); given && given->isString() && text.isEmpty())
        r.fail(QString(key), translate("Quality", "is empty"));
    return text;
}

} // namespace

QJsonObject ruleToJson(const RuleDefinition& rule) {
    return {{u"id"_s, rule.id},
            {u"name"_s, rule.name},
            {u"description"_s, rule.description},
            {u"dimension"_s, dimensionKey(rule.dimension)},
            {u"severity"_s, severityKey(rule.severity)},
            {u"dataset"_s, rule.dataset},
            {u"warn"_s, rule.warn.text()},
            {u"fail"_s, rule.fail.text()},
            {u"version"_s, rule.version},
            {u"custom"_s, rule.custom}};
}

RuleDefinition ruleFromJson(const QJsonObject& json) {
    RuleDefinition rule;
    rule.id = json.value(u"id"_s).toString();
    rule.name = json.value(u"name"_s).toString();
    rule.description = json.value(u"description"_s).toString();
    rule.dimension = dimensionFromKey(json.value(u"dimension"_s).toString()).value_or(Dimension{});
    rule.severity = severityFromKey(json.value(u"severity"_s).toString()).value_or(Severity{});
    rule.dataset = json.value(u"dataset"_s).toString();
    rule.warn = Threshold::parse(json.value(u"warn"_s).toString()).value_or(Threshold{});
    rule.fail = Threshold::parse(json.value(u"fail"_s).toString()).value_or(Threshold{});
    rule.version = json.value(u"version"_s).toInt(1);
    rule.custom = json.value(u"custom"_s).toBool();
    return rule;
}

std::optional<CustomRule> readCustomRule(const QByteArray& json, const QString& source,
                                         Problems& problems) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        problems.append({source, error.error != QJsonParseError::NoError
                                     ? translate("Quality", "not JSON: %1 at offset %2")
                                           .arg(error.errorString())
                                           .arg(error.offset)
                                     : translate("Quality", "a custom rule is a JSON object")});
        return std::nullopt;
    }
    return readCustomRule(document.object(), problems);
}

std::optional<CustomRule> readCustomRule(const QJsonObject& document, Problems& problems) {
    JsonReader r(problems);
    const auto o = r.fields(document, {},
                            {"id"_L1, "name"_L1, "description"_L1, "dimension"_L1, "severity"_L1,
                             "dataset"_L1, "warn"_L1, "fail"_L1, "sql"_L1});
    CustomRule rule;
    RuleDefinition& d = rule.definition;
    d.custom = true;
    d.id = requiredText(r, o, "id"_L1);
    requireRuleId(r, d.id);
    d.name = requiredText(r, o, "name"_L1);
    d.description = r.string(o, "description"_L1, Presence::Optional).value_or(QString());
    d.dimension =
        readKey<Dimension>(r, o, "dimension"_L1, DimensionCount, dimensionFromKey, dimensionKey)
            .value_or(Dimension{});
    d.severity = readKey<Severity>(r, o, "severity"_L1, SeverityCount, severityFromKey, severityKey)
                     .value_or(Severity{});
    d.dataset = requiredText(r, o, "dataset"_L1);
    d.warn = readThreshold(r, o, "warn"_L1).value_or(Threshold{});
    d.fail = readThreshold(r, o, "fail"_L1).value_or(Threshold{});
    rule.sql = r.string(o, "sql"_L1, Presence::Required).value_or(QString()).trimmed();
    if (o.find("sql"_L1) && rule.sql.isEmpty())
        r.fail(u"sql"_s, translate("Quality", "the query is empty"));
    if (r.hasProblems())
        return std::nullopt;
    return rule;
}

QJsonObject resultToJson(const RuleResult& result) {
    QJsonObject out{{u"rule"_s, ruleToJson(result.rule)},
                    {u"status"_s, statusKey(result.status)},
                    {u"examined"_s, result.outcome.examined},
                    {u"failing"_s, result.outcome.failing},
                    {u"samples"_s, QJsonArray::fromStringList(result.outcome.sampleKeys)},
                    {u"duration_ms"_s, result.durationMs}};
    if (!result.message.isEmpty())
        out.insert(u"message"_s, result.message);
    return out;
}

RuleResult resultFromJson(const QJsonObject& json) {
    RuleResult result;
    result.rule = ruleFromJson(json.value(u"rule"_s).toObject());
    result.status = statusFromKey(json.value(u"status"_s).toString()).value_or(RuleStatus::Error);
    result.outcome.examined = json.value(u"examined"_s).toInteger();
    result.outcome.failing = json.value(u"failing"_s).toInteger();
    for (const QJsonValue& key : json.value(u"samples"_s).toArray())
        result.outcome.sampleKeys << key.toString();
    result.durationMs = json.value(u"duration_ms"_s).toInteger();
    result.message = json.value(u"message"_s).toString();
    return result;
}

QJsonObject runToJson(const RunRecord& run) {
    const RunScore score = scoreRun(run.results);
    QJsonObject dimensions;
    for (auto it = score.byDimension.cbegin(); it != score.byDimension.cend(); ++it)
        dimensions.insert(dimensionKey(it.key()), countsToJson(it.value()));
    QJsonObject datasets;
    for (auto it = score.byDataset.cbegin(); it != score.byDataset.cend(); ++it)
        datasets.insert(it.key(), countsToJson(it.value()));
    QJsonArray results;
    for (const RuleResult& r : run.results)
        results.append(resultToJson(r));
    QJsonObject out{{u"schema"_s, u"treeops.quality-run/1"_s},
                    {u"started_at"_s, storage::timeToJson(run.startedAt)},
                    {u"finished_at"_s, storage::timeToJson(run.finishedAt)},
                    {u"overall"_s, countsToJson(score.overall)},
                    {u"dimensions"_s, dimensions},
                    {u"datasets"_s, datasets},
                    {u"results"_s, results}};
    if (run.id > 0)
        out.insert(u"id"_s, run.id);
    return out;
}

} // namespace treeops::quality

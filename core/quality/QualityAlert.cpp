#include "quality/QualityAlert.h"

#include "i18n/Translate.h"

#include <QJsonArray>

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

bool criticalNotPassed(const RuleResult& result) {
    return result.rule.severity == Severity::Critical &&
           (result.status == RuleStatus::Fail || result.status == RuleStatus::Error);
}

QJsonValue scoreJson(const std::optional<double>& score) {
    return score ? QJsonValue(*score) : QJsonValue();
}

} // namespace

AlertTriggers alertTriggers(const RunRecord& run) {
    AlertTriggers triggers;
    const std::optional<double> score = scoreRun(run.results).overall.score();
    triggers.lowScore = score && *score < AlertScoreBelow;
    for (const RuleResult& result : run.results)
        if (criticalNotPassed(result))
            triggers.criticalRules.append(result.rule.id);
    return triggers;
}

std::optional<QualityAlert> alertFor(const RunRecord& current, const RunRecord* previous) {
    const AlertTriggers now = alertTriggers(current);
    const AlertTriggers before = previous ? alertTriggers(*previous) : AlertTriggers{};
    const bool scoreDropped = now.lowScore && !before.lowScore;
    const bool newCritical =
        std::any_of(now.criticalRules.begin(), now.criticalRules.end(),
                    [&](const QString& id) { return !before.criticalRules.contains(id); });
    if (!scoreDropped && !newCritical)
        return std::nullopt;
    QualityAlert alert{
        current.id, current.finishedAt, scoreRun(current.results).overall.score(), now, {}};
    for (const RuleResult& result : current.results)
        if (criticalNotPassed(result))
            alert.criticalRuns.append(result);
    return alert;
}

QString QualityAlert::title() const {
    return translate("QualityAlert", "TreeOps: data quality needs attention");
}

QString QualityAlert::text() const {
    QStringList parts;
    if (triggers.lowScore)
        parts.append(translate("QualityAlert", "the score is %1, under %2")
                         .arg(scoreText(score))
                         .arg(AlertScoreBelow, 0, 'f', 0));
    for (const RuleResult& result : criticalRuns)
        parts.append(result.status == RuleStatus::Error
                         ? translate("QualityAlert", "%1 could not run").arg(result.rule.name)
                         : translate("QualityAlert", "%1 fails on %2 of %3 rows")
                               .arg(result.rule.name)
                               .arg(result.outcome.failing)
                               .arg(result.outcome.examined));
    return translate("QualityAlert", "Run %1: %2.").arg(runId).arg(parts.join(u"; "_s));
}

QJsonObject alertToJson(const QualityAlert& alert) {
    QJsonArray critical;
    for (const RuleResult& result : alert.criticalRuns)
        critical.append(QJsonObject{{u"id"_s, result.rule.id},
                                    {u"name"_s, result.rule.name},
                                    {u"status"_s, statusKey(result.status)},
                                    {u"failing"_s, result.outcome.failing},
                                    {u"examined"_s, result.outcome.examined},
                                    {u"message"_s, result.message}});
    return {{u"schema"_s, u"treeops.quality-alert/1"_s},
            {u"run_id"_s, alert.runId},
            {u"finished_at"_s, alert.finishedAt.toString(Qt::ISODateWithMs)},
            {u"score"_s, scoreJson(alert.score)},
            {u"score_alert_below"_s, AlertScoreBelow},
            {u"score_below_threshold"_s, alert.triggers.lowScore},
            {u"critical_failures"_s, critical},
            {u"text"_s, QString(alert.title() + u" — "_s + alert.text())}};
}

} // namespace treeops::quality

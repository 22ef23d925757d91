#pragma once

#include "quality/QualityRun.h"

#include <QJsonObject>

namespace treeops::quality {

// A run needs someone's attention when its score is under this, or a critical rule did not pass.
inline constexpr double AlertScoreBelow = 90.0;

// What in one run calls for attention.
struct AlertTriggers {
    bool lowScore = false;
    QStringList criticalRules; // ids of critical rules that failed or could not run

    bool any() const { return lowScore || !criticalRules.isEmpty(); }
};

AlertTriggers alertTriggers(const RunRecord& run);

// An incident worth telling someone about: the run that started it (or made it worse) and what
// is wrong in that run.
struct QualityAlert {
    qint64 runId = 0;
    QDateTime finishedAt;
    std::optional<double> score;
    AlertTriggers triggers;         // everything wrong in the run
    QList<RuleResult> criticalRuns; // the results of triggers.criticalRules

    QString title() const;
    QString text() const;
};

// An alert when `current` has a trigger that `previous` (the run before it, if any) did not:
// an incident begins, or a new critical rule joins it. While the same incident goes on, run
// after run, there is no new alert; once a run is clean, the next trigger is a new incident.
std::optional<QualityAlert> alertFor(const RunRecord& current, const RunRecord* previous);

// The body of the webhook POST (schema treeops.quality-alert/1). Its "text" is the whole alert
// in one sentence, for chat services that show that field.
QJsonObject alertToJson(const QualityAlert& alert);

} // namespace treeops::quality

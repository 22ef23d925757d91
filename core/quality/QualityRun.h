#pragma once

#include "quality/Score.h"

namespace treeops::quality {

// One evaluation of a set of rules, as stored: every result with its failing samples.
struct RunRecord {
    qint64 id = 0; // given by the store
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<RuleResult> results;
};

// How long each rule of the run took, by rule id.
inline QHash<QString, qint64> ruleDurations(const RunRecord& run) {
    QHash<QString, qint64> durations;
    for (const RuleResult& result : run.results)
        durations.insert(result.rule.id, result.durationMs);
    return durations;
}

// A run as lists and trend lines show it, without its results.
struct RunSummary {
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    StatusCounts counts;
};

// One rule's result in one run, for its sparkline and "since when".
struct RuleTrendPoint {
    qint64 runId = 0;
    QDateTime at;
    RuleStatus status = RuleStatus::NotApplicable;
    qint64 examined = 0;
    qint64 failing = 0;
};

// A rule written by a data engineer: its definition and the SQL that checks it (one row per
// row examined, columns `key` and `failing`). Every change is kept as a new version.
struct CustomRule {
    RuleDefinition definition;
    QString sql;
    QDateTime savedAt;
};

} // namespace treeops::quality

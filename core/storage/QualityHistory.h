#pragma once

#include "quality/QualityRun.h"
#include "quality/VerifiedQuotes.h"

#include <QHash>
#include <memory>
#include <optional>

namespace treeops::storage {

// Data-quality runs and custom rules, kept in the store they describe. Methods throw
// StoreError; a failed call changes nothing.
class QualityHistory {
public:
    virtual ~QualityHistory() = default;

    // Stores the run with its results and samples, and the quotes it verified (see
    // quality::VerifiedQuote), in one transaction; returns its id.
    virtual qint64 saveRun(const quality::RunRecord& run,
                           const quality::VerifiedQuotes& verified) = 0;
    // The newest `limit` runs, newest first.
    virtual QList<quality::RunSummary> recentRuns(int limit) = 0;
    virtual std::optional<quality::RunRecord> run(qint64 id) = 0;
    // The rule's results in the newest `limit` runs that evaluated it, oldest first.
    virtual QList<quality::RuleTrendPoint> ruleTrend(const QString& ruleId, int limit) = 0;

    // Stores `rule` as the next version of its id (version 1 for a new id); returns the version.
    virtual int saveCustomRule(const quality::CustomRule& rule) = 0;
    // The latest version of every custom rule, by id.
    virtual QList<quality::CustomRule> customRules() = 0;
    // Every version of one rule, oldest first.
    virtual QList<quality::CustomRule> customRuleVersions(const QString& id) = 0;
};

// The newest run with its results; none before the first run.
std::optional<quality::RunRecord> latestRun(QualityHistory& history);
// How long each rule took in the newest run, by rule id; empty before the first run.
QHash<QString, qint64> lastRuleDurations(QualityHistory& history);

} // namespace treeops::storage

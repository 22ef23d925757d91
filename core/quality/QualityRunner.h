#pragma once

#include "quality/QualityRun.h"
#include "quality/Rule.h"

#include <functional>

namespace treeops::quality {

struct RunOptions {
    QDateTime now;         // the run's "now"; the current time when not set
    int sampleLimit = 100; // failing keys kept per rule
};

// Evaluates rules one after another on one read-only connection. A rule whose check throws
// gets the status Error with the reason; the run goes on with the next rule. Cancelling stops
// the rule being checked as soon as its query notices and keeps no result for it.
class QualityRunner {
public:
    // Before each rule: how many are done, out of how many, and the one starting.
    using Progress = std::function<void(int done, int total, const RuleDefinition& next)>;

    explicit QualityRunner(storage::ReadOnlySql& sql);

    // `cancelled` is polled between rules and while queries run; a cancelled run returns
    // the results it finished, and wasCancelled() says so.
    RunRecord run(const RuleList& rules, const RunOptions& options, const Progress& progress = {},
                  const storage::CancelCheck& cancelled = {});
    bool wasCancelled() const { return m_cancelled; }
    // The quotes the last run priced again and found right, to keep with its results.
    const VerifiedQuotes& verifiedQuotes() const { return m_verified; }

private:
    RuleResult evaluate(const Rule& rule, RuleContext& context);

    storage::ReadOnlySql& m_sql;
    bool m_cancelled = false;
    VerifiedQuotes m_verified;
};

// The rules to run: all of `available` when `ids` is empty, otherwise those named, in the
// order given. Throws StoreError (InvalidInput) naming any id that is not a rule.
RuleList selectRules(const RuleList& available, const QStringList& ids);

// The built-in rules followed by the latest version of each custom rule.
RuleList allRules(const QList<CustomRule>& custom);

} // namespace treeops::quality

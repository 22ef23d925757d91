#pragma once

#include "quality/QualityRun.h"
#include "quality/Rule.h"

#include <QHash>
#include <functional>
#include <memory>
#include <vector>

namespace treeops::quality {

struct RunOptions {
    QDateTime now;         // the run's "now"; the current time when not set
    int sampleLimit = 100; // failing keys kept per rule
    // How long each rule took the last time, by id. The longest start first, so that a run
    // does not end with one connection still on a long rule while the others have nothing
    // left; rules not listed start last, in their order. Before them all start the rules whose
    // time depends on the runs before (Rule::dependsOnEarlierRuns).
    QHash<QString, qint64> lastDurationsMs;
};

// Evaluates rules on read-only connections to one store. With several connections, rules are
// checked side by side: each connection takes the next rule none has started, so a long rule
// does not hold up the others and the store's server (or a second core) works on two at once.
// Rules over the same rows (ScanRule) are checked together, in one pass over them.
// A rule whose check throws gets the status Error with the reason; the run goes on with the
// next rule. Cancelling stops the rules being checked as soon as their queries notice and keeps
// no result for them.
class QualityRunner {
public:
    // Before each rule: how many were started before it, out of how many, and the one starting.
    // Rules checked in one pass start together.
    // Called on the connections' threads, one call at a time.
    using Progress = std::function<void(int started, int total, const RuleDefinition& next)>;

    // On one connection the caller keeps.
    explicit QualityRunner(storage::ReadOnlySql& sql);
    // On `connections` connections it opens to the store at `storeUrl` (StoreError when it
    // cannot).
    explicit QualityRunner(const QString& storeUrl,
                           int statementTimeoutMs = storage::DefaultStatementTimeoutMs,
                           int connections = defaultConnections());
    ~QualityRunner();

    // `cancelled` is polled between rules and while queries run, on the connections' threads; a
    // cancelled run returns the results it finished, in the rules' order, and wasCancelled()
    // says so. Results are always in the order of `rules`.
    RunRecord run(const RuleList& rules, const RunOptions& options, const Progress& progress = {},
                  const storage::CancelCheck& cancelled = {});
    bool wasCancelled() const { return m_cancelled; }
    // The quotes the last run priced again and found right, to keep with its results.
    const VerifiedQuotes& verifiedQuotes() const { return m_verified; }

    // One per core, at least two (while one rule waits for its server, another can run) and at
    // most four (each holds a server connection).
    static int defaultConnections();

private:
    class Queue;
    static void work(storage::ReadOnlySql& sql, Queue& queue, VerifiedQuotes& verified);
    static QList<RuleResult> evaluate(const std::vector<const Rule*>& rules, RuleContext& context);
    static std::vector<CheckOutcome> check(const std::vector<const Rule*>& rules,
                                           RuleContext& context);

    std::vector<std::unique_ptr<storage::ReadOnlySql>> m_owned;
    std::vector<storage::ReadOnlySql*> m_connections;
    bool m_cancelled = false;
    VerifiedQuotes m_verified;
};

// The rules to run: all of `available` when `ids` is empty, otherwise those named, in the
// order given. Throws StoreError (InvalidInput) naming any id that is not a rule.
RuleList selectRules(const RuleList& available, const QStringList& ids);

// The built-in rules followed by the latest version of each custom rule.
RuleList allRules(const QList<CustomRule>& custom);

} // namespace treeops::quality

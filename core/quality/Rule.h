#pragma once

#include "quality/QualityTypes.h"
#include "quality/VerifiedQuotes.h"
#include "storage/ReadOnlySql.h"

#include <memory>
#include <optional>
#include <vector>

namespace treeops::quality {

class ScanRule;

// What a check may use: the store, read-only, and the moment the run stands at ("now", so
// that timeliness rules can be tested at any date). A check that prices quotes adds those it
// found right to `verified` (when set), for the run's caller to keep with its results.
struct RuleContext {
    storage::ReadOnlySql& sql;
    QDateTime now;
    int sampleLimit = 100;
    VerifiedQuotes* verified = nullptr;
};

// One data-quality rule: its definition and the check that measures it. Checks throw
// StoreError (or any std::exception) when they cannot run; the run reports that as an error.
class Rule {
public:
    virtual ~Rule() = default;
    virtual const RuleDefinition& definition() const = 0;
    virtual CheckOutcome check(RuleContext& context) const = 0;
    // Whether what the runs before left decides how long the check takes, so that its last
    // time says little about this one (the quote check prices only what no run verified).
    virtual bool dependsOnEarlierRuns() const { return false; }
};

// A rule whose check may read in full the rows other rules share (ScanRule::rows()), so that a
// run checks those rules in the same query instead of a pass of their own.
class RowsHost {
public:
    virtual ~RowsHost() = default;
    // The name of the shared rows the check would read in full over the store as `sql` finds it
    // now; none when it would read otherwise.
    virtual std::optional<QString> rowsReadInFull(storage::ReadOnlySql& sql) const = 0;
    // The rule's own outcome, then those of `scans`, which share the rows rowsReadInFull named,
    // in their order, from the query that reads those rows in full.
    virtual std::vector<CheckOutcome> checkHosting(const std::vector<const ScanRule*>& scans,
                                                   RuleContext& context) const = 0;
};

using RulePtr = std::shared_ptr<const Rule>;
using RuleList = std::vector<RulePtr>;

} // namespace treeops::quality

#pragma once

#include "quality/Rule.h"

namespace treeops::quality {

// Prices every assessment again with the catalog and rates versions its latest quote was made
// with, and compares with the stored price. A quote that does not recompute to within $0.01
// (or an assessment that no longer reads against its pinned versions) is failing: the price a
// customer was sent cannot be explained by the data. A quote found right is remembered by the
// revision it was read at (see VerifiedQuote) and priced again only once the store has moved
// that revision on, or another build runs the check.
class QuoteRecomputeRule final : public Rule, public RowsHost {
public:
    QuoteRecomputeRule();

    const RuleDefinition& definition() const override { return m_definition; }
    CheckOutcome check(RuleContext& context) const override;
    bool dependsOnEarlierRuns() const override { return true; }
    // On PostgreSQL, when most quotes are to be priced, every assessment with its latest quote
    // is read: the rules over those rows are then checked in the same query.
    std::optional<QString> rowsReadInFull(storage::ReadOnlySql& sql) const override;
    std::vector<CheckOutcome> checkHosting(const std::vector<const ScanRule*>& scans,
                                           RuleContext& context) const override;

private:
    RuleDefinition m_definition;
};

} // namespace treeops::quality

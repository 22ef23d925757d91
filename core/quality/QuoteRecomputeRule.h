#pragma once

#include "quality/Rule.h"

namespace treeops::quality {

// Prices every assessment again with the catalog and rates versions its latest quote was made
// with, and compares with the stored price. A quote that does not recompute to within $0.01
// (or an assessment that no longer reads against its pinned versions) is failing: the price a
// customer was sent cannot be explained by the data. A quote found right is remembered by the
// revision it was read at (see VerifiedQuote) and priced again only once the store has moved
// that revision on, or another build runs the check.
class QuoteRecomputeRule final : public Rule {
public:
    QuoteRecomputeRule();

    const RuleDefinition& definition() const override { return m_definition; }
    CheckOutcome check(RuleContext& context) const override;
    bool dependsOnEarlierRuns() const override { return true; }

private:
    RuleDefinition m_definition;
};

} // namespace treeops::quality

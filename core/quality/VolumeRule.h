#pragma once

#include "quality/Rule.h"

namespace treeops::quality {

// Yesterday's count of new assessments (UTC days, before the run's "now") against the 14 days
// before it: failing when it lies outside their mean ± 3 standard deviations, as when an import
// stopped or ran twice. The database counts per day; days without assessments count as 0.
// Not applicable while none of those 15 days has an assessment.
class VolumeRule final : public Rule {
public:
    VolumeRule();

    const RuleDefinition& definition() const override { return m_definition; }
    CheckOutcome check(RuleContext& context) const override;

    static constexpr int TrailingDays = 14;

private:
    RuleDefinition m_definition;
};

} // namespace treeops::quality

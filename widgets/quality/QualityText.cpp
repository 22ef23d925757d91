#include "quality/QualityText.h"

#include "quality/QualityAlert.h"

namespace treeops::widgets {
namespace {

constexpr double AtRiskFrom = 75.0;

} // namespace

StatusTone statusTone(quality::RuleStatus status) {
    switch (status) {
    case quality::RuleStatus::Pass:
        return StatusTone::Ok;
    case quality::RuleStatus::Warn:
        return StatusTone::Warning;
    case quality::RuleStatus::Fail:
        return StatusTone::Failure;
    case quality::RuleStatus::Error:
        return StatusTone::Error;
    case quality::RuleStatus::NotApplicable:
        return StatusTone::Inactive;
    }
    return StatusTone::Inactive;
}

QString scoreText(const std::optional<double>& score) {
    return score ? quality::scoreText(score) : QStringLiteral("—");
}

StatusTone scoreTone(const std::optional<double>& score) {
    if (!score)
        return StatusTone::Inactive;
    if (*score >= quality::AlertScoreBelow)
        return StatusTone::Ok;
    return *score >= AtRiskFrom ? StatusTone::Warning : StatusTone::Failure;
}

} // namespace treeops::widgets

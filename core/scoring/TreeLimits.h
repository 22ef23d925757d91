#pragma once

#include "json/JsonReader.h"

namespace treeops::scoring {

// The measurements the specification allows for a tree, per service. Assessments are read
// against them, and the data-quality rules check stored assessments against the same figures.
namespace tree_limits {
using namespace Qt::StringLiterals;
inline constexpr NumberRule HeightFt{5, 200, "ft"_L1};
inline constexpr NumberRule CanopyRadiusFt{1, 100, "ft"_L1};
inline constexpr NumberRule DbhIn{1, 120, "in"_L1};
inline constexpr NumberRule HeightAboveGradeIn{0, 48, "in"_L1};
inline constexpr NumberRule GrindDepthIn{4, 24, "in"_L1};
inline constexpr NumberRule StumpDiameterIn{4, 120, "in"_L1};
} // namespace tree_limits

} // namespace treeops::scoring

#pragma once

#include "quality/QualityTypes.h"

#include <QMap>
#include <array>

namespace treeops::quality {

// How many rules ended in each status, and the score they make:
// (pass + 0.5 × warn) / (pass + warn + fail) × 100. Errors and not-applicable rules are
// counted beside it, never in it.
struct StatusCounts {
    std::array<int, RuleStatusCount> byStatus{};

    void add(RuleStatus status) { ++byStatus[static_cast<std::size_t>(status)]; }
    int count(RuleStatus status) const { return byStatus[static_cast<std::size_t>(status)]; }
    int evaluated() const;
    // None when no rule was evaluated: there is nothing to score.
    std::optional<double> score() const;
};

struct RunScore {
    StatusCounts overall;
    QMap<Dimension, StatusCounts> byDimension;
    QMap<QString, StatusCounts> byDataset;
};

RunScore scoreRun(const QList<RuleResult>& results);

// A score as people read it, "92.5" in the locale's digits, or "none" when nothing was scored.
QString scoreText(const std::optional<double>& score);

} // namespace treeops::quality

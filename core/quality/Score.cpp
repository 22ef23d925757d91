#include "quality/Score.h"

#include "i18n/Translate.h"

#include <QLocale>

namespace treeops::quality {

int StatusCounts::evaluated() const {
    return count(RuleStatus::Pass) + count(RuleStatus::Warn) + count(RuleStatus::Fail);
}

std::optional<double> StatusCounts::score() const {
    if (evaluated() == 0)
        return std::nullopt;
    return (count(RuleStatus::Pass) + 0.5 * count(RuleStatus::Warn)) / evaluated() * 100.0;
}

RunScore scoreRun(const QList<RuleResult>& results) {
    RunScore score;
    for (const RuleResult& r : results) {
        score.overall.add(r.status);
        score.byDimension[r.rule.dimension].add(r.status);
        score.byDataset[r.rule.dataset].add(r.status);
    }
    return score;
}

QString scoreText(const std::optional<double>& score) {
    return score ? QLocale().toString(*score, 'f', 1) : translate("Quality", "none");
}

} // namespace treeops::quality

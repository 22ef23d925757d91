#include "storage/QualityHistory.h"

namespace treeops::storage {

std::optional<quality::RunRecord> latestRun(QualityHistory& history) {
    const QList<quality::RunSummary> runs = history.recentRuns(1);
    return runs.isEmpty() ? std::nullopt : history.run(runs.constFirst().id);
}

QHash<QString, qint64> lastRuleDurations(QualityHistory& history) {
    const std::optional<quality::RunRecord> last = latestRun(history);
    return last ? quality::ruleDurations(*last) : QHash<QString, qint64>();
}

} // namespace treeops::storage

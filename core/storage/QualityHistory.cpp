#include "storage/QualityHistory.h"

namespace treeops::storage {

QHash<QString, qint64> lastRuleDurations(QualityHistory& history) {
    const QList<quality::RunSummary> runs = history.recentRuns(1);
    if (runs.isEmpty())
        return {};
    const std::optional<quality::RunRecord> last = history.run(runs.constFirst().id);
    return last ? quality::ruleDurations(*last) : QHash<QString, qint64>();
}

} // namespace treeops::storage

#include "quality/RuleTrend.h"

namespace treeops::quality {
namespace {

bool notPassing(RuleStatus status) {
    return status == RuleStatus::Warn || status == RuleStatus::Fail || status == RuleStatus::Error;
}

} // namespace

std::optional<NotPassingSince> notPassingSince(const QList<RuleTrendPoint>& trend, int asked) {
    if (trend.isEmpty() || !notPassing(trend.constLast().status))
        return std::nullopt;
    qsizetype first = trend.size() - 1;
    while (first > 0 && notPassing(trend.at(first - 1).status))
        --first;
    const RuleTrendPoint& start = trend.at(first);
    return NotPassingSince{start.runId, start.at, int(trend.size() - first),
                           first == 0 && trend.size() >= asked};
}

} // namespace treeops::quality

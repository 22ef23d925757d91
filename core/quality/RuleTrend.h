#pragma once

#include "quality/QualityRun.h"

namespace treeops::quality {

// Since when a rule has not passed: the first run of its current streak of warn, fail or error.
struct NotPassingSince {
    qint64 runId = 0;
    QDateTime at;
    int runs = 0;         // how many runs the streak has lasted
    bool atLeast = false; // the streak may go back beyond the oldest run in the trend
};

// None when the rule's newest result in `trend` (oldest first) is a pass or not applicable.
// `asked` is how many runs the trend was read for: a streak that fills them all may be longer.
std::optional<NotPassingSince> notPassingSince(const QList<RuleTrendPoint>& trend, int asked);

} // namespace treeops::quality

#pragma once

#include "common/StatusTone.h"
#include "quality/QualityRun.h"

namespace treeops::widgets {

// The colour a rule's status is shown in (the word goes beside it: quality::statusName).
StatusTone statusTone(quality::RuleStatus status);

// "92.5", or "—" when nothing was scored.
QString scoreText(const std::optional<double>& score);

// The tone of a score: ok from 90 up (the alert line), a warning from 75, a failure below.
StatusTone scoreTone(const std::optional<double>& score);

} // namespace treeops::widgets

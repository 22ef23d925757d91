#pragma once

#include "storage/Records.h"

#include <QList>

namespace treeops::assessments {

// How an assessment moves through the pipeline: a draft is quoted; a quote is accepted or taken
// back to draft for changes; accepted work is completed, or re-quoted when the job changes.
// Completed work is final. Staying where it is always allowed.
bool isAllowedTransition(storage::AssessmentStatus from, storage::AssessmentStatus to);
QList<storage::AssessmentStatus> nextStatuses(storage::AssessmentStatus from);

} // namespace treeops::assessments

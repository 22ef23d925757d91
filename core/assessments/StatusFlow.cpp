#include "assessments/StatusFlow.h"

namespace treeops::assessments {

using storage::AssessmentStatus;

QList<AssessmentStatus> nextStatuses(AssessmentStatus from) {
    switch (from) {
    case AssessmentStatus::Draft:
        return {AssessmentStatus::Quoted};
    case AssessmentStatus::Quoted:
        return {AssessmentStatus::Draft, AssessmentStatus::Accepted};
    case AssessmentStatus::Accepted:
        return {AssessmentStatus::Quoted, AssessmentStatus::Completed};
    case AssessmentStatus::Completed:
        return {};
    }
    return {};
}

bool isAllowedTransition(AssessmentStatus from, AssessmentStatus to) {
    return from == to || nextStatuses(from).contains(to);
}

} // namespace treeops::assessments

#include "assessments/AssessmentText.h"

#include "scoring/ScoringTypes.h"

#include <QLocale>

namespace treeops::widgets {
namespace {

QString serviceWord(const QString& key) {
    const auto service = scoring::serviceFromKey(key);
    if (!service)
        return key;
    switch (*service) {
    case scoring::Service::Removal:
        return AssessmentText::tr("Removal");
    case scoring::Service::Trimming:
        return AssessmentText::tr("Trimming");
    case scoring::Service::StumpGrinding:
        return AssessmentText::tr("Stump grinding");
    }
    return key;
}

} // namespace

QString AssessmentText::status(storage::AssessmentStatus status) {
    switch (status) {
    case storage::AssessmentStatus::Draft:
        return tr("Draft");
    case storage::AssessmentStatus::Quoted:
        return tr("Quoted");
    case storage::AssessmentStatus::Accepted:
        return tr("Accepted");
    case storage::AssessmentStatus::Completed:
        return tr("Completed");
    }
    return {};
}

StatusTone AssessmentText::statusTone(storage::AssessmentStatus status) {
    // Quoted waits on the customer (amber), accepted work is under way (blue).
    switch (status) {
    case storage::AssessmentStatus::Draft:
        return StatusTone::Inactive;
    case storage::AssessmentStatus::Quoted:
        return StatusTone::Warning;
    case storage::AssessmentStatus::Accepted:
        return StatusTone::Running;
    case storage::AssessmentStatus::Completed:
        return StatusTone::Ok;
    }
    return StatusTone::Inactive;
}

QString AssessmentText::archivedStatus(storage::AssessmentStatus status) {
    //: The archive marker, then an archived assessment's status: "Archived · Completed". The
    //: marker comes first so that a narrow column cuts the status, not the marker.
    return tr("Archived · %1").arg(AssessmentText::status(status));
}

QIcon AssessmentText::archivedIcon() {
    return statusIcon(ArchivedTone, u"archive");
}

QString AssessmentText::services(const QStringList& keys) {
    QStringList words;
    for (const QString& key : keys)
        words << serviceWord(key);
    return QLocale().createSeparatedList(words);
}

} // namespace treeops::widgets

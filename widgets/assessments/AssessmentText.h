#pragma once

#include "common/StatusTone.h"
#include "storage/Records.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QStringList>

namespace treeops::widgets {

// The words and tones an assessment's stored keys are shown with.
class AssessmentText {
    Q_DECLARE_TR_FUNCTIONS(treeops::widgets::AssessmentText)

public:
    static QString status(storage::AssessmentStatus status);
    static StatusTone statusTone(storage::AssessmentStatus status);
    // An archived assessment's status after the archive marker, e.g. "Archived · Completed";
    // shown grey with the archive icon, as paused things are (ux.md): it is read-only.
    static QString archivedStatus(storage::AssessmentStatus status);
    static QIcon archivedIcon();
    static constexpr StatusTone ArchivedTone = StatusTone::Inactive;
    // "Removal and Stump grinding" for the keys removal and stump_grinding.
    static QString services(const QStringList& keys);
};

} // namespace treeops::widgets

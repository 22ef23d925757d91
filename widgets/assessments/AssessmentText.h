#pragma once

#include "common/StatusTone.h"
#include "storage/Records.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace treeops::widgets {

// The words and tones an assessment's stored keys are shown with.
class AssessmentText {
    Q_DECLARE_TR_FUNCTIONS(treeops::widgets::AssessmentText)

public:
    static QString status(storage::AssessmentStatus status);
    static StatusTone statusTone(storage::AssessmentStatus status);
    // "Removal and Stump grinding" for the keys removal and stump_grinding.
    static QString services(const QStringList& keys);
};

} // namespace treeops::widgets

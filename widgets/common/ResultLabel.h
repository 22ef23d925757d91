#pragma once

#include "common/StatusTone.h"

#include <QLabel>

namespace treeops::widgets {

// What came of an action the user asked for (a test, a save, a clean-up), beside its button:
// plain, wrapped text that can be selected and copied, in a status colour when it has one.
class ResultLabel : public QLabel {
public:
    explicit ResultLabel(const QString& objectName, QWidget* parent = nullptr);

    // In the failure colour when `problem`, otherwise in the ordinary text colour.
    void setResult(const QString& text, bool problem);
    void setResult(const QString& text, StatusTone tone);
};

} // namespace treeops::widgets

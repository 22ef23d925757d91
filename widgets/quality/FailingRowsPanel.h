#pragma once

#include "quality/QualityRun.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace treeops::widgets {

class StatusLabel;

// The drill-down of one rule: what it checks, how it ended and the keys of its failing rows.
// When the keys are assessments, one opens in the editor (double-click, Enter or the button).
class FailingRowsPanel : public QWidget {
    Q_OBJECT

public:
    explicit FailingRowsPanel(QWidget* parent = nullptr);

    // `since` says since when the rule has not passed (empty when it passes).
    void showResult(const quality::RuleResult& result, const QString& since);
    void clear();

signals:
    void openAssessmentRequested(const QString& id);

private:
    void openSelected();
    void copyKeys();

    StatusLabel* m_status;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_details;
    QListWidget* m_keys;
    QPushButton* m_open;
    QPushButton* m_copy;
    bool m_keysAreAssessments = false;
};

} // namespace treeops::widgets

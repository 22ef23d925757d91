#pragma once

#include "quality/QualityRun.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace treeops::widgets {

class ResultLabel;

// Writes a custom SQL rule, or a new version of one: its definition, its query, "Try" to see
// what it finds in the store now, and "Save" to keep it. The fields are checked as
// `treeops-cli quality save-rule` checks a rule file, each problem shown under the form with
// the field's name. The dialog only asks: the page does the work on its quality worker and
// answers through showTried, showSaved and showFailed.
class CustomRuleDialog : public QDialog {
    Q_OBJECT

public:
    explicit CustomRuleDialog(QWidget* parent = nullptr);

    // Fills the form from a kept rule; its id cannot change (another id is another rule).
    void editRule(const quality::CustomRule& rule);

    void showTried(const quality::CheckOutcome& outcome);
    void showSaved(int version);
    void showFailed(const QString& message);

signals:
    void tryRequested(const treeops::quality::CustomRule& rule);
    void saveRequested(const treeops::quality::CustomRule& rule);

private:
    QWidget* createForm();
    // The rule the form holds, or nothing after showing what is wrong with it.
    std::optional<quality::CustomRule> readForm();
    void setWaiting(const QString& text);
    void setReady();

    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QComboBox* m_dimension;
    QComboBox* m_severity;
    QLineEdit* m_dataset;
    QLineEdit* m_warn;
    QLineEdit* m_fail;
    QPlainTextEdit* m_sql;
    QLabel* m_version;
    ResultLabel* m_result;
    QPushButton* m_try;
    QPushButton* m_save;
    QHash<QString, QString> m_fieldNames; // by the key a rule file uses
};

} // namespace treeops::widgets

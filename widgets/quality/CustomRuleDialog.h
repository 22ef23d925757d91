#pragma once

#include "quality/QualityRun.h"

#include <QDialog>
#include <QJsonObject>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace treeops::widgets {

class ResultLabel;

// Writes a custom SQL rule, or a new version of one: its definition, its query, "Try" to see
// what it finds in the store now, and "Save" to keep it; "Stop" (or closing) stops a query
// that runs long. The fields are checked as `treeops-cli quality save-rule` checks a rule file,
// each problem shown under the form with the field's name. A kept rule's earlier versions can
// be compared with the form, field by field and the query line by line, and restored into it.
// The dialog only asks: the page does the work on its quality worker and answers through
// showTried, showSaved, showFailed and showVersions.
class CustomRuleDialog : public QDialog {
    Q_OBJECT

public:
    explicit CustomRuleDialog(QWidget* parent = nullptr);

    // Fills the form from a kept rule; its id cannot change (another id is another rule).
    void editRule(const quality::CustomRule& rule);

    void showTried(const quality::CheckOutcome& outcome);
    void showSaved(int version);
    void showFailed(const QString& message);
    // The kept versions of the rule being edited, oldest first.
    void showVersions(const QList<quality::CustomRule>& versions);

    void reject() override;

signals:
    void tryRequested(const treeops::quality::CustomRule& rule);
    void saveRequested(const treeops::quality::CustomRule& rule);
    void stopRequested();

private:
    QWidget* createForm();
    QWidget* createVersions();
    // A field of the form: its key in a rule file (and in the problems reading one names), the
    // name it shows, and its widget. Filling, reading and comparing the form all go by these.
    struct Field {
        QString key;
        QString name;
        QWidget* widget;
    };

    void fill(const quality::CustomRule& rule);
    // A rule as a rule file holds it, and the form as one.
    static QJsonObject ruleFile(const quality::CustomRule& rule);
    QJsonObject formFile() const;
    static QString shown(const Field& field, const QString& value);
    void compareWithVersion();
    // The rule the form holds, or nothing after showing what is wrong with it.
    std::optional<quality::CustomRule> readForm();
    void setWaiting(const QString& text);
    void setReady();

    QLineEdit* m_id;
    QPlainTextEdit* m_sql;
    QLabel* m_version;
    ResultLabel* m_result;
    QPushButton* m_try;
    QPushButton* m_save;
    QPushButton* m_stop;
    QWidget* m_versionsRow;
    QComboBox* m_versions;
    QPlainTextEdit* m_comparison;
    QList<quality::CustomRule> m_kept; // oldest first
    bool m_waiting = false;
    QList<Field> m_fields;
};

} // namespace treeops::widgets

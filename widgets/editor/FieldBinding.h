#pragma once

#include "editor/JsonTableModel.h"

#include "json/Problem.h"
#include <QJsonValue>
#include <QObject>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace treeops::widgets {

class ProblemLabel;

// One form field bound to one place in the document (e.g. "customer.name"): shows the value
// found there, reports the user's changes, and wears the problems reported for that place.
class FieldBinding : public QObject {
    Q_OBJECT

public:
    FieldBinding(QString path, QWidget* field, QObject* parent);

    const QString& path() const { return m_path; }
    // Adds the field, and under it a line for its problems that shows only when there are some.
    void addTo(QFormLayout* layout, const QString& label);
    // The field also wears the problems of `path`, e.g. the state those of a missing "site".
    void alsoWear(const QString& path);
    // Shows `value` (undefined when the document lacks it); never emits changed(), and costs
    // a comparison when the value is already shown.
    virtual void show(const QJsonValue& value) = 0;
    // Shown but not editable (an archived assessment); fields that have no read-only state of
    // their own (lists, check boxes) are disabled instead.
    virtual void setReadOnly(bool readOnly) = 0;
    void showProblems(const Problems& problems);

signals:
    // The user's new value; undefined means the key is to be removed.
    void changed(const QString& path, const QJsonValue& value);

protected:
    void report(const QJsonValue& value) { emit changed(m_path, value); }

private:
    QString m_path;
    QStringList m_worn;
    QWidget* m_field;
    ProblemLabel* m_problem;
    QString m_toolTip;
};

// Free text; an emptied field removes its key (all text fields of an assessment are optional).
class TextBinding : public FieldBinding {
public:
    TextBinding(const QString& path, QLineEdit* edit, QObject* parent);
    void show(const QJsonValue& value) override;
    void setReadOnly(bool readOnly) override;

private:
    QLineEdit* m_edit;
    const bool m_clearable; // has a clear button while editable
};

// One key of a list, shown with words.
class ChoiceBinding : public FieldBinding {
public:
    ChoiceBinding(const QString& path, QComboBox* combo, QObject* parent);
    void setChoices(const QList<Choice>& choices);
    void show(const QJsonValue& value) override;
    void setReadOnly(bool readOnly) override;

private:
    QComboBox* m_combo;
};

class NumberBinding : public FieldBinding {
public:
    NumberBinding(const QString& path, QDoubleSpinBox* spin, QObject* parent);
    void show(const QJsonValue& value) override;
    void setReadOnly(bool readOnly) override;

private:
    QDoubleSpinBox* m_spin;
};

class FlagBinding : public FieldBinding {
public:
    FlagBinding(const QString& path, QCheckBox* box, QObject* parent);
    void show(const QJsonValue& value) override;
    void setReadOnly(bool readOnly) override;

private:
    QCheckBox* m_box;
};

} // namespace treeops::widgets

#include "editor/FieldBinding.h"

#include "common/StatusTone.h"
#include "editor/ProblemLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace treeops::widgets {
namespace {

constexpr float ProblemTint = 0.25F;

QColor blend(const QColor& base, const QColor& tint, float amount) {
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                            base.greenF() + (tint.greenF() - base.greenF()) * amount,
                            base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

// The field's background turns red-tinted; its words are on the problem line. The tint is
// blended into the inherited palette, so marking again does not darken it.
void tintField(QWidget* field, bool marked) {
    field->setPalette(QPalette()); // back to the inherited palette
    if (!marked)
        return;
    QPalette colours = field->palette();
    const QColor failure = statusColor(StatusTone::Failure);
    for (const auto role : {QPalette::Base, QPalette::Button})
        colours.setColor(role, blend(colours.color(role), failure, ProblemTint));
    field->setPalette(colours);
}

} // namespace

FieldBinding::FieldBinding(QString path, QWidget* field, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_worn{m_path}
    , m_field(field)
    , m_problem(new ProblemLabel) {}

void FieldBinding::addTo(QFormLayout* layout, const QString& label) {
    layout->addRow(label, m_field);
    layout->addRow(QString(), m_problem);
    m_toolTip = m_field->toolTip();
}

void FieldBinding::alsoWear(const QString& path) {
    m_worn << path;
}

void FieldBinding::showProblems(const Problems& problems) {
    QStringList messages;
    for (const Problem& p : problems) {
        if (m_worn.contains(p.where))
            messages << p.message;
    }
    if (messages.isEmpty() && m_problem->isHidden())
        return; // nothing shown, nothing to show: leave the palette alone
    m_problem->setMessages(messages);
    tintField(m_field, !messages.isEmpty());
    m_field->setToolTip(messages.isEmpty() ? m_toolTip : messages.join(u'\n'));
}

TextBinding::TextBinding(const QString& path, QLineEdit* edit, QObject* parent)
    : FieldBinding(path, edit, parent)
    , m_edit(edit)
    , m_clearable(edit->isClearButtonEnabled()) {
    // textEdited, unlike textChanged, is the user's typing only.
    connect(edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        report(text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text));
    });
}

void TextBinding::show(const QJsonValue& value) {
    const QString text = value.toString();
    if (m_edit->text() != text) // setText would move the cursor of the user typing
        m_edit->setText(text);
}

void TextBinding::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
    // A read-only line edit keeps its clear button, which would still empty it.
    m_edit->setClearButtonEnabled(m_clearable && !readOnly);
}

ChoiceBinding::ChoiceBinding(const QString& path, QComboBox* combo, QObject* parent)
    : FieldBinding(path, combo, parent)
    , m_combo(combo) {
    // activated, unlike currentIndexChanged, is the user's pick only.
    connect(combo, &QComboBox::activated, this,
            [this] { report(m_combo->currentData().toString()); });
}

void ChoiceBinding::setChoices(const QList<Choice>& choices) {
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const Choice& choice : choices)
        m_combo->addItem(choice.label, choice.key);
}

void ChoiceBinding::show(const QJsonValue& value) {
    // A key the list lacks shows nothing; the validator names it and what is allowed.
    m_combo->setCurrentIndex(m_combo->findData(value.toString()));
}

void ChoiceBinding::setReadOnly(bool readOnly) {
    m_combo->setEnabled(!readOnly);
}

NumberBinding::NumberBinding(const QString& path, QDoubleSpinBox* spin, QObject* parent)
    : FieldBinding(path, spin, parent)
    , m_spin(spin) {
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this](double value) { report(value); });
}

void NumberBinding::show(const QJsonValue& value) {
    const QSignalBlocker blocker(m_spin); // valueChanged is also emitted for setValue
    if (m_spin->value() != value.toDouble())
        m_spin->setValue(value.toDouble());
}

void NumberBinding::setReadOnly(bool readOnly) {
    m_spin->setReadOnly(readOnly); // no typing and no stepping
}

FlagBinding::FlagBinding(const QString& path, QCheckBox* box, QObject* parent)
    : FieldBinding(path, box, parent)
    , m_box(box) {
    // clicked, unlike toggled, is the user's click (or key) only.
    connect(box, &QCheckBox::clicked, this, [this](bool checked) { report(checked); });
}

void FlagBinding::show(const QJsonValue& value) {
    m_box->setChecked(value.toBool());
}

void FlagBinding::setReadOnly(bool readOnly) {
    m_box->setEnabled(!readOnly);
}

} // namespace treeops::widgets

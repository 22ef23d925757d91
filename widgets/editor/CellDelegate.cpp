#include "editor/CellDelegate.h"

#include "editor/EditorText.h"
#include "editor/JsonTableModel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace treeops::widgets {
namespace {

const ColumnSpec& columnOf(const QModelIndex& index) {
    return static_cast<const JsonTableModel*>(index.model())->column(index.column());
}

QComboBox* choiceEditor(const ColumnSpec& column, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    for (const Choice& choice : column.choices)
        combo->addItem(choice.label, choice.key);
    return combo;
}

QSpinBox* countEditor(const ColumnSpec& column, QWidget* parent) {
    auto* spin = new QSpinBox(parent);
    spin->setRange(column.minimum, column.maximum);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

QDoubleSpinBox* moneyEditor(const ColumnSpec& column, QWidget* parent) {
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(column.minimum, column.maximum);
    spin->setDecimals(2);
    spin->setPrefix(EditorText::currencySymbol());
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

// Any finite number in the locale's notation; the range is the validator's business.
QLineEdit* measureEditor(QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    auto* validator = new QDoubleValidator(edit);
    validator->setNotation(QDoubleValidator::StandardNotation);
    edit->setValidator(validator);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

// A number as the user would type it; anything else (a wrong type from a file) as it is.
QString measureText(const QVariant& value) {
    bool number = false;
    const double d = value.toDouble(&number);
    return number ? EditorText::number(d) : value.toString();
}

} // namespace

CellDelegate::CellDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

QWidget* CellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                    const QModelIndex& index) const {
    const ColumnSpec& column = columnOf(index);
    switch (column.kind) {
    case CellKind::Choice: {
        QComboBox* combo = choiceEditor(column, parent);
        // Picking is the whole edit; no Enter needed. createEditor is const by Qt's design,
        // committing is not.
        auto* self = const_cast<CellDelegate*>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] { self->commitAndClose(combo); });
        return combo;
    }
    case CellKind::Count:
        return countEditor(column, parent);
    case CellKind::Money:
        return moneyEditor(column, parent);
    case CellKind::Measure:
        return measureEditor(parent);
    case CellKind::Text:
        break;
    }
    // Text whatever a file put there (the default editor would follow the value's type).
    return new QLineEdit(parent);
}

void CellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentIndex(combo->findData(value.toString()));
    else if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->setValue(value.toInt());
    else if (auto* money = qobject_cast<QDoubleSpinBox*>(editor))
        money->setValue(value.toDouble());
    else if (columnOf(index).kind == CellKind::Measure)
        static_cast<QLineEdit*>(editor)->setText(measureText(value));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void CellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData());
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        model->setData(index, spin->value());
    } else if (auto* money = qobject_cast<QDoubleSpinBox*>(editor)) {
        model->setData(index, money->value());
    } else if (columnOf(index).kind == CellKind::Measure) {
        // Exactly what was typed; an empty or unreadable cell keeps its value.
        bool ok = false;
        const double number = QLocale().toDouble(static_cast<QLineEdit*>(editor)->text(), &ok);
        if (ok)
            model->setData(index, number);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void CellDelegate::commitAndClose(QWidget* editor) {
    emit commitData(editor);
    emit closeEditor(editor);
}

} // namespace treeops::widgets

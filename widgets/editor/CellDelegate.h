#pragma once

#include <QStyledItemDelegate>

namespace treeops::widgets {

class JsonTableModel;

// Edits a JsonTableModel cell with the editor its column's kind calls for: a combo of the
// column's choices (committed as soon as one is picked), a spin box for counts and money, and
// for measurements a line edit that takes any number, so an out-of-range value reaches the
// document and the validator can say what is allowed instead of the editor clamping it.
class CellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit CellDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    void commitAndClose(QWidget* editor);
};

} // namespace treeops::widgets

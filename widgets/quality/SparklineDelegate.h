#pragma once

#include <QStyledItemDelegate>

namespace treeops::widgets {

// A rule's trend drawn in its cell: a bar per run, oldest on the left, in the colour of that
// run's status and as tall as the share of rows that failed (a pass is a thin line).
class SparklineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace treeops::widgets

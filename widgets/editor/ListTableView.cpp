#include "editor/ListTableView.h"

#include <QHeaderView>
#include <QPainter>

namespace treeops::widgets {
namespace {

constexpr int PlaceholderMargin = 8;

} // namespace

ListTableView::ListTableView(QWidget* parent)
    : QTableView(parent) {}

void ListTableView::setPlaceholderText(const QString& text) {
    m_placeholder = text;
    viewport()->update();
}

void ListTableView::setVisibleRows(int rows) {
    m_visibleRows = rows;
    setSizePolicy(sizePolicy().horizontalPolicy(), QSizePolicy::Fixed);
    updateGeometry();
}

QSize ListTableView::sizeHint() const {
    QSize hint = QTableView::sizeHint();
    // Measured when asked, not when set: the header's height depends on the columns, which
    // the rates may bring later.
    if (m_visibleRows > 0)
        hint.setHeight(horizontalHeader()->sizeHint().height() +
                       m_visibleRows * verticalHeader()->defaultSectionSize() + 2 * frameWidth());
    return hint;
}

void ListTableView::paintEvent(QPaintEvent* event) {
    QTableView::paintEvent(event);
    if (!model() || model()->rowCount() > 0 || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int m = PlaceholderMargin;
    painter.drawText(viewport()->rect().adjusted(m, m, -m, -m), Qt::AlignCenter | Qt::TextWordWrap,
                     m_placeholder);
}

} // namespace treeops::widgets

#include "editor/ListTableView.h"

#include <QHeaderView>
#include <QPainter>
#include <algorithm>

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

void ListTableView::setMinimumVisibleRows(int rows) {
    m_minimumVisibleRows = rows;
    updateGeometry();
}

// Measured when asked, not when set: the header's height depends on the columns, which the
// rates may bring later.
int ListTableView::heightFor(int rows) const {
    return horizontalHeader()->sizeHint().height() + rows * verticalHeader()->defaultSectionSize() +
           2 * frameWidth();
}

QSize ListTableView::sizeHint() const {
    QSize hint = QTableView::sizeHint();
    if (m_visibleRows > 0)
        hint.setHeight(heightFor(m_visibleRows));
    return hint;
}

QSize ListTableView::minimumSizeHint() const {
    QSize hint = QTableView::minimumSizeHint();
    if (m_minimumVisibleRows > 0)
        hint.setHeight(std::max(hint.height(), heightFor(m_minimumVisibleRows)));
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

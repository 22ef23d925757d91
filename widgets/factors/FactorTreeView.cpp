#include "factors/FactorTreeView.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace treeops::widgets {
namespace {

constexpr int TypicalNameChars = 48; // most factor and modifier names fit
constexpr int CheckBoxWidth = 24;

} // namespace

FactorTreeView::FactorTreeView(QWidget* parent)
    : QTreeView(parent) {
    setUniformRowHeights(true); // lets the view lay out 1,400 rows without measuring each
    setAllColumnsShowFocus(true);
    setSelectionMode(SingleSelection);
}

void FactorTreeView::changeFilter(const std::function<bool()>& refilter) {
    const bool wasFiltered = m_filtered;
    if (!wasFiltered) {
        m_unfiltered = Layout{{}, verticalScrollBar()->value()};
        collectExpanded({}, m_unfiltered->expanded);
    }
    m_filtered = refilter();
    if (m_filtered)
        expandAll();
    else if (wasFiltered)
        restoreUnfiltered();
}

// A new catalog: nothing to go back to but the default expansion.
void FactorTreeView::reset() {
    QTreeView::reset();
    m_unfiltered.reset();
    if (m_filtered)
        expandAll();
    else
        expandDefault();
}

// Wide enough for a typical name at the deepest level beside the other columns, so a layout
// that can afford it does not elide the names.
QSize FactorTreeView::sizeHint() const {
    int width = 4 * indentation() + CheckBoxWidth + // a modifier row sits four levels in
                fontMetrics().averageCharWidth() * TypicalNameChars +
                verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
    for (int column = 1; column < header()->count(); ++column)
        width += header()->sectionSize(column);
    return {width, QTreeView::sizeHint().height()};
}

void FactorTreeView::keyPressEvent(QKeyEvent* event) {
    const bool toggleKey = event->key() == Qt::Key_Space || event->key() == Qt::Key_Select;
    if (!toggleKey || event->modifiers() != Qt::NoModifier || state() == EditingState) {
        QTreeView::keyPressEvent(event);
        return;
    }
    toggleCurrent();
    event->accept();
}

// Rows come back while filtered when the selection changes under "Show selected only".
void FactorTreeView::rowsInserted(const QModelIndex& parent, int start, int end) {
    QTreeView::rowsInserted(parent, start, end);
    if (!m_filtered)
        return;
    for (int row = start; row <= end; ++row)
        expandRecursively(model()->index(row, 0, parent));
}

// Heading rows have no check box; space opens or closes them instead.
void FactorTreeView::toggleCurrent() {
    const QModelIndex current = currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return;
    if (!(current.flags() & Qt::ItemIsUserCheckable)) {
        setExpanded(current, !isExpanded(current));
        return;
    }
    const bool checked = current.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    // `current` may be filtered away by this change; it is not used afterwards.
    model()->setData(current, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

const QAbstractProxyModel* FactorTreeView::proxy() const {
    return qobject_cast<const QAbstractProxyModel*>(model());
}

void FactorTreeView::collectExpanded(const QModelIndex& parent,
                                     QList<QPersistentModelIndex>& expanded) const {
    for (int row = 0; row < model()->rowCount(parent); ++row) {
        const QModelIndex index = model()->index(row, 0, parent);
        if (isExpanded(index))
            expanded.append(proxy()->mapToSource(index));
        collectExpanded(index, expanded);
    }
}

void FactorTreeView::restoreUnfiltered() {
    if (!m_unfiltered) {
        expandDefault();
        return;
    }
    collapseAll();
    for (const QPersistentModelIndex& source : std::as_const(m_unfiltered->expanded))
        expand(proxy()->mapFromSource(source));
    executeDelayedItemsLayout(); // the scroll range must fit the restored rows
    verticalScrollBar()->setValue(m_unfiltered->scroll);
    if (currentIndex().isValid())
        scrollTo(currentIndex()); // what the user picked while filtering stays in sight
}

// Domains and groups open, so every factor is listed; modifiers open on demand.
void FactorTreeView::expandDefault() {
    collapseAll();
    expandToDepth(1);
}

} // namespace treeops::widgets

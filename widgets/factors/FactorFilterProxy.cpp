#include "factors/FactorFilterProxy.h"

#include "factors/FactorTreeModel.h"
#include "factors/SearchFold.h"

#include <algorithm>

namespace treeops::widgets {

using RowKind = FactorTreeModel::RowKind;

FactorFilterProxy::FactorFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
}

void FactorFilterProxy::setFilter(const QString& text, bool selectedOnly) {
    QStringList words = searchFold(text.simplified()).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words && selectedOnly == m_selectedOnly)
        return;
    m_words = std::move(words);
    m_selectedOnly = selectedOnly;
    invalidateFilter();
}

bool FactorFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!isFiltering())
        return true;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_selectedOnly && !row.data(FactorTreeModel::SelectedRole).toBool())
        return false;
    // Headings show only through a match below them.
    const auto kind = static_cast<RowKind>(row.data(FactorTreeModel::RowKindRole).toInt());
    const bool heading = kind == RowKind::Domain || kind == RowKind::Group;
    return !heading && matches(row);
}

bool FactorFilterProxy::matches(const QModelIndex& sourceRow) const {
    const QString text = sourceRow.data(FactorTreeModel::SearchTextRole).toString();
    return std::ranges::all_of(m_words, [&](const QString& word) { return text.contains(word); });
}

} // namespace treeops::widgets

#include "quality/RuleFilterProxy.h"

#include "quality/RuleResultsModel.h"

namespace treeops::widgets {

RuleFilterProxy::RuleFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(RuleResultsModel::SortRole);
}

void RuleFilterProxy::setSeverity(std::optional<int> severity) {
    m_severity = severity;
    invalidateFilter();
}

void RuleFilterProxy::setStatus(std::optional<int> status) {
    m_status = status;
    invalidateFilter();
}

void RuleFilterProxy::setDataset(const QString& dataset) {
    m_dataset = dataset;
    invalidateFilter();
}

void RuleFilterProxy::setText(const QString& text) {
    m_text = text.trimmed();
    invalidateFilter();
}

bool RuleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex rule = sourceModel()->index(sourceRow, RuleResultsModel::Rule, sourceParent);
    if (m_severity && rule.data(RuleResultsModel::SeverityRole).toInt() != *m_severity)
        return false;
    if (m_status && rule.data(RuleResultsModel::StatusRole).toInt() != *m_status)
        return false;
    if (!m_dataset.isEmpty() && rule.data(RuleResultsModel::DatasetRole).toString() != m_dataset)
        return false;
    return m_text.isEmpty() || rule.data().toString().contains(m_text, Qt::CaseInsensitive) ||
           rule.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace treeops::widgets

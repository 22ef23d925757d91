#pragma once

#include <QSortFilterProxyModel>
#include <optional>

namespace treeops::widgets {

// The rule table's filters: by severity, status and dataset (each "any" when unset) and by
// words in the rule's name or id.
class RuleFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RuleFilterProxy(QObject* parent = nullptr);

    void setSeverity(std::optional<int> severity);
    void setStatus(std::optional<int> status);
    void setDataset(const QString& dataset); // empty: any
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<int> m_severity;
    std::optional<int> m_status;
    QString m_dataset;
    QString m_text;
};

} // namespace treeops::widgets

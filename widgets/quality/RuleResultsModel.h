#pragma once

#include "quality/QualityWorker.h"
#include "quality/RuleTrend.h"

#include <QAbstractTableModel>

namespace treeops::widgets {

// Each rule's newest result, a row per rule, with the rule's trend over the runs before it.
class RuleResultsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Status,
        Severity,
        Rule,
        Dimension,
        Dataset,
        Failing,
        Threshold,
        LastRun,
        Since,
        Trend,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // numbers and ranks that sort as people expect
        StatusRole,              // quality::RuleStatus as int
        SeverityRole,            // quality::Severity as int
        DatasetRole,             // the dataset's name
        TrendRole,               // QList<quality::RuleTrendPoint>, oldest first
    };

    explicit RuleResultsModel(QObject* parent = nullptr);

    void setDashboard(const quality::QualityDashboard& dashboard);
    const quality::RuleResult& result(int row) const { return m_results.at(row).result; }
    // The row of the rule `id`, or -1.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const quality::LatestResult& latest, int column) const;
    QVariant sortKey(const quality::LatestResult& latest, int column) const;
    QVariant toolTip(const quality::LatestResult& latest, int column) const;
    QString sinceText(const quality::RuleResult& result) const;

    QList<quality::LatestResult> m_results;
    QHash<QString, QList<quality::RuleTrendPoint>> m_trends;
    // Worked out once per dashboard: display, sorting and tooltips ask for it on every paint.
    QHash<QString, std::optional<quality::NotPassingSince>> m_since;
};

} // namespace treeops::widgets

Q_DECLARE_METATYPE(QList<treeops::quality::RuleTrendPoint>)

#pragma once

#include "storage/Records.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace treeops::assessments {
class StoreWorker;
}

namespace treeops::widgets {

class AssessmentPageLoader;

// The assessment list as a table. Rows are loaded lazily, a page at a time, by a worker in
// another thread; a row whose page has not arrived yet reads "Loading…". Sorting is done by
// the store. A new filter, sort or refresh replaces the rows once its list is in; until then,
// and if it fails, the last list stays.
class AssessmentListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Customer,
        Address,
        State,
        Services,
        Trees,
        Composite,
        Band,
        Price,
        Status,
        Updated,
        ColumnCount
    };

    explicit AssessmentListModel(assessments::StoreWorker* worker, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    // Lists what the filter's search, status, state, dates and archive choice select; the model
    // keeps its own sort and paging. Nothing is listed before the first call.
    void setFilter(const storage::AssessmentFilter& filter);
    // Lists again with the same filter: after the store changed, or to retry after a failure.
    void refresh();
    // The row's assessment, or null while its page is loading.
    const storage::AssessmentSummary* summaryAt(int row) const;
    static bool isSortable(int column);

signals:
    void loaded(qint64 total);
    // The list asked for could not be loaded; the rows shown are the last list's.
    void failed(const QString& message);

private:
    QVariant display(const storage::AssessmentSummary& assessment, int column) const;
    QVariant toolTip(const storage::AssessmentSummary& assessment, int column) const;
    void reload();
    void showLoaded(qint64 total);
    void refreshRows(int firstRow, int count);

    AssessmentPageLoader* m_loader;
    const QIcon m_archivedIcon; // read once, painted on every archived row
    storage::AssessmentFilter m_filter;
    int m_rowCount = 0;
    bool m_listing = false;
};

} // namespace treeops::widgets

#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace treeops::assessments {
class AssessmentListWorker;
struct StoreOverview;
} // namespace treeops::assessments

namespace treeops::widgets {

class AssessmentListModel;

// Every assessment in the store: searchable, filterable by status and state, sortable by any
// column the store can sort on. Lists nothing until the worker has opened the store.
class AssessmentsPage : public QWidget {
    Q_OBJECT

public:
    explicit AssessmentsPage(assessments::AssessmentListWorker* worker, QWidget* parent = nullptr);

    QByteArray tableLayout() const;
    void restoreTableLayout(const QByteArray& layout);

signals:
    void loaded(qint64 total);
    void failed(const QString& message);

private:
    void listenTo(assessments::AssessmentListWorker* worker);
    QWidget* createFilterBar();
    QLabel* createBanner();
    QWidget* createEmptyState();
    void createTable();
    void startListing(const assessments::StoreOverview& overview);
    void applyFilter();
    void showLoaded(qint64 total);
    void showError(const QString& message);
    void keepSortIndicatorSortable(int column, Qt::SortOrder order);
    bool isFiltered() const;

    AssessmentListModel* m_model;
    QWidget* m_filterBar = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QLabel* m_banner = nullptr;
    QStackedWidget* m_content = nullptr;
    QTableView* m_table = nullptr;
    QWidget* m_emptyState = nullptr;
    QLabel* m_footer = nullptr;
    QTimer m_searchDebounce;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace treeops::widgets

#pragma once

#include "storage/Records.h"

#include <QSet>
#include <QTimer>
#include <QWidget>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QMenu;
class QPushButton;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace treeops::assessments {
class StoreWorker;
struct StoreOverview;
} // namespace treeops::assessments

namespace treeops::widgets {

class AssessmentListModel;

// Every assessment in the store: searchable, filterable by status and state, sortable by any
// column the store can sort on. Lists nothing until the worker has opened the store.
class AssessmentsPage : public QWidget {
    Q_OBJECT

public:
    explicit AssessmentsPage(assessments::StoreWorker* worker, QWidget* parent = nullptr);

    QByteArray tableLayout() const;
    void restoreTableLayout(const QByteArray& layout);

    // The id of the current row, empty when none is loaded.
    QString currentId() const;
    QList<QAction*> rowActions() const;

signals:
    void loaded(qint64 total);
    void failed(const QString& message);
    void openRequested(const QString& id);
    void newRequested();

private:
    void listenTo(assessments::StoreWorker* worker);
    QWidget* createFilterBar();
    QWidget* createBanner();
    QWidget* createEmptyState();
    void createTable();
    void startListing(const assessments::StoreOverview& overview);
    void applyFilter();
    void showLoaded(qint64 total);
    // `retry`: the list failed to load, and the Retry button asks again.
    void showError(const QString& message, bool retry = false);
    void showListFailure(const QString& message);
    void retryListing();
    void keepSortIndicatorSortable(int column, Qt::SortOrder order);
    bool isFiltered() const;
    QWidget* createActionBar();
    void createActions();
    void updateActions();
    void showContextMenu(const QPoint& position);
    void fillStatusMenu();
    void openCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void changeStatus(storage::AssessmentStatus status);
    template <typename Call> void sendToWorker(Call call);
    void copySelectionAsCsv();
    void listenToChanges(assessments::StoreWorker* worker);
    void showNotice(const QString& message);
    const storage::AssessmentSummary* currentSummary() const;

    AssessmentListModel* m_model;
    QWidget* m_filterBar = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QDateEdit* m_updatedFrom = nullptr;
    QDateEdit* m_updatedTo = nullptr;
    QCheckBox* m_showArchived = nullptr;
    assessments::StoreWorker* m_worker;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_copy = nullptr;
    QMenu* m_statusMenu = nullptr;
    QSet<quint64> m_requests;
    QWidget* m_bannerBox = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_retry = nullptr;
    std::optional<qint64> m_shownTotal; // rows of the list on screen, once one has loaded
    bool m_workingOffline = false;      // started while the shared store's server was down
    QStackedWidget* m_content = nullptr;
    QTableView* m_table = nullptr;
    QWidget* m_emptyState = nullptr;
    QLabel* m_footer = nullptr;
    QLabel* m_notice = nullptr;
    QTimer m_searchDebounce;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace treeops::widgets

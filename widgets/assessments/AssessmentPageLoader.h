#pragma once

#include "assessments/StoreWorker.h"
#include "storage/Records.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <optional>

namespace treeops::widgets {

// Loads a filtered assessment list page by page through a StoreWorker, on demand, and keeps
// the pages used most recently. The total is counted once per filter, never per scroll.
//
// A reload does not empty what is shown: the rows of the last list stay readable until the new
// list's count and first page are both in, and stay if the store cannot answer (a shared store
// whose server is down), so a failure costs the user a banner, not the list.
class AssessmentPageLoader : public QObject {
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 25;

    explicit AssessmentPageLoader(assessments::StoreWorker* worker, QObject* parent = nullptr);

    // Asks for the count and the first page of `filter`; until both are in, rows are the last
    // list's.
    void reload(const storage::AssessmentFilter& filter);
    // The shown list's row if its page is here; otherwise nullptr, and the page is asked for.
    const storage::AssessmentSummary* row(int index);

signals:
    // A page of the shown list arrived.
    void pageLoaded(int firstRow, int rowCount);
    // The list of the last reload replaced the shown one: `total` rows, the first page in.
    void loaded(qint64 total);
    // The store could not answer; the shown list stays as it was.
    void failed(const QString& message);

    // Requests to the worker, which answers from its own thread.
    void pageRequested(quint64 requestId, const treeops::storage::AssessmentFilter& filter);
    void countRequested(quint64 requestId, const treeops::storage::AssessmentFilter& filter);

private:
    struct Listing {
        storage::AssessmentFilter filter;
        std::optional<quint64> countRequest;
        // Page → the request that asks for it. A failed page stays here so that repaints do
        // not hammer a broken store; the next reload asks again.
        QHash<int, quint64> requestedPages;
        QHash<int, QList<storage::AssessmentSummary>> pages;
        QList<int> recentPages; // least recently used first
        std::optional<qint64> total;
    };

    void requestPage(Listing& listing, int page);
    void takePage(quint64 requestId, int offset, const QList<storage::AssessmentSummary>& rows);
    void takeCount(quint64 requestId, qint64 total);
    void takeFailure(quint64 requestId, const QString& message);
    static void keep(Listing& listing, int page, const QList<storage::AssessmentSummary>& rows);
    static void markRecent(Listing& listing, int page);
    void showIfComplete();

    Listing m_shown;
    std::optional<Listing> m_loading;
};

} // namespace treeops::widgets

#pragma once

#include "assessments/StoreWorker.h"
#include "storage/Records.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <optional>

namespace treeops::widgets {

// Loads a filtered assessment list page by page through an StoreWorker, on demand,
// and keeps the pages used most recently. The total is counted once per filter, never per
// scroll.
class AssessmentPageLoader : public QObject {
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 25;

    explicit AssessmentPageLoader(assessments::StoreWorker* worker, QObject* parent = nullptr);

    // Forgets every page and asks for the count and the first page of `filter`.
    void reload(const storage::AssessmentFilter& filter);
    // The row if its page is here; otherwise nullptr, and the page is asked for.
    const storage::AssessmentSummary* row(int index);

signals:
    void counted(qint64 total);
    void pageLoaded(int firstRow, int rowCount);
    // The count and the first page of the current filter are both in.
    void loaded(qint64 total);
    void failed(const QString& message);

    // Requests to the worker, which answers from its own thread.
    void pageRequested(quint64 requestId, const treeops::storage::AssessmentFilter& filter);
    void countRequested(quint64 requestId, const treeops::storage::AssessmentFilter& filter);

private:
    void requestPage(int page);
    void takePage(quint64 requestId, int offset, const QList<storage::AssessmentSummary>& rows);
    void takeCount(quint64 requestId, qint64 total);
    void takeFailure(quint64 requestId, const QString& message);
    void markRecent(int page);
    void announceIfLoaded();

    storage::AssessmentFilter m_filter;
    std::optional<quint64> m_countRequest;
    // Page → the request that asks for it. A failed page stays here so that repaints do not
    // hammer a broken store; the next reload asks again.
    QHash<int, quint64> m_requestedPages;
    QHash<int, QList<storage::AssessmentSummary>> m_pages;
    QList<int> m_recentPages; // least recently used first
    std::optional<qint64> m_total;
    bool m_announced = false;
};

} // namespace treeops::widgets

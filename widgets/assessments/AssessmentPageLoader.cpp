#include "assessments/AssessmentPageLoader.h"

namespace treeops::widgets {

using assessments::StoreWorker;

AssessmentPageLoader::AssessmentPageLoader(StoreWorker* worker, QObject* parent)
    : QObject(parent) {
    connect(this, &AssessmentPageLoader::pageRequested, worker, &StoreWorker::fetchPage);
    connect(this, &AssessmentPageLoader::countRequested, worker, &StoreWorker::count);
    connect(worker, &StoreWorker::pageFetched, this, &AssessmentPageLoader::takePage);
    connect(worker, &StoreWorker::counted, this, &AssessmentPageLoader::takeCount);
    connect(worker, &StoreWorker::failed, this, &AssessmentPageLoader::takeFailure);
}

void AssessmentPageLoader::reload(const storage::AssessmentFilter& filter) {
    m_loading = Listing{filter, StoreWorker::newRequestId(), {}, {}, {}, {}};
    emit countRequested(*m_loading->countRequest, filter);
    // Asked for together with the count, so the first screen needs one round trip, not two.
    requestPage(*m_loading, 0);
}

const storage::AssessmentSummary* AssessmentPageLoader::row(int index) {
    const int page = index / PageSize;
    const auto found = m_shown.pages.constFind(page);
    if (found == m_shown.pages.cend()) {
        if (m_shown.total) // a list is shown: its row count is known, the page is due
            requestPage(m_shown, page);
        return nullptr;
    }
    markRecent(m_shown, page);
    const int offset = index % PageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

void AssessmentPageLoader::requestPage(Listing& listing, int page) {
    if (listing.requestedPages.contains(page))
        return;
    storage::AssessmentFilter filter = listing.filter;
    filter.offset = page * PageSize;
    filter.limit = PageSize;
    const quint64 id = StoreWorker::newRequestId();
    listing.requestedPages.insert(page, id);
    emit pageRequested(id, filter);
}

void AssessmentPageLoader::takePage(quint64 requestId, int offset,
                                    const QList<storage::AssessmentSummary>& rows) {
    const int page = offset / PageSize;
    if (m_loading && m_loading->requestedPages.value(page) == requestId) {
        keep(*m_loading, page, rows);
        showIfComplete();
    } else if (m_shown.requestedPages.value(page) == requestId) {
        keep(m_shown, page, rows);
        emit pageLoaded(offset, static_cast<int>(rows.size()));
    }
}

void AssessmentPageLoader::takeCount(quint64 requestId, qint64 total) {
    if (!m_loading || requestId != m_loading->countRequest)
        return;
    m_loading->total = total;
    showIfComplete();
}

void AssessmentPageLoader::takeFailure(quint64 requestId, const QString& message) {
    if (m_loading && (requestId == m_loading->countRequest ||
                      m_loading->requestedPages.key(requestId, -1) >= 0)) {
        m_loading.reset(); // its other answer, if it still comes, is not waited for
        emit failed(message);
    } else if (m_shown.requestedPages.key(requestId, -1) >= 0) {
        emit failed(message);
    }
}

void AssessmentPageLoader::keep(Listing& listing, int page,
                                const QList<storage::AssessmentSummary>& rows) {
    listing.requestedPages.remove(page);
    listing.pages.insert(page, rows);
    markRecent(listing, page);
    if (listing.recentPages.size() > MaxCachedPages)
        listing.pages.remove(listing.recentPages.takeFirst());
}

void AssessmentPageLoader::markRecent(Listing& listing, int page) {
    listing.recentPages.removeOne(page);
    listing.recentPages.append(page);
}

void AssessmentPageLoader::showIfComplete() {
    if (!m_loading->total || !m_loading->pages.contains(0))
        return;
    m_shown = std::move(*m_loading);
    m_loading.reset();
    emit loaded(*m_shown.total);
}

} // namespace treeops::widgets

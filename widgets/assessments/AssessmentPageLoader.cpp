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
    m_filter = filter;
    m_requestedPages.clear();
    m_pages.clear();
    m_recentPages.clear();
    m_total.reset();
    m_announced = false;
    m_countRequest = StoreWorker::newRequestId();
    emit countRequested(*m_countRequest, m_filter);
    // Asked for together with the count, so the first screen needs one round trip, not two.
    requestPage(0);
}

const storage::AssessmentSummary* AssessmentPageLoader::row(int index) {
    const int page = index / PageSize;
    const auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        requestPage(page);
        return nullptr;
    }
    markRecent(page);
    const int offset = index % PageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

void AssessmentPageLoader::requestPage(int page) {
    if (m_requestedPages.contains(page))
        return;
    storage::AssessmentFilter filter = m_filter;
    filter.offset = page * PageSize;
    filter.limit = PageSize;
    const quint64 id = StoreWorker::newRequestId();
    m_requestedPages.insert(page, id);
    emit pageRequested(id, filter);
}

void AssessmentPageLoader::takePage(quint64 requestId, int offset,
                                    const QList<storage::AssessmentSummary>& rows) {
    const int page = offset / PageSize;
    if (m_requestedPages.value(page) != requestId)
        return;
    m_requestedPages.remove(page);
    m_pages.insert(page, rows);
    markRecent(page);
    if (m_recentPages.size() > MaxCachedPages)
        m_pages.remove(m_recentPages.takeFirst());
    emit pageLoaded(offset, static_cast<int>(rows.size()));
    announceIfLoaded();
}

void AssessmentPageLoader::takeCount(quint64 requestId, qint64 total) {
    if (requestId != m_countRequest)
        return;
    m_total = total;
    emit counted(total);
    announceIfLoaded();
}

void AssessmentPageLoader::takeFailure(quint64 requestId, const QString& message) {
    if (requestId == m_countRequest || m_requestedPages.key(requestId, -1) >= 0)
        emit failed(message);
}

void AssessmentPageLoader::markRecent(int page) {
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
}

void AssessmentPageLoader::announceIfLoaded() {
    if (m_announced || !m_total || !m_pages.contains(0))
        return;
    m_announced = true;
    emit loaded(*m_total);
}

} // namespace treeops::widgets

#include "assessments/AssessmentListWorker.h"

#include "i18n/Translate.h"
#include "storage/ReferenceData.h"
#include "storage/Store.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"

namespace treeops::assessments {
namespace {

StoreOverview overviewOf(storage::Store& store) {
    StoreOverview overview;
    overview.location = store.location();
    // Only the name: parsing the whole catalog here would be wasted work.
    overview.catalogVersion = store.activeCatalogVersion().value_or(QString());
    if (const auto rates = store.activeRates()) {
        overview.ratesVersion = rates->version;
        for (const scoring::StateRate& state : rates->states)
            overview.states << state.state;
    }
    overview.states.sort();
    return overview;
}

} // namespace

AssessmentListWorker::AssessmentListWorker(QObject* parent)
    : QObject(parent) {
    // Queued connections across the thread boundary copy these through QMetaType.
    qRegisterMetaType<storage::AssessmentFilter>();
    qRegisterMetaType<QList<storage::AssessmentSummary>>();
    qRegisterMetaType<StoreOverview>();
}

AssessmentListWorker::~AssessmentListWorker() = default;

void AssessmentListWorker::open(const QString& storeUrl) {
    try {
        m_store = storage::openStore(storeUrl);
        // A store opened for the first time gets the shipped catalog and rates, as in the CLI.
        storage::ensureReferenceData(*m_store);
        emit opened(overviewOf(*m_store));
    } catch (const storage::StoreError& e) {
        m_store.reset();
        m_openError = e.message();
        emit failed(OpenRequest, m_openError);
    }
}

void AssessmentListWorker::fetchPage(quint64 requestId, const storage::AssessmentFilter& filter) {
    serve(requestId, [&](storage::Store& store) {
        emit pageFetched(requestId, filter.offset, store.listAssessments(filter));
    });
}

void AssessmentListWorker::count(quint64 requestId, const storage::AssessmentFilter& filter) {
    serve(requestId,
          [&](storage::Store& store) { emit counted(requestId, store.countAssessments(filter)); });
}

template <typename Query> void AssessmentListWorker::serve(quint64 requestId, Query query) {
    if (!m_store) {
        emit failed(requestId, m_openError.isEmpty() ? translate("Store", "the store is not open")
                                                     : m_openError);
        return;
    }
    try {
        query(*m_store);
    } catch (const storage::StoreError& e) {
        emit failed(requestId, e.message());
    }
}

} // namespace treeops::assessments

#pragma once

#include "scoring/QuoteEngine.h"
#include "storage/Records.h"

#include "json/Problem.h"
#include <QHash>
#include <QJsonObject>
#include <memory>
#include <optional>

namespace treeops::storage {
class Store;
}

namespace treeops::assessments {

// A priced assessment: what the estimator entered, the engine that priced it and the result.
struct PricedAssessment {
    scoring::Assessment assessment;
    std::shared_ptr<const scoring::QuoteEngine> engine;
    scoring::Quote quote;

    QJsonObject assessmentJson() const;
    QJsonObject quoteJson() const;
};

struct SavedAssessment {
    QString id;
    qint64 rowVersion = 0;
    PricedAssessment priced;
};

// A stored assessment reopened: its stored quote, and the same quote recomputed from the
// catalog and rates versions it was pinned to, which must agree to the cent.
struct ReopenedAssessment {
    storage::StoredAssessment stored;
    std::optional<storage::QuoteRecord> storedQuote;
    std::optional<PricedAssessment> repriced;
};

// Reads `json` against the engine's catalog and rates and prices it; nullopt with every problem
// otherwise. Pure: safe on any thread with an engine it holds.
std::optional<PricedAssessment> priceWith(std::shared_ptr<const scoring::QuoteEngine> engine,
                                          const QJsonObject& json, Problems& problems);

// Validates, prices, saves and reopens assessments against a store. Engines are compiled once
// per (catalog, rates) version pair and shared.
class AssessmentService {
public:
    explicit AssessmentService(storage::Store& store)
        : m_store(store) {}

    std::shared_ptr<const scoring::QuoteEngine> activeEngine();
    // Compiles what activeEngine gives while the store is unreachable, before it ever answered:
    // the versions it had active when last reached (see storage::OfflineReference).
    std::shared_ptr<const scoring::QuoteEngine> quoteOfflineWith(scoring::CatalogData catalog,
                                                                 scoring::RatesData rates);
    std::shared_ptr<const scoring::QuoteEngine> engineFor(const QString& catalogVersion,
                                                          const QString& ratesVersion);

    // Prices with the active catalog and rates; nullopt with every problem otherwise.
    std::optional<PricedAssessment> price(const QByteArray& json, const QString& source,
                                          Problems& problems);
    std::optional<PricedAssessment> price(const QJsonObject& json, Problems& problems);

    // Prices and stores in one transaction. A new assessment without an id gets one.
    SavedAssessment save(PricedAssessment priced, storage::AssessmentStatus status,
                         qint64 expectedRowVersion = 0);
    // Stores many assessments in one transaction: all of them, or none.
    struct BatchItem {
        PricedAssessment priced;
        storage::AssessmentStatus status = storage::AssessmentStatus::Draft;
        QDateTime recordedAt;
    };
    void saveAll(const QList<BatchItem>& items);

    std::optional<ReopenedAssessment> reopen(const QString& id);

    // A new draft with the same content, priced with the active catalog and rates.
    SavedAssessment duplicate(const QString& id);
    // Refuses, as invalid input, a move the pipeline does not allow (see StatusFlow).
    qint64 changeStatus(const QString& id, storage::AssessmentStatus status,
                        qint64 expectedRowVersion);
    void remove(const QString& id, qint64 expectedRowVersion);

    static QString newAssessmentId();

private:
    storage::AssessmentWrite toWrite(const PricedAssessment& priced,
                                     storage::AssessmentStatus status) const;
    void checkTransition(const QString& id, storage::AssessmentStatus to,
                         qint64 expectedRowVersion);

    storage::Store& m_store;
    QHash<QString, std::shared_ptr<const scoring::QuoteEngine>> m_engines;
    std::shared_ptr<const scoring::QuoteEngine> m_lastActive;
};

} // namespace treeops::assessments

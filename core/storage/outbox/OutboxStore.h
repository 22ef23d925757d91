#pragma once

#include "storage/Store.h"

#include <functional>

namespace treeops::storage {

class Outbox;

// A Store whose writes survive the warm tier being down.
//
// Writes (saveAssessment, setStatus, deleteAssessment) go to the inner store, each with an
// idempotency key (the caller's, or a new one). When the inner store throws Unavailable the
// write is queued in the outbox under that same key — it may have reached the store before the
// connection broke, and the key makes the replay harmless then — and the call returns as if it
// had succeeded: lastWriteQueued() is true, the queued callback hears the new depth, and the
// row version returned is provisional (expected + 1, what the store will give it if nobody else
// changes the assessment first; the replay finds out for sure).
//
// While the outbox holds pending writes of an assessment, later writes of it are queued behind
// them even when the inner store is up, so they reach it in the order they were made. Replaying
// is OutboxReplayer's job, scheduled by the owner.
//
// Not queued: saveAssessments (an all-or-nothing batch cannot be promised from a queue, so
// Unavailable reaches the caller, who retries the import), publishing and activating reference
// data, and every read, which throws Unavailable as the inner store does (reads are the tier
// compositor's business).
class OutboxStore final : public Store {
public:
    using Queued = std::function<void(int depth)>;

    OutboxStore(Store& inner, Outbox& outbox)
        : m_inner(inner)
        , m_outbox(outbox) {}

    void setQueuedCallback(Queued callback) { m_queued = std::move(callback); }
    bool lastWriteQueued() const { return m_lastWriteQueued; }

    QString location() const override { return m_inner.location(); }
    int schemaVersion() const override { return m_inner.schemaVersion(); }

    PublishOutcome publishCatalog(const scoring::CatalogData& c, bool activate) override {
        return m_inner.publishCatalog(c, activate);
    }
    void activateCatalog(const QString& version) override { m_inner.activateCatalog(version); }
    std::optional<scoring::CatalogData> catalog(const QString& version) override {
        return m_inner.catalog(version);
    }
    std::optional<scoring::CatalogData> activeCatalog() override { return m_inner.activeCatalog(); }
    std::optional<QString> activeCatalogVersion() override {
        return m_inner.activeCatalogVersion();
    }
    QList<PublishedVersion> catalogVersions() override { return m_inner.catalogVersions(); }

    PublishOutcome publishRates(const scoring::RatesData& r, bool activate) override {
        return m_inner.publishRates(r, activate);
    }
    void activateRates(const QString& version) override { m_inner.activateRates(version); }
    std::optional<scoring::RatesData> rates(const QString& version) override {
        return m_inner.rates(version);
    }
    std::optional<scoring::RatesData> activeRates() override { return m_inner.activeRates(); }
    std::optional<QString> activeRatesVersion() override { return m_inner.activeRatesVersion(); }
    QList<PublishedVersion> ratesVersions() override { return m_inner.ratesVersions(); }

    qint64 saveAssessment(const AssessmentWrite& assessment) override;
    void saveAssessments(const QList<AssessmentWrite>& assessments) override {
        m_inner.saveAssessments(assessments);
    }
    std::optional<StoredAssessment> assessment(const QString& id) override {
        return m_inner.assessment(id);
    }
    QList<AssessmentSummary> listAssessments(const AssessmentFilter& filter) override {
        return m_inner.listAssessments(filter);
    }
    qint64 countAssessments(const AssessmentFilter& filter) override {
        return m_inner.countAssessments(filter);
    }
    std::optional<QuoteRecord> latestQuote(const QString& assessmentId) override {
        return m_inner.latestQuote(assessmentId);
    }
    qint64 setStatus(const QString& id, AssessmentStatus status, qint64 expectedRowVersion,
                     const WriteOptions& options = {}) override;
    void deleteAssessment(const QString& id, qint64 expectedRowVersion,
                          const WriteOptions& options = {}) override;
    QList<DeletedAssessment> deletedAssessments(int limit) override {
        return m_inner.deletedAssessments(limit);
    }
    // Archiving is maintenance on the warm tier itself, never queued in the outbox.
    ArchiveOutcome archiveOlderThan(const ArchiveRequest& request,
                                    const ProgressCallback& progress = {},
                                    const CancelCheck& cancelled = {}) override {
        return m_inner.archiveOlderThan(request, progress, cancelled);
    }
    ArchiveStats archiveStats() override { return m_inner.archiveStats(); }

private:
    // Runs `direct` against the inner store unless `id` has queued writes; queues with
    // `enqueue` instead when it must wait or the inner store is unavailable.
    template <typename Direct, typename Enqueue>
    void writeOrQueue(const QString& id, Direct direct, Enqueue enqueue);

    Store& m_inner;
    Outbox& m_outbox;
    Queued m_queued;
    bool m_lastWriteQueued = false;
};

} // namespace treeops::storage

#pragma once

#include "storage/Store.h"
#include "storage/redis/ChangeMessage.h"

#include <QMutex>
#include <QSet>
#include <memory>

namespace treeops::storage {

namespace redis {
class ChangeFeed;
class HotCache;
} // namespace redis

// The tiers behind one Store: the warm store (PostgreSQL or SQLite) is the source of truth; the
// Redis hot tier, when configured, answers repeated reads; the change feed tells other consoles.
//
//   read:  hot → warm, first hit wins, the hot tier filled on the way back (and "exists
//          nowhere" remembered briefly, so a mistyped id does not hammer the warm tier)
//   write: warm tier in one transaction → the hot keys of that assessment deleted → change
//          published
//
// Lists and counts always come from the warm tier: they are queries, not keyed reads. The hot
// tier and the feed never make a call fail; while Redis is away every read goes to the warm
// tier and changes are not announced (other consoles see them on their next refresh). A write
// whose hot keys could not be deleted is remembered, and its keys are deleted before the next
// hot read once Redis is back, so a cached copy older than the write is never served.
class TieredStore final : public Store {
public:
    // `hot` and `feed` may be null (no hot tier configured).
    TieredStore(std::unique_ptr<Store> warm, std::unique_ptr<redis::HotCache> hot,
                std::unique_ptr<redis::ChangeFeed> feed);
    ~TieredStore() override;

    Store& warm() { return *m_warm; }
    redis::HotCache* hot() { return m_hot.get(); }
    redis::ChangeFeed* changeFeed() { return m_feed.get(); }

    QString location() const override;
    int schemaVersion() const override { return m_warm->schemaVersion(); }

    PublishOutcome publishCatalog(const scoring::CatalogData& catalog, bool activate) override;
    void activateCatalog(const QString& version) override;
    std::optional<scoring::CatalogData> catalog(const QString& version) override;
    std::optional<scoring::CatalogData> activeCatalog() override;
    std::optional<QString> activeCatalogVersion() override;
    QList<PublishedVersion> catalogVersions() override;

    PublishOutcome publishRates(const scoring::RatesData& rates, bool activate) override;
    void activateRates(const QString& version) override;
    std::optional<scoring::RatesData> rates(const QString& version) override;
    std::optional<scoring::RatesData> activeRates() override;
    std::optional<QString> activeRatesVersion() override;
    QList<PublishedVersion> ratesVersions() override;

    qint64 saveAssessment(const AssessmentWrite& assessment) override;
    void saveAssessments(const QList<AssessmentWrite>& assessments) override;
    std::optional<StoredAssessment> assessment(const QString& id) override;
    QList<AssessmentSummary> listAssessments(const AssessmentFilter& filter) override;
    qint64 countAssessments(const AssessmentFilter& filter) override;
    std::optional<QuoteRecord> latestQuote(const QString& assessmentId) override;
    qint64 setStatus(const QString& id, AssessmentStatus status, qint64 expectedRowVersion,
                     const WriteOptions& options = {}) override;
    void deleteAssessment(const QString& id, qint64 expectedRowVersion,
                          const WriteOptions& options = {}) override;
    QList<DeletedAssessment> deletedAssessments(int limit) override;
    // Run by the warm store, which keeps the archive beside it. The hot keys of each batch are
    // deleted as soon as it is committed (a cached copy would not say it is archived, nor
    // read-only), and the run is announced once, so other consoles' lists refresh.
    ArchiveOutcome archiveOlderThan(const ArchiveRequest& request,
                                    const ProgressCallback& progress = {},
                                    const CancelCheck& cancelled = {}) override;
    ArchiveStats archiveStats() override;

private:
    void changed(const QString& id, redis::ChangeKind kind, qint64 rowVersion);
    void invalidate(const QStringList& ids);
    // Deletes the hot keys writes could not delete while Redis was away; true when none remain.
    bool flushStaleKeys();
    redis::HotCache* readableHot();

    std::unique_ptr<Store> m_warm;
    std::unique_ptr<redis::HotCache> m_hot;
    std::unique_ptr<redis::ChangeFeed> m_feed;
    QMutex m_staleMutex;
    QSet<QString> m_stale; // ids written while their hot keys could not be deleted
};

} // namespace treeops::storage

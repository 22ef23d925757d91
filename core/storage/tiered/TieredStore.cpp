#include "storage/tiered/TieredStore.h"

#include "i18n/Translate.h"
#include "scoring/CatalogJson.h"
#include "scoring/RatesJson.h"
#include "storage/ReferenceContent.h"
#include "storage/StoreError.h"
#include "storage/redis/ChangeFeed.h"
#include "storage/redis/HotCache.h"
#include "storage/tiered/CachedRecords.h"

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;
using redis::CacheKey;
using redis::HotCache;

constexpr qsizetype StaleBatch = 500;

// Reads `key` through the hot tier. `load` reads the warm tier and `encode`/`decode` convert
// for the cache. An entry that does not decode is dropped and read again from the warm tier,
// never shown.
template <typename Value, typename Load, typename Encode, typename Decode>
std::optional<Value> readThrough(HotCache* hot, const CacheKey& key, Load load, Encode encode,
                                 Decode decode) {
    if (!hot)
        return load();
    std::optional<Value> loaded;
    const auto bytes = hot->getOrLoad(key, [&]() -> std::optional<QByteArray> {
        loaded = load();
        return loaded ? std::optional<QByteArray>(encode(*loaded)) : std::nullopt;
    });
    if (loaded) // this caller read the warm tier itself: no need to decode what it encoded
        return loaded;
    if (!bytes)
        return std::nullopt;
    if (auto value = decode(*bytes))
        return value;
    hot->invalidate(key);
    return load();
}

std::optional<scoring::CatalogData> decodeCatalog(const QByteArray& bytes) {
    Problems ignored;
    return scoring::readCatalog(bytes, u"hot tier"_s, ignored);
}

std::optional<scoring::RatesData> decodeRates(const QByteArray& bytes) {
    Problems ignored;
    return scoring::readRates(bytes, u"hot tier"_s, ignored);
}

} // namespace

TieredStore::TieredStore(std::unique_ptr<Store> warm, std::unique_ptr<redis::HotCache> hot,
                         std::unique_ptr<redis::ChangeFeed> feed)
    : m_warm(std::move(warm))
    , m_hot(std::move(hot))
    , m_feed(std::move(feed)) {}

TieredStore::~TieredStore() = default;

QString TieredStore::location() const {
    if (!m_hot)
        return m_warm->location();
    return translate("Store", "%1, hot tier Redis %2").arg(m_warm->location(), m_hot->location());
}

// Published catalog and rates versions never change, so their cached copies need no
// invalidation; which version is active is a cheap warm-tier read and not cached.
PublishOutcome TieredStore::publishCatalog(const scoring::CatalogData& catalog, bool activate) {
    return m_warm->publishCatalog(catalog, activate);
}

void TieredStore::activateCatalog(const QString& version) {
    m_warm->activateCatalog(version);
}

std::optional<scoring::CatalogData> TieredStore::catalog(const QString& version) {
    return readThrough<scoring::CatalogData>(
        m_hot.get(), CacheKey::catalog(version), [&] { return m_warm->catalog(version); },
        catalogContent, decodeCatalog);
}

std::optional<scoring::CatalogData> TieredStore::activeCatalog() {
    const auto version = m_warm->activeCatalogVersion();
    return version ? catalog(*version) : std::nullopt;
}

std::optional<QString> TieredStore::activeCatalogVersion() {
    return m_warm->activeCatalogVersion();
}

QList<PublishedVersion> TieredStore::catalogVersions() {
    return m_warm->catalogVersions();
}

PublishOutcome TieredStore::publishRates(const scoring::RatesData& rates, bool activate) {
    return m_warm->publishRates(rates, activate);
}

void TieredStore::activateRates(const QString& version) {
    m_warm->activateRates(version);
}

std::optional<scoring::RatesData> TieredStore::rates(const QString& version) {
    return readThrough<scoring::RatesData>(
        m_hot.get(), CacheKey::rates(version), [&] { return m_warm->rates(version); }, ratesContent,
        decodeRates);
}

std::optional<scoring::RatesData> TieredStore::activeRates() {
    const auto version = m_warm->activeRatesVersion();
    return version ? rates(*version) : std::nullopt;
}

std::optional<QString> TieredStore::activeRatesVersion() {
    return m_warm->activeRatesVersion();
}

QList<PublishedVersion> TieredStore::ratesVersions() {
    return m_warm->ratesVersions();
}

qint64 TieredStore::saveAssessment(const AssessmentWrite& assessment) {
    const qint64 rowVersion = m_warm->saveAssessment(assessment);
    changed(assessment.id, redis::ChangeKind::Save, rowVersion);
    return rowVersion;
}

void TieredStore::saveAssessments(const QList<AssessmentWrite>& assessments) {
    m_warm->saveAssessments(assessments);
    // Even a new id may be cached, as "exists nowhere".
    QStringList ids;
    ids.reserve(assessments.size());
    for (const AssessmentWrite& a : assessments)
        ids.append(a.id);
    invalidate(ids);
    // One announcement for the batch: other consoles refresh their lists once, not per row.
    if (m_feed && !assessments.isEmpty())
        m_feed->publish(assessments.constLast().id, redis::ChangeKind::Save, 0);
}

std::optional<StoredAssessment> TieredStore::assessment(const QString& id) {
    return readThrough<StoredAssessment>(
        readableHot(), CacheKey::assessment(id), [&] { return m_warm->assessment(id); },
        encodeStoredAssessment, decodeStoredAssessment);
}

QList<AssessmentSummary> TieredStore::listAssessments(const AssessmentFilter& filter) {
    return m_warm->listAssessments(filter);
}

qint64 TieredStore::countAssessments(const AssessmentFilter& filter) {
    return m_warm->countAssessments(filter);
}

std::optional<QuoteRecord> TieredStore::latestQuote(const QString& assessmentId) {
    return readThrough<QuoteRecord>(
        readableHot(), CacheKey::quote(assessmentId),
        [&] { return m_warm->latestQuote(assessmentId); }, encodeQuoteRecord, decodeQuoteRecord);
}

qint64 TieredStore::setStatus(const QString& id, AssessmentStatus status, qint64 expectedRowVersion,
                              const WriteOptions& options) {
    const qint64 rowVersion = m_warm->setStatus(id, status, expectedRowVersion, options);
    changed(id, redis::ChangeKind::Status, rowVersion);
    return rowVersion;
}

void TieredStore::deleteAssessment(const QString& id, qint64 expectedRowVersion,
                                   const WriteOptions& options) {
    m_warm->deleteAssessment(id, expectedRowVersion, options);
    changed(id, redis::ChangeKind::Delete, expectedRowVersion);
}

QList<DeletedAssessment> TieredStore::deletedAssessments(int limit) {
    return m_warm->deletedAssessments(limit);
}

ArchiveOutcome TieredStore::archiveOlderThan(const ArchiveRequest& request,
                                             const ProgressCallback& progress,
                                             const CancelCheck& cancelled) {
    QString lastMoved;
    ArchiveRequest tiered = request;
    tiered.batchArchived = [&](const QStringList& ids) {
        invalidate(ids);
        lastMoved = ids.constLast();
        if (request.batchArchived)
            request.batchArchived(ids);
    };
    // Batches moved before a failure are archived all the same: announced either way.
    const auto announce = [&] {
        if (m_feed && !lastMoved.isEmpty())
            m_feed->publish(lastMoved, redis::ChangeKind::Archive, 0);
    };
    ArchiveOutcome outcome;
    try {
        outcome = m_warm->archiveOlderThan(tiered, progress, cancelled);
    } catch (const StoreError&) {
        announce();
        throw;
    }
    announce();
    return outcome;
}

ArchiveStats TieredStore::archiveStats() {
    return m_warm->archiveStats();
}

void TieredStore::changed(const QString& id, redis::ChangeKind kind, qint64 rowVersion) {
    invalidate({id});
    if (m_feed)
        m_feed->publish(id, kind, rowVersion);
}

void TieredStore::invalidate(const QStringList& ids) {
    if (!m_hot || m_hot->invalidateAssessments(ids))
        return;
    const QMutexLocker lock(&m_staleMutex);
    for (const QString& id : ids)
        m_stale.insert(id);
}

bool TieredStore::flushStaleKeys() {
    const QMutexLocker lock(&m_staleMutex);
    while (!m_stale.isEmpty()) {
        // In bounded commands: a whole archive run may have been missed.
        QStringList batch;
        for (auto it = m_stale.cbegin(); it != m_stale.cend() && batch.size() < StaleBatch; ++it)
            batch.append(*it);
        if (!m_hot->invalidateAssessments(batch))
            return false;
        for (const QString& id : std::as_const(batch))
            m_stale.remove(id);
    }
    return true;
}

redis::HotCache* TieredStore::readableHot() {
    // Until the keys of writes made while Redis was away are gone, the hot tier may hold older
    // copies: read around it.
    return m_hot && flushStaleKeys() ? m_hot.get() : nullptr;
}

} // namespace treeops::storage

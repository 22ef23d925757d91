#pragma once

#include "storage/redis/CacheKey.h"
#include "storage/redis/LatencySamples.h"
#include "storage/redis/RedisLink.h"
#include "storage/redis/SingleFlight.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace treeops::storage::redis {

struct HotCacheOptions {
    std::chrono::milliseconds ttl = std::chrono::hours(1);
    double ttlJitter = 0.10; // entries expire within ttl ± 10 %, so they do not expire together
    // How long "exists nowhere" is remembered: long enough to absorb a burst of lookups of a
    // mistyped id, short enough that an assessment created elsewhere soon shows.
    std::chrono::milliseconds absentTtl = std::chrono::seconds(30);
    LinkOptions link;
};

struct HotCacheStats {
    qint64 hits = 0; // including known-absent answers
    qint64 absentHits = 0;
    qint64 misses = 0;
    qint64 loads = 0;                    // loader calls (one per single-flight group)
    qint64 corruptDropped = 0;           // entries that failed the header check, deleted
    double hitRatio = 0;                 // hits / (hits + misses); 0 before the first lookup
    LatencySamples::Summary readLatency; // GET round trips, last 512
};

// The Redis hot tier, cache-aside: the caller (the tier compositor) reads through getOrLoad()
// with a loader that reads the lower tiers, and calls invalidate() after every write.
// Values are opaque bytes (canonical JSON), stored with a checked header (CacheEntry.h).
//
// Redis going away is not an error here: no method throws on its account. The cache turns
// Offline (stateChanged), every lookup is a miss that goes to the loader, and it reconnects
// with backoff on later calls (or probe()). Exceptions of the loader do reach the caller.
//
// Thread safety: every method may be called from any thread. Commands share one connection
// (RedisLink: one command at a time); concurrent misses of one key share one loader call.
// stateChanged is emitted from the calling thread; connect with a queued connection from
// objects of other threads (AutoConnection does so).
class HotCache : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Online };
    Q_ENUM(State)

    struct Lookup {
        enum class Outcome { Miss, Hit, KnownAbsent };
        Outcome outcome = Outcome::Miss;
        QByteArray value;
    };
    // Reads the lower tiers; nullopt when the object exists nowhere.
    using Loader = std::function<std::optional<QByteArray>()>;

    explicit HotCache(const RedisUrl& url, HotCacheOptions options = {}, QObject* parent = nullptr);

    // Hot read only.
    Lookup lookup(const CacheKey& key);
    // Hot read; on a miss one caller per key runs `loader` and fills the cache (value, or a
    // short-lived absent entry), the others wait for its result.
    std::optional<QByteArray> getOrLoad(const CacheKey& key, const Loader& loader);

    // Each answers false when the cache is offline (nothing was written or deleted).
    bool put(const CacheKey& key, QByteArrayView value);
    bool putAbsent(const CacheKey& key);
    bool invalidate(const CacheKey& key);
    // After writes of assessments (one, a batch saved, a batch archived): drops their documents
    // and quotes, in one round trip.
    bool invalidateAssessments(const QStringList& ids);

    // Deletes every key under treeops:v1: (SCAN + UNLINK in batches, never FLUSHDB) and answers
    // how many; nullopt when offline before the end (some may be deleted).
    std::optional<qint64> clearOwnKeys();
    // Exact count of our keys by a full SCAN: O(keys in the database), so for a page refresh,
    // not for every read. nullopt when offline.
    std::optional<qint64> countOwnKeys();

    HotCacheStats stats() const;
    State state() const;
    QString lastError() const; // why it is offline
    QString location() const { return m_link.url().displayString(); }
    const RedisUrl& url() const { return m_link.url(); }
    // Reconnects now if a reconnection is due (e.g. from a timer while nothing reads).
    void probe() { m_link.probe(); }

Q_SIGNALS:
    void stateChanged(treeops::storage::redis::HotCache::State state, const QString& reason);

private:
    Lookup read(const CacheKey& key, bool counted);
    bool store(const CacheKey& key, const QByteArray& entry, std::chrono::milliseconds ttl);
    // Runs SCAN over our keys from `cursor`, calling `batch` with each page of keys.
    template <class Batch> bool scanOwnKeys(Batch&& batch);

    const HotCacheOptions m_options;
    RedisLink m_link;
    SingleFlight m_flights;
    LatencySamples m_latency;
    std::atomic<qint64> m_hits{0};
    std::atomic<qint64> m_absentHits{0};
    std::atomic<qint64> m_misses{0};
    std::atomic<qint64> m_loads{0};
    std::atomic<qint64> m_corrupt{0};
};

} // namespace treeops::storage::redis

#include "storage/redis/HotCache.h"

#include "storage/redis/CacheEntry.h"

#include <QElapsedTimer>
#include <vector>

namespace treeops::storage::redis {
namespace {

constexpr int ScanBatch = 500;

HotCache::State toCacheState(RedisLink::State state) {
    return state == RedisLink::State::Online ? HotCache::State::Online : HotCache::State::Offline;
}

} // namespace

HotCache::HotCache(const RedisUrl& url, HotCacheOptions options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_link(url, options.link, [this](RedisLink::State state, const QString& reason) {
        Q_EMIT stateChanged(toCacheState(state), reason);
    }) {}

HotCache::Lookup HotCache::read(const CacheKey& key, bool counted) {
    QElapsedTimer clock;
    clock.start();
    Lookup result;
    const std::optional<Lookup::Outcome> outcome = m_link.run([&](RedisConnection& redis) {
        const RedisReply reply = redis.command({"GET", key.bytes()});
        if (!reply.isString())
            return Lookup::Outcome::Miss;
        const std::optional<cache_entry::Decoded> entry = cache_entry::decode(reply.bytes());
        if (!entry) {
            redis.command({"DEL", key.bytes()});
            ++m_corrupt;
            return Lookup::Outcome::Miss;
        }
        if (entry->kind == cache_entry::Kind::Absent)
            return Lookup::Outcome::KnownAbsent;
        result.value = entry->payload.toByteArray();
        return Lookup::Outcome::Hit;
    });
    if (outcome) {
        result.outcome = *outcome;
        m_latency.record(std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::nanoseconds(clock.nsecsElapsed())));
    }
    if (counted) {
        const bool hit = result.outcome != Lookup::Outcome::Miss;
        ++(hit ? m_hits : m_misses);
        if (result.outcome == Lookup::Outcome::KnownAbsent)
            ++m_absentHits;
    }
    return result;
}

HotCache::Lookup HotCache::lookup(const CacheKey& key) {
    return read(key, true);
}

std::optional<QByteArray> HotCache::getOrLoad(const CacheKey& key, const Loader& loader) {
    Lookup hot = read(key, true);
    if (hot.outcome != Lookup::Outcome::Miss)
        return hot.outcome == Lookup::Outcome::Hit ? std::optional(std::move(hot.value))
                                                   : std::nullopt;
    return m_flights.run(key.bytes(), [&]() -> SingleFlight::Result {
        // A flight that ended between our miss and now has filled the cache: look again.
        Lookup again = read(key, false);
        if (again.outcome != Lookup::Outcome::Miss)
            return again.outcome == Lookup::Outcome::Hit ? std::optional(std::move(again.value))
                                                         : std::nullopt;
        ++m_loads;
        std::optional<QByteArray> loaded = loader();
        if (loaded)
            put(key, *loaded);
        else
            putAbsent(key);
        return loaded;
    });
}

bool HotCache::store(const CacheKey& key, const QByteArray& entry, std::chrono::milliseconds ttl) {
    const QByteArray milliseconds = QByteArray::number(static_cast<qint64>(ttl.count()));
    return m_link
        .run([&](RedisConnection& redis) {
            redis.command({"SET", key.bytes(), entry, "PX", milliseconds});
            return true;
        })
        .has_value();
}

bool HotCache::put(const CacheKey& key, QByteArrayView value) {
    return store(key, cache_entry::encode(cache_entry::Kind::Value, value),
                 jittered(m_options.ttl, m_options.ttlJitter));
}

bool HotCache::putAbsent(const CacheKey& key) {
    return store(key, cache_entry::encode(cache_entry::Kind::Absent), m_options.absentTtl);
}

bool HotCache::invalidate(const CacheKey& key) {
    return m_link
        .run([&](RedisConnection& redis) {
            redis.command({"DEL", key.bytes()});
            return true;
        })
        .has_value();
}

bool HotCache::invalidateAssessments(const QStringList& ids) {
    if (ids.isEmpty())
        return true;
    std::vector<CacheKey> keys;
    keys.reserve(2 * static_cast<std::size_t>(ids.size()));
    for (const QString& id : ids) {
        keys.push_back(CacheKey::assessment(id));
        keys.push_back(CacheKey::quote(id));
    }
    std::vector<QByteArrayView> arguments{"UNLINK"};
    for (const CacheKey& key : keys)
        arguments.emplace_back(key.bytes());
    return m_link
        .run([&](RedisConnection& redis) {
            redis.command(arguments);
            return true;
        })
        .has_value();
}

template <class Batch> bool HotCache::scanOwnKeys(Batch&& batch) {
    QByteArray cursor("0");
    do {
        // One page per run(): other threads get their turn between pages.
        const std::optional<bool> scanned = m_link.run([&](RedisConnection& redis) {
            ScanPage page = redis.scan(cursor, KeyPattern, ScanBatch);
            cursor = std::move(page.cursor);
            batch(redis, page.keys);
            return true;
        });
        if (!scanned)
            return false;
    } while (cursor != "0");
    return true;
}

std::optional<qint64> HotCache::clearOwnKeys() {
    qint64 removed = 0;
    std::vector<QByteArrayView> arguments;
    const bool complete = scanOwnKeys([&](RedisConnection& redis, const QList<QByteArray>& keys) {
        if (keys.isEmpty())
            return;
        arguments.assign({"UNLINK"});
        arguments.insert(arguments.end(), keys.begin(), keys.end());
        removed += redis.command(arguments).integer();
    });
    return complete ? std::optional(removed) : std::nullopt;
}

std::optional<qint64> HotCache::countOwnKeys() {
    qint64 count = 0;
    // SCAN may return a key twice across pages (when the table is resized meanwhile); the
    // count is for display, so that rare excess is accepted.
    const bool complete =
        scanOwnKeys([&](RedisConnection&, const QList<QByteArray>& keys) { count += keys.size(); });
    return complete ? std::optional(count) : std::nullopt;
}

HotCacheStats HotCache::stats() const {
    HotCacheStats stats;
    stats.hits = m_hits;
    stats.absentHits = m_absentHits;
    stats.misses = m_misses;
    stats.loads = m_loads;
    stats.corruptDropped = m_corrupt;
    const qint64 lookups = stats.hits + stats.misses;
    stats.hitRatio =
        lookups == 0 ? 0.0 : static_cast<double>(stats.hits) / static_cast<double>(lookups);
    stats.readLatency = m_latency.summary();
    return stats;
}

HotCache::State HotCache::state() const {
    return toCacheState(m_link.state());
}

QString HotCache::lastError() const {
    return m_link.lastError();
}

} // namespace treeops::storage::redis

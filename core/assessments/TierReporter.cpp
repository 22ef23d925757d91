#include "assessments/TierReporter.h"

#include "assessments/ConnectionProbe.h"
#include "i18n/Translate.h"
#include "storage/ConnectionTest.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"
#include "storage/redis/HotCache.h"
#include "storage/redis/RedisConnection.h"
#include "storage/redis/RedisUrl.h"
#include "storage/sqlite/SqliteVersion.h"
#include "storage/tiered/TieredStore.h"

#include <QElapsedTimer>

namespace treeops::assessments {
namespace {

using namespace Qt::StringLiterals;

double milliseconds(std::chrono::microseconds us) {
    return static_cast<double>(us.count()) / 1000.0;
}

} // namespace

TierReporter::TierReporter(storage::Store& store, QString storeUrl)
    : m_store(store)
    , m_tiered(dynamic_cast<storage::TieredStore*>(&store))
    , m_storeUrl(std::move(storeUrl)) {}

TierReport TierReporter::report(int outboxWaiting, bool outboxInUse) {
    TierReport out;
    out.warm = warmStatus();
    out.hot = hotStatus();
    out.cold = coldStatus();
    out.outboxWaiting = outboxWaiting;
    out.outboxInUse = outboxInUse;
    out.at = QDateTime::currentDateTime();
    return out;
}

TierStatus TierReporter::warmStatus() {
    storage::Store& warm = m_tiered ? m_tiered->warm() : m_store;
    TierStatus s;
    s.configured = true;
    s.location = warm.location();
    try {
        QElapsedTimer timer;
        timer.start();
        warm.activeCatalogVersion(); // one small indexed read, as every quote's first step
        m_warmLatency.record(std::chrono::microseconds(timer.nsecsElapsed() / 1000));
        s.items = warm.countAssessments({});
        s.serverVersion = warmServerVersion();
        s.online = true;
    } catch (const storage::StoreError& e) {
        s.problem = e.message();
    }
    const auto latency = m_warmLatency.summary();
    if (latency.count > 0) {
        s.p50Ms = milliseconds(latency.p50);
        s.p95Ms = milliseconds(latency.p95);
    }
    return s;
}

QString TierReporter::warmServerVersion() {
    if (!m_warmVersion.isEmpty())
        return m_warmVersion;
    m_warmVersion = storage::isServerStoreUrl(m_storeUrl)
                        ? shortServerVersion(storage::testConnection(m_storeUrl).serverVersion)
                        : u"SQLite "_s + storage::sqliteLibraryVersion();
    return m_warmVersion;
}

TierStatus TierReporter::coldStatus() {
    TierStatus s;
    s.configured = true;
    try {
        const storage::ArchiveStats stats = m_store.archiveStats();
        s.online = true;
        s.items = stats.assessments;
        s.bytes = stats.bytes;
        QStringList parts;
        for (const storage::ArchivePart& part : stats.parts)
            parts << part.name;
        s.location =
            parts.isEmpty() ? translate("Tiers", "nothing archived yet") : parts.join(u", "_s);
    } catch (const storage::StoreError& e) {
        s.problem = e.message();
    }
    return s;
}

TierStatus TierReporter::hotStatus() {
    TierStatus s;
    storage::redis::HotCache* hot = m_tiered ? m_tiered->hot() : nullptr;
    if (!hot)
        return s;
    s.configured = true;
    s.location = hot->location();
    hot->probe();
    s.online = hot->state() == storage::redis::HotCache::State::Online;
    s.problem = s.online ? QString() : hot->lastError();
    const storage::redis::HotCacheStats stats = hot->stats();
    if (stats.hits + stats.misses > 0)
        s.hitRatio = stats.hitRatio;
    if (stats.readLatency.count > 0) {
        s.p50Ms = milliseconds(stats.readLatency.p50);
        s.p95Ms = milliseconds(stats.readLatency.p95);
    }
    if (s.online) {
        s.items = hot->countOwnKeys();
        s.serverVersion = hotServerVersion(*hot);
    }
    return s;
}

QString TierReporter::hotServerVersion(storage::redis::HotCache& hot) {
    if (m_hotVersion.isEmpty()) {
        try {
            m_hotVersion =
                u"Redis "_s + storage::redis::RedisConnection(hot.url()).ping().serverVersion;
        } catch (const storage::StoreError&) {
            return {}; // gone again since the probe: the next report asks anew
        }
    }
    return m_hotVersion;
}

QStringList TierReporter::testConnections() {
    QStringList lines;
    try {
        if (storage::isServerStoreUrl(m_storeUrl)) {
            const storage::ConnectionCheck check = storage::testConnection(m_storeUrl);
            m_warmVersion = shortServerVersion(check.serverVersion);
            lines << translate("Tiers", "Store: %1 at %2, round trip %3")
                         .arg(m_warmVersion, check.server, roundTripText(check.roundTrip));
        } else {
            QElapsedTimer timer;
            timer.start();
            m_store.activeCatalogVersion();
            lines << translate("Tiers", "Store: SQLite %1, %2, read in %3")
                         .arg(
                             storage::sqliteLibraryVersion(), m_store.location(),
                             roundTripText(std::chrono::microseconds(timer.nsecsElapsed() / 1000)));
        }
    } catch (const storage::StoreError& e) {
        lines << translate("Tiers", "Store: %1").arg(e.message());
    }
    storage::redis::HotCache* hot = m_tiered ? m_tiered->hot() : nullptr;
    if (!hot)
        return lines;
    try {
        storage::redis::RedisConnection redis(hot->url());
        const storage::redis::PingResult ping = redis.ping();
        m_hotVersion = u"Redis "_s + ping.serverVersion;
        lines << translate("Tiers", "Hot tier: Redis %1 at %2, round trip %3")
                     .arg(ping.serverVersion, hot->location(), roundTripText(ping.roundTrip));
    } catch (const storage::StoreError& e) {
        lines << translate("Tiers", "Hot tier: %1").arg(e.message());
    }
    return lines;
}

} // namespace treeops::assessments

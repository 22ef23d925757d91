// The Redis hot tier against a real server (tests/fixtures): connecting and its messages, the
// cache-aside cache, and what happens when Redis stops and comes back.
#include "storage/StoreError.h"
#include "storage/redis/CacheEntry.h"
#include "storage/redis/HotCache.h"
#include "storage/redis/RedisConnection.h"
#include "support/TestServers.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>
#include <latch>
#include <thread>
#include <vector>

using namespace treeops::storage;
using namespace treeops::storage::redis;
using namespace treeops::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The message of the StoreError `work` throws; fails the test when it throws none.
template <class Work> StoreError errorOf(Work&& work) {
    try {
        work();
    } catch (const StoreError& error) {
        return error;
    }
    return StoreError(StoreError::Kind::Failed, u"no error was thrown"_s);
}

HotCacheOptions fastOptions() {
    HotCacheOptions options;
    options.link.backoffInitial = 100ms;
    options.link.backoffMaximum = 800ms;
    options.link.connection.connectTimeout = 500ms;
    return options;
}

} // namespace

class RedisHotTierTest : public QObject {
    Q_OBJECT

private:
    RedisUrl m_url;
    QString m_password;
    std::unique_ptr<RedisConnection> m_raw; // for what the cache does not do: TTL, garbage

    RedisUrl urlWithPassword(const QString& password) const {
        RedisUrl url = m_url;
        url.password = password;
        return url;
    }

private slots:
    void initTestCase() {
        m_url = RedisUrl::parse(TestServers::instance().redisUrl());
        m_password = qEnvironmentVariable("REDISCLI_AUTH");
        QVERIFY(!m_password.isEmpty());
        QCOMPARE(m_url.password, m_password);
        m_raw = std::make_unique<RedisConnection>(m_url);
    }

    void init() {
        m_raw->command({"FLUSHDB"}); // the test server's own database, not a user's
    }

    // --- Connecting -------------------------------------------------------------------------

    void pingAnswersTheServerVersionAndRoundTrip() {
        RedisConnection connection(m_url);
        const PingResult ping = connection.ping();
        QVERIFY2(ping.serverVersion.contains(u'.'), qPrintable(ping.serverVersion));
        QVERIFY(ping.roundTrip > 0us);
        QVERIFY(ping.roundTrip < 1s);
    }

    void passwordOfTheUrlWinsOverTheEnvironment() {
        const QString url = u"redis://:%1@127.0.0.1:%2/0"_s.arg(m_password).arg(m_url.port);
        RedisConnection connection(RedisUrl::parse(url, u"wrong"_s));
        QCOMPARE(connection.command({"PING"}).bytes(), QByteArrayView("PONG"));
    }

    void userAndPasswordLogIn() {
        const QString url = u"redis://default:%1@127.0.0.1:%2/1"_s.arg(m_password).arg(m_url.port);
        RedisConnection connection(RedisUrl::parse(url, QString()));
        QCOMPARE(connection.command({"PING"}).bytes(), QByteArrayView("PONG"));
    }

    void wrongPasswordIsRefusedAuthentication() {
        const StoreError error = errorOf([&] { RedisConnection{urlWithPassword(u"nope"_s)}; });
        QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
        QVERIFY2(error.message().contains(u"refused authentication"_s),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(m_url.address()), qPrintable(error.message()));
    }

    void missingPasswordIsNamed() {
        const StoreError error = errorOf([&] { RedisConnection{urlWithPassword(QString())}; });
        QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
        QVERIFY2(error.message().contains(u"requires a password"_s), qPrintable(error.message()));
    }

    void missingDatabaseIsNamed() {
        RedisUrl url = m_url;
        url.database = 999;
        const StoreError error = errorOf([&] { RedisConnection{url}; });
        QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
        QVERIFY2(error.message().contains(u"has no database 999"_s), qPrintable(error.message()));
    }

    void unreachableServerNamesHostAndPort() {
        RedisUrl url = m_url;
        url.port = 1; // nothing listens on the loopback's port 1
        const StoreError error = errorOf([&] { RedisConnection{url}; });
        QCOMPARE(error.kind(), StoreError::Kind::Unavailable);
        QVERIFY2(error.message().contains(u"cannot reach Redis at 127.0.0.1:1"_s),
                 qPrintable(error.message()));
    }

    // --- Cache-aside ------------------------------------------------------------------------

    void putThenLookupRoundTrips() {
        HotCache cache(m_url);
        const QByteArray quote = R"({"schema":"treeops.quote/1","price":1234.5})";
        QVERIFY(cache.put(CacheKey::quote(u"A-1"), quote));
        const HotCache::Lookup hit = cache.lookup(CacheKey::quote(u"A-1"));
        QCOMPARE(hit.outcome, HotCache::Lookup::Outcome::Hit);
        QCOMPARE(hit.value, quote);
        QCOMPARE(cache.lookup(CacheKey::quote(u"A-2")).outcome, HotCache::Lookup::Outcome::Miss);
        QCOMPARE(cache.state(), HotCache::State::Online);
        const HotCacheStats stats = cache.stats();
        QCOMPARE(stats.hits, 1);
        QCOMPARE(stats.misses, 1);
        QCOMPARE(stats.hitRatio, 0.5);
        QCOMPARE(stats.readLatency.count, std::size_t(2));
        QVERIFY(stats.readLatency.p95 >= stats.readLatency.p50);
    }

    void getOrLoadFillsTheCacheOnce() {
        HotCache cache(m_url);
        int loads = 0;
        const auto loader = [&]() -> std::optional<QByteArray> {
            ++loads;
            return QByteArray("{\"id\":\"A-3\"}");
        };
        QCOMPARE(cache.getOrLoad(CacheKey::assessment(u"A-3"), loader),
                 QByteArray("{\"id\":\"A-3\"}"));
        QCOMPARE(cache.getOrLoad(CacheKey::assessment(u"A-3"), loader),
                 QByteArray("{\"id\":\"A-3\"}"));
        QCOMPARE(loads, 1);
    }

    void ttlIsWithinTheJitterRange() {
        HotCacheOptions options;
        options.ttl = 1h;
        options.ttlJitter = 0.10;
        HotCache cache(m_url, options);
        QSet<long long> ttls;
        for (int i = 0; i < 10; ++i) {
            const CacheKey key = CacheKey::catalog(QString::number(i));
            QVERIFY(cache.put(key, "{}"));
            const long long ttl = m_raw->command({"PTTL", key.bytes()}).integer();
            QVERIFY2(ttl >= 3240000 - 1000 && ttl <= 3960000, qPrintable(QString::number(ttl)));
            ttls.insert(ttl / 1000);
        }
        QVERIFY2(ttls.size() > 1, "the TTL is not jittered");
    }

    void invalidateAssessmentsDropsDocumentsAndQuotes() {
        HotCache cache(m_url);
        for (const QString& id : {u"A-4"_s, u"A-6"_s}) {
            QVERIFY(cache.put(CacheKey::assessment(id), "{}"));
            QVERIFY(cache.put(CacheKey::quote(id), "{}"));
        }
        QVERIFY(cache.put(CacheKey::assessment(u"A-5"), "{}"));
        QVERIFY(cache.invalidateAssessments({u"A-4"_s, u"A-6"_s}));
        for (const QString& id : {u"A-4"_s, u"A-6"_s}) {
            QCOMPARE(cache.lookup(CacheKey::assessment(id)).outcome,
                     HotCache::Lookup::Outcome::Miss);
            QCOMPARE(cache.lookup(CacheKey::quote(id)).outcome, HotCache::Lookup::Outcome::Miss);
        }
        QVERIFY(cache.invalidateAssessments({})); // nothing to send
        QCOMPARE(cache.lookup(CacheKey::assessment(u"A-5")).outcome,
                 HotCache::Lookup::Outcome::Hit);
        QVERIFY(cache.invalidate(CacheKey::assessment(u"A-5")));
        QCOMPARE(cache.lookup(CacheKey::assessment(u"A-5")).outcome,
                 HotCache::Lookup::Outcome::Miss);
    }

    void absentEntryIsRememberedBrieflyThenExpires() {
        HotCacheOptions options;
        options.absentTtl = 300ms;
        HotCache cache(m_url, options);
        int loads = 0;
        const auto nowhere = [&]() -> std::optional<QByteArray> {
            ++loads;
            return std::nullopt;
        };
        const CacheKey key = CacheKey::assessment(u"NO-SUCH");
        QVERIFY(!cache.getOrLoad(key, nowhere));
        QVERIFY(!cache.getOrLoad(key, nowhere));
        QCOMPARE(loads, 1);
        QCOMPARE(cache.lookup(key).outcome, HotCache::Lookup::Outcome::KnownAbsent);
        const long long ttl = m_raw->command({"PTTL", key.bytes()}).integer();
        QVERIFY2(ttl > 0 && ttl <= 300, qPrintable(QString::number(ttl)));
        QTRY_COMPARE_WITH_TIMEOUT(cache.lookup(key).outcome, HotCache::Lookup::Outcome::Miss, 2000);
        QVERIFY(!cache.getOrLoad(key, nowhere));
        QCOMPARE(loads, 2);
        QVERIFY(cache.stats().absentHits >= 2);
    }

    void corruptEntryIsDroppedAsAMiss() {
        HotCache cache(m_url);
        const CacheKey garbage = CacheKey::assessment(u"A-6");
        m_raw->command({"SET", garbage.bytes(), "not a TreeOps entry at all"});
        QCOMPARE(cache.lookup(garbage).outcome, HotCache::Lookup::Outcome::Miss);
        QCOMPARE(m_raw->command({"EXISTS", garbage.bytes()}).integer(), 0);

        // A real entry with one flipped payload byte fails its checksum.
        const CacheKey flipped = CacheKey::quote(u"A-6");
        QVERIFY(cache.put(flipped, R"({"price":100})"));
        QByteArray stored = m_raw->command({"GET", flipped.bytes()}).bytes().toByteArray();
        stored[stored.size() - 3] = '9';
        m_raw->command({"SET", flipped.bytes(), stored});
        int loads = 0;
        const auto reload = [&]() -> std::optional<QByteArray> {
            ++loads;
            return QByteArray(R"({"price":100})");
        };
        QCOMPARE(cache.getOrLoad(flipped, reload), QByteArray(R"({"price":100})"));
        QCOMPARE(loads, 1);
        QCOMPARE(cache.stats().corruptDropped, 2);
        QCOMPARE(cache.lookup(flipped).outcome, HotCache::Lookup::Outcome::Hit); // refilled
    }

    void concurrentMissesLoadOnce() {
        HotCache cache(m_url);
        constexpr int Threads = 8;
        std::atomic<int> loads{0};
        std::latch ready(Threads);
        std::vector<std::optional<QByteArray>> results(Threads);
        const CacheKey key = CacheKey::quote(u"A-8");
        const auto loader = [&]() -> std::optional<QByteArray> {
            ++loads;
            std::this_thread::sleep_for(300ms); // a slow warm tier
            return QByteArray("{\"price\":8}");
        };
        {
            std::vector<std::jthread> threads;
            for (int i = 0; i < Threads; ++i) {
                threads.emplace_back([&, i] {
                    ready.arrive_and_wait();
                    results[static_cast<std::size_t>(i)] = cache.getOrLoad(key, loader);
                });
            }
        }
        QCOMPARE(loads.load(), 1);
        for (const std::optional<QByteArray>& result : results)
            QCOMPARE(result, std::optional(QByteArray("{\"price\":8}")));
        QCOMPARE(cache.stats().loads, 1);
    }

    void loaderErrorsReachEveryWaiter() {
        HotCache cache(m_url);
        const auto failing = []() -> std::optional<QByteArray> {
            throw StoreError(StoreError::Kind::Unavailable, u"warm tier down"_s);
        };
        const StoreError error =
            errorOf([&] { cache.getOrLoad(CacheKey::quote(u"A-9"), failing); });
        QCOMPARE(error.message(), u"warm tier down"_s);
        QCOMPARE(cache.lookup(CacheKey::quote(u"A-9")).outcome, HotCache::Lookup::Outcome::Miss);
    }

    void clearOwnKeysLeavesForeignKeysAlone() {
        HotCache cache(m_url);
        for (int i = 0; i < 1200; ++i) // more than one SCAN batch
            QVERIFY(cache.put(CacheKey::assessment(QString::number(i)), "{}"));
        m_raw->command({"SET", "other:key", "theirs"});
        m_raw->command({"SET", "treeops:v2:assessment:1", "a newer console's"});
        QCOMPARE(cache.countOwnKeys(), std::optional<qint64>(1200));
        QCOMPARE(cache.clearOwnKeys(), std::optional<qint64>(1200));
        QCOMPARE(cache.countOwnKeys(), std::optional<qint64>(0));
        QCOMPARE(m_raw->command({"GET", "other:key"}).bytes(), QByteArrayView("theirs"));
        QCOMPARE(m_raw->command({"EXISTS", "treeops:v2:assessment:1"}).integer(), 1);
    }

    // --- Redis going away -------------------------------------------------------------------

    void stoppedRedisTurnsEveryReadIntoALoadThenComesBack() {
        HotCache cache(m_url, fastOptions());
        QSignalSpy states(&cache, &HotCache::stateChanged);
        const CacheKey key = CacheKey::assessment(u"A-10");
        QVERIFY(cache.put(key, "{\"v\":1}"));
        QCOMPARE(cache.state(), HotCache::State::Online);

        TestServers::instance().stopRedis();
        auto restart = qScopeGuard([] { TestServers::instance().startRedis(); });
        int loads = 0;
        const auto warm = [&]() -> std::optional<QByteArray> {
            ++loads;
            return QByteArray("{\"v\":2}");
        };
        QCOMPARE(cache.getOrLoad(key, warm), QByteArray("{\"v\":2}"));
        QCOMPARE(loads, 1);
        QCOMPARE(cache.state(), HotCache::State::Offline);
        QVERIFY(!cache.lastError().isEmpty());
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.last().at(0).value<HotCache::State>(), HotCache::State::Offline);

        // While offline, reads do not wait on Redis: no connect per call (the backoff).
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 100; ++i)
            QVERIFY(cache.getOrLoad(key, warm));
        QCOMPARE(loads, 101);
        QVERIFY(!cache.put(key, "{}"));
        QVERIFY(!cache.invalidate(key));
        QVERIFY(!cache.clearOwnKeys());
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));

        restart.dismiss();
        TestServers::instance().startRedis();
        QTRY_VERIFY_WITH_TIMEOUT((cache.probe(), cache.state() == HotCache::State::Online), 5000);
        QCOMPARE(states.last().at(0).value<HotCache::State>(), HotCache::State::Online);
        QVERIFY(cache.put(key, "{\"v\":3}"));
        QCOMPARE(cache.lookup(key).value, QByteArray("{\"v\":3}"));
        m_raw = std::make_unique<RedisConnection>(m_url); // the old one died with the server
    }

    void cacheStartingWhileRedisIsDownComesOnlineLater() {
        TestServers::instance().stopRedis();
        auto restart = qScopeGuard([] { TestServers::instance().startRedis(); });
        HotCache cache(m_url, fastOptions());
        QCOMPARE(cache.lookup(CacheKey::rates(u"1")).outcome, HotCache::Lookup::Outcome::Miss);
        QCOMPARE(cache.state(), HotCache::State::Offline);
        QVERIFY2(cache.lastError().contains(u"cannot reach Redis"_s),
                 qPrintable(cache.lastError()));
        restart.dismiss();
        TestServers::instance().startRedis();
        QTRY_VERIFY_WITH_TIMEOUT((cache.probe(), cache.state() == HotCache::State::Online), 5000);
        m_raw = std::make_unique<RedisConnection>(m_url);
    }
};

QTEST_GUILESS_MAIN(RedisHotTierTest)
#include "tst_redis_hot_tier.moc"

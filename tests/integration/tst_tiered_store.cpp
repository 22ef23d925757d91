// The tier compositor against a real Redis and a real warm store: reads fill and hit the hot
// tier, writes delete the hot keys and announce the change, a second console sees the first
// one's writes, archiving drops the moved assessments' hot keys and announces the run, a damaged
// entry is never shown, and Redis stopping mid-use changes nothing but speed — including writes
// and archive runs made while it was away, whose older cached copies are never served.
#include "assessments/AssessmentService.h"
#include "storage/ReferenceData.h"
#include "storage/redis/ChangeFeed.h"
#include "storage/redis/HotCache.h"
#include "storage/redis/RedisConnection.h"
#include "storage/redis/RedisUrl.h"
#include "storage/sqlite/SqliteStore.h"
#include "storage/tiered/TieredStore.h"
#include "support/ShippedData.h"
#include "support/TestServers.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace treeops;
using namespace treeops::storage;
using namespace Qt::StringLiterals;
using redis::CacheKey;
using redis::ChangeFeed;
using redis::HotCache;
using redis::RedisUrl;
using test::TestServers;

namespace {

redis::HotCacheOptions quickReconnect() {
    redis::HotCacheOptions options;
    options.link.backoffInitial = std::chrono::milliseconds(50);
    options.link.backoffMaximum = std::chrono::milliseconds(200);
    return options;
}

} // namespace

class TieredStoreTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    RedisUrl m_url;
    std::unique_ptr<redis::RedisConnection> m_raw;
    int m_stores = 0;

    // One console: its own connections to the shared warm file and the shared Redis.
    std::unique_ptr<TieredStore> console(const QString& file, bool withFeed = false) {
        auto feed =
            withFeed ? std::make_unique<ChangeFeed>(m_url, ChangeFeed::newConsoleId()) : nullptr;
        if (feed)
            feed->start();
        return std::make_unique<TieredStore>(std::make_unique<SqliteStore>(m_dir.filePath(file)),
                                             std::make_unique<HotCache>(m_url, quickReconnect()),
                                             std::move(feed));
    }
    QString newFile() { return u"warm-%1.db"_s.arg(++m_stores); }

    static assessments::SavedAssessment saveExample(TieredStore& store, const QString& customer,
                                                    qint64 expected = 0, const QString& id = {}) {
        ensureReferenceData(store);
        assessments::AssessmentService service(store);
        QJsonObject json = test::exampleAssessment();
        QJsonObject who = json.value(u"customer"_s).toObject();
        who.insert(u"name"_s, customer);
        json.insert(u"customer"_s, who);
        if (!id.isEmpty())
            json.insert(u"id"_s, id);
        Problems problems;
        auto priced = service.price(json, problems);
        if (!priced)
            qFatal("the example does not price: %s", qPrintable(joinProblems(problems)));
        if (!id.isEmpty())
            priced->assessment.id = id;
        return service.save(std::move(*priced), AssessmentStatus::Draft, expected);
    }

    // `count` assessments last updated 400 days ago, ready to archive, each read once so the
    // hot tier holds its document and quote.
    static QStringList saveOldAndCache(TieredStore& store, int count) {
        ensureReferenceData(store);
        assessments::AssessmentService service(store);
        const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-400);
        QList<assessments::AssessmentService::BatchItem> items;
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            auto priced = test::priceOrDie(test::exampleAssessment(), service.activeEngine());
            priced.assessment.id = u"OLD-%1"_s.arg(i);
            ids << priced.assessment.id;
            items.append({std::move(priced), AssessmentStatus::Completed, longAgo});
        }
        service.saveAll(items);
        for (const QString& id : std::as_const(ids)) {
            if (store.assessment(id)->summary.archived || !store.latestQuote(id))
                qFatal("%s did not read back from the store", qPrintable(id));
        }
        return ids;
    }

    bool cached(const CacheKey& key) { return m_raw->command({"EXISTS", key.bytes()}).integer(); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_url = RedisUrl::parse(TestServers::instance().redisUrl());
        m_raw = std::make_unique<redis::RedisConnection>(m_url);
    }

    void init() { m_raw->command({"FLUSHDB"}); } // the test server is ours alone

    void secondReadIsAHotHitWithTheSameRecord() {
        auto store = console(newFile());
        const auto saved = saveExample(*store, u"Ana Ortiz"_s);
        const auto before = store->hot()->stats();
        const auto first = store->assessment(saved.id);
        QVERIFY(first);
        QCOMPARE(store->hot()->stats().misses, before.misses + 1);
        QCOMPARE(m_raw->command({"EXISTS", CacheKey::assessment(saved.id).bytes()}).integer(), 1);
        const auto second = store->assessment(saved.id);
        QVERIFY(second);
        QCOMPARE(store->hot()->stats().hits, before.hits + 1);
        QCOMPARE(second->summary.customer, u"Ana Ortiz"_s);
        QCOMPARE(second->summary.rowVersion, first->summary.rowVersion);
        QCOMPARE(second->summary.price, first->summary.price);
        QCOMPARE(second->summary.updatedAt, first->summary.updatedAt);
        QCOMPARE(second->inputJson, first->inputJson);

        const auto quote = store->latestQuote(saved.id);
        const auto cachedQuote = store->latestQuote(saved.id);
        QVERIFY(quote && cachedQuote);
        QCOMPARE(cachedQuote->price, quote->price);
        QCOMPARE(cachedQuote->quoteJson, quote->quoteJson);
        QCOMPARE(cachedQuote->catalogVersion, quote->catalogVersion);
    }

    void catalogAndRatesAreServedFromTheHotTier() {
        auto store = console(newFile());
        ensureReferenceData(*store);
        const auto before = store->hot()->stats();
        const auto catalog = store->activeCatalog();
        QVERIFY(catalog);
        const auto cached = store->activeCatalog();
        QVERIFY(cached);
        QCOMPARE(cached->factors.size(), catalog->factors.size());
        QCOMPARE(cached->version, catalog->version);
        QVERIFY(store->activeRates());
        QVERIFY(store->activeRates());
        QCOMPARE(store->hot()->stats().hits - before.hits, 2);
    }

    void anIdThatExistsNowhereIsRememberedBriefly() {
        auto store = console(newFile());
        const auto before = store->hot()->stats();
        QVERIFY(!store->assessment(u"no-such-id"_s));
        QVERIFY(!store->assessment(u"no-such-id"_s));
        QCOMPARE(store->hot()->stats().absentHits - before.absentHits, 1);
        // Saving that id later is seen at once: the write deletes the absent entry.
        const auto saved = saveExample(*store, u"Late Arrival"_s, 0, u"no-such-id"_s);
        QCOMPARE(store->assessment(saved.id)->summary.customer, u"Late Arrival"_s);
    }

    void aWriteOnOneConsoleIsSeenAndAnnouncedOnTheOther() {
        const QString file = newFile();
        auto mine = console(file, true);
        auto theirs = console(file, true);
        QTRY_VERIFY(mine->changeFeed()->isSubscribed() && theirs->changeFeed()->isSubscribed());
        QSignalSpy heard(mine->changeFeed(), &ChangeFeed::changed);
        const auto saved = saveExample(*theirs, u"First Name"_s);
        QTRY_COMPARE(heard.size(), 1);
        QCOMPARE(mine->assessment(saved.id)->summary.customer, u"First Name"_s); // now cached

        saveExample(*theirs, u"Second Name"_s, saved.rowVersion, saved.id);
        QTRY_COMPARE(heard.size(), 2);
        const auto seen = mine->assessment(saved.id);
        QCOMPARE(seen->summary.customer, u"Second Name"_s);
        QCOMPARE(seen->summary.rowVersion, saved.rowVersion + 1);
        const auto message = heard.last().first().value<redis::ChangeMessage>();
        QCOMPARE(message.assessmentId, saved.id);
        QCOMPARE(message.origin, theirs->changeFeed()->consoleId());
    }

    void anEntryThatDoesNotDecodeIsReadAgainFromTheWarmTier() {
        auto store = console(newFile());
        const auto saved = saveExample(*store, u"Intact Customer"_s);
        // A well-formed cache entry whose content is not an assessment: the hot tier's checks
        // pass, ours must not.
        QVERIFY(store->hot()->put(CacheKey::assessment(saved.id), "{\"summary\": 42}"));
        const auto read = store->assessment(saved.id);
        QVERIFY(read);
        QCOMPARE(read->summary.customer, u"Intact Customer"_s);
        QCOMPARE(m_raw->command({"EXISTS", CacheKey::assessment(saved.id).bytes()}).integer(), 0);
    }

    void archivingDropsTheHotCopiesAndAnnouncesTheRun() {
        const QString file = newFile();
        auto mine = console(file, true);
        auto theirs = console(file, true);
        QTRY_VERIFY(mine->changeFeed()->isSubscribed() && theirs->changeFeed()->isSubscribed());
        const QStringList ids = saveOldAndCache(*mine, 3);
        for (const QString& id : ids)
            QVERIFY(cached(CacheKey::assessment(id)) && cached(CacheKey::quote(id)));
        QSignalSpy heard(theirs->changeFeed(), &ChangeFeed::changed);

        QList<QStringList> batches;
        const ArchiveRequest request{QDateTime::currentDateTimeUtc().addDays(-90), 2,
                                     [&](const QStringList& moved) { batches << moved; }};
        QCOMPARE(mine->archiveOlderThan(request).moved, 3);
        // The caller still hears each batch, after its hot keys are gone.
        QCOMPARE(batches, (QList<QStringList>{{ids[0], ids[1]}, {ids[2]}}));
        for (const QString& id : ids)
            QVERIFY2(!cached(CacheKey::assessment(id)) && !cached(CacheKey::quote(id)),
                     qPrintable(id));

        // Both consoles read them marked archived: from the archive, then from the hot tier
        // the first read filled.
        for (const QString& id : ids) {
            QVERIFY(theirs->assessment(id)->summary.archived);
            const auto hits = mine->hot()->stats().hits;
            QVERIFY(mine->assessment(id)->summary.archived);
            QCOMPARE(mine->hot()->stats().hits, hits + 1);
            QVERIFY(mine->latestQuote(id));
        }
        // One announcement for the run (the saves before it were announced on their own).
        const auto archiveMessages = [&heard] {
            QList<redis::ChangeMessage> found;
            for (const QList<QVariant>& signal : std::as_const(heard)) {
                const auto message = signal.first().value<redis::ChangeMessage>();
                if (message.kind == redis::ChangeKind::Archive)
                    found << message;
            }
            return found;
        };
        QTRY_COMPARE(archiveMessages().size(), 1);
        QTest::qWait(200);
        QCOMPARE(archiveMessages().size(), 1);
        QCOMPARE(archiveMessages().first().assessmentId, ids.last());
        QCOMPARE(archiveMessages().first().origin, mine->changeFeed()->consoleId());
    }

    void archivingWhileRedisIsDownServesNothingStale() {
        auto store = console(newFile());
        const QStringList ids = saveOldAndCache(*store, 2);
        const QByteArray key = CacheKey::assessment(ids[0]).bytes();
        const QByteArray cachedBefore = m_raw->command({"GET", key}).bytes().toByteArray();
        QVERIFY(!cachedBefore.isEmpty());

        TestServers::instance().stopRedis();
        QCOMPARE(store->archiveOlderThan({QDateTime::currentDateTimeUtc().addDays(-90)}).moved, 2);
        // Redis comes back still holding the copy from before the run, not marked archived.
        TestServers::instance().startRedis();
        m_raw = std::make_unique<redis::RedisConnection>(m_url);
        m_raw->command({"SET", key, cachedBefore});
        QTRY_VERIFY_WITH_TIMEOUT(
            (store->hot()->probe(), store->hot()->state() == HotCache::State::Online), 10000);
        QVERIFY(store->assessment(ids[0])->summary.archived);
        QVERIFY(store->assessment(ids[1])->summary.archived);
    }

    void redisStoppingMidUseLosesNothingAndServesNothingStale() {
        auto store = console(newFile());
        const auto saved = saveExample(*store, u"Before Outage"_s);
        QCOMPARE(store->assessment(saved.id)->summary.customer, u"Before Outage"_s); // cached
        const QByteArray key = CacheKey::assessment(saved.id).bytes();
        const QByteArray cachedBefore = m_raw->command({"GET", key}).bytes().toByteArray();
        QVERIFY(!cachedBefore.isEmpty());

        TestServers::instance().stopRedis();
        // Reads and writes go on from the warm tier; the hot tier only reports itself offline.
        const auto during = saveExample(*store, u"During Outage"_s, saved.rowVersion, saved.id);
        QCOMPARE(store->assessment(saved.id)->summary.customer, u"During Outage"_s);
        QCOMPARE(store->hot()->state(), HotCache::State::Offline);
        const auto another = saveExample(*store, u"Saved While Down"_s);
        QCOMPARE(store->assessment(another.id)->summary.customer, u"Saved While Down"_s);

        // Redis comes back still holding the copy cached before the outage (as after a network
        // partition): it must not be served.
        TestServers::instance().startRedis();
        m_raw = std::make_unique<redis::RedisConnection>(m_url);
        m_raw->command({"SET", key, cachedBefore});
        QTRY_VERIFY_WITH_TIMEOUT(
            (store->hot()->probe(), store->hot()->state() == HotCache::State::Online), 10000);
        const auto after = store->assessment(saved.id);
        QCOMPARE(after->summary.customer, u"During Outage"_s);
        QCOMPARE(after->summary.rowVersion, during.rowVersion);
    }
};

QTEST_GUILESS_MAIN(TieredStoreTest)
#include "tst_tiered_store.moc"

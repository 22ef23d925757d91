// Two consoles on one Redis: changes one publishes reach the other, not itself, and keep
// reaching it after Redis restarts.
#include "storage/redis/ChangeFeed.h"
#include "support/TestServers.h"

#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace treeops::storage;
using namespace treeops::storage::redis;
using namespace treeops::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

LinkOptions fastOptions() {
    LinkOptions options;
    options.backoffInitial = 100ms;
    options.backoffMaximum = 800ms;
    options.connection.connectTimeout = 500ms;
    return options;
}

ChangeMessage messageAt(const QSignalSpy& spy, qsizetype index) {
    return spy.at(index).at(0).value<ChangeMessage>();
}

} // namespace

class RedisChangeFeedTest : public QObject {
    Q_OBJECT

private:
    RedisUrl m_url;

private slots:
    void initTestCase() { m_url = RedisUrl::parse(TestServers::instance().redisUrl()); }

    void otherConsolesHearAChangeItsOriginDoesNot() {
        ChangeFeed first(m_url, u"console-a"_s, fastOptions());
        ChangeFeed second(m_url, u"console-b"_s, fastOptions());
        QSignalSpy heardByFirst(&first, &ChangeFeed::changed);
        QSignalSpy heardBySecond(&second, &ChangeFeed::changed);
        first.start();
        second.start();
        QTRY_VERIFY_WITH_TIMEOUT(first.isSubscribed() && second.isSubscribed(), 5000);

        QVERIFY(first.publish(u"A-1", ChangeKind::Save, 3));
        QTRY_COMPARE_WITH_TIMEOUT(heardBySecond.count(), 1, 5000);
        QCOMPARE(messageAt(heardBySecond, 0),
                 (ChangeMessage{u"A-1"_s, ChangeKind::Save, 3, u"console-a"_s}));

        QVERIFY(second.publish(u"A-2", ChangeKind::Delete, 9));
        QTRY_COMPARE_WITH_TIMEOUT(heardByFirst.count(), 1, 5000);
        QCOMPARE(messageAt(heardByFirst, 0),
                 (ChangeMessage{u"A-2"_s, ChangeKind::Delete, 9, u"console-b"_s}));
        // Each console's own message went past it at the same time as to the other.
        QTest::qWait(300);
        QCOMPARE(heardByFirst.count(), 1);
        QCOMPARE(heardBySecond.count(), 1);
    }

    void stoppedFeedHearsNothing() {
        ChangeFeed first(m_url, u"console-a"_s, fastOptions());
        ChangeFeed second(m_url, u"console-b"_s, fastOptions());
        QSignalSpy heard(&second, &ChangeFeed::changed);
        second.start();
        QTRY_VERIFY_WITH_TIMEOUT(second.isSubscribed(), 5000);
        second.stop();
        QVERIFY(!second.isSubscribed());
        QVERIFY(first.publish(u"A-3", ChangeKind::Status, 4));
        QTest::qWait(300);
        QCOMPARE(heard.count(), 0);
    }

    void subscriberResubscribesAfterARestart() {
        ChangeFeed first(m_url, u"console-a"_s, fastOptions());
        ChangeFeed second(m_url, u"console-b"_s, fastOptions());
        QSignalSpy heard(&second, &ChangeFeed::changed);
        second.start();
        QTRY_VERIFY_WITH_TIMEOUT(second.isSubscribed(), 5000);

        TestServers::instance().stopRedis();
        auto restart = qScopeGuard([] { TestServers::instance().startRedis(); });
        QTRY_VERIFY_WITH_TIMEOUT(!second.isSubscribed(), 5000);
        QVERIFY(!first.publish(u"A-4", ChangeKind::Save, 1)); // offline: false, no throw
        restart.dismiss();
        TestServers::instance().startRedis();

        QTRY_VERIFY_WITH_TIMEOUT(second.isSubscribed(), 5000);
        // QTRY_VERIFY evaluates its expression once more at the end: publish in a plain loop.
        QDeadlineTimer deadline(5000);
        while (!first.publish(u"A-5", ChangeKind::Save, 2) && !deadline.hasExpired())
            QTest::qWait(50);
        QVERIFY(!deadline.hasExpired());
        QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 1, 5000);
        QCOMPARE(messageAt(heard, 0).assessmentId, u"A-5"_s);
    }
};

QTEST_GUILESS_MAIN(RedisChangeFeedTest)
#include "tst_redis_change_feed.moc"

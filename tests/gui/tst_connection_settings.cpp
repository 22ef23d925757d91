// The Settings page's data connection against the real throwaway PostgreSQL and Redis, on the
// offscreen platform: URLs that hold a password are refused under their field and never saved,
// "Test connection" reaches both servers from the store worker's thread and shows their versions
// and round trips (or why not), and what was saved is what the next page shows.
#include "assessments/StoreWorker.h"
#include "main/Settings.h"
#include "settings/SettingsPage.h"
#include "support/Children.h"
#include "support/Isolation.h"
#include "support/TestServers.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QThread>

using namespace treeops;
using namespace Qt::StringLiterals;
using test::TestServers;
using treeops::test::child;
using widgets::Settings;
using widgets::SettingsPage;

namespace {

// Types `text` into the field, replacing what was there, and leaves it with Enter.
void enter(QLineEdit* field, const QString& text) {
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QString shownProblem(const SettingsPage& page, const QString& name) {
    const auto* problem = child<QLabel>(page, name);
    return problem->isVisible() ? problem->text() : QString();
}

// A test result's words, without the dot before them.
QString resultText(const QLabel* result) {
    return result->text().mid(2);
}

} // namespace

class ConnectionSettingsTest : public QObject {
    Q_OBJECT

    QThread m_thread;
    assessments::StoreWorker* m_worker = nullptr;

private slots:
    void initTestCase() {
        test::isolateFromTheUser();
        TestServers::instance(); // REDISCLI_AUTH and PGPASSFILE, as a user's machine has them
        m_worker = new assessments::StoreWorker;
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
    }

    void cleanupTestCase() {
        m_thread.quit();
        m_thread.wait();
    }

    void refusesUrlsThatHoldAPassword_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("advice");
        QTest::newRow("PostgreSQL URI")
            << u"storeUrl"_s << u"postgresql://ops:s3cret@db.local/treeops"_s << u"~/.pgpass"_s;
        QTest::newRow("PostgreSQL URI parameter")
            << u"storeUrl"_s << u"postgresql://ops@db.local/treeops?password=s3cret"_s
            << u"PGPASSWORD"_s;
        QTest::newRow("connection string")
            << u"storeUrl"_s << u"host=db.local dbname=treeops password=s3cret"_s << u"~/.pgpass"_s;
        QTest::newRow("Redis") << u"hotTierUrl"_s << u"redis://:s3cret@cache.local:6379/0"_s
                               << u"REDISCLI_AUTH"_s;
        QTest::newRow("Redis user")
            << u"hotTierUrl"_s << u"redis://ops:s3cret@cache.local/1"_s << u"REDISCLI_AUTH"_s;
    }

    void refusesUrlsThatHoldAPassword() {
        QFETCH(QString, field);
        QFETCH(QString, url);
        QFETCH(QString, advice);
        Settings().setStoreUrl({});
        Settings().setHotTierUrl({});
        SettingsPage page(m_worker);
        page.resize(1100, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        enter(child<QLineEdit>(page, field), url);

        const QString problem = shownProblem(page, field + u"Problem"_s);
        QVERIFY2(problem.contains(u"password"_s) && problem.contains(advice), qPrintable(problem));
        QVERIFY2(!problem.contains(u"s3cret"_s), qPrintable(problem));
        QCOMPARE(Settings().storeUrl(), QString());
        QCOMPARE(Settings().hotTierUrl(), QString());
        QTest::qWait(100);
        page.grab().save(QDir::current().filePath(u"settings-connection-password-%1.png"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'))));
        // Nothing is tried with a URL that cannot be kept.
        child<QPushButton>(page, u"testConnection"_s)->click();
        QVERIFY(!child<QLabel>(page, u"storeTestResult"_s)->isVisible());
        QVERIFY(!child<QLabel>(page, field + u"Problem"_s)->isHidden());

        // Typing again clears the message; a URL without the password is saved.
        QTest::keyClick(child<QLineEdit>(page, field), Qt::Key_End);
        QTest::keyClick(child<QLineEdit>(page, field), Qt::Key_Backspace);
        QVERIFY(child<QLabel>(page, field + u"Problem"_s)->isHidden());
    }

    void refusesWhatIsNotAStoreUrl() {
        SettingsPage page(m_worker);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        enter(child<QLineEdit>(page, u"storeUrl"_s), u"redis://cache.local:6379/0"_s);
        QVERIFY2(shownProblem(page, u"storeUrlProblem"_s).contains(u"hot tier"_s),
                 qPrintable(shownProblem(page, u"storeUrlProblem"_s)));
        enter(child<QLineEdit>(page, u"hotTierUrl"_s), u"postgresql://ops@db.local/treeops"_s);
        QVERIFY2(shownProblem(page, u"hotTierUrlProblem"_s).contains(u"redis://"_s),
                 qPrintable(shownProblem(page, u"hotTierUrlProblem"_s)));
        QCOMPARE(Settings().storeUrl(), QString());
        QCOMPARE(Settings().hotTierUrl(), QString());
    }

    void testsBothServersAndKeepsTheUrls() {
        const QString store = TestServers::instance().postgresUrl();
        const QString hot = TestServers::instance().redisUrl();
        {
            SettingsPage page(m_worker);
            page.resize(1100, 900);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            enter(child<QLineEdit>(page, u"storeUrl"_s), store);
            enter(child<QLineEdit>(page, u"hotTierUrl"_s), hot);
            auto* test = child<QPushButton>(page, u"testConnection"_s);
            QTest::mouseClick(test, Qt::LeftButton);
            auto* storeResult = child<QLabel>(page, u"storeTestResult"_s);
            auto* hotResult = child<QLabel>(page, u"hotTierTestResult"_s);
            QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && hotResult->isVisible(), 20000);
            QVERIFY2(resultText(storeResult).startsWith(u"Store: PostgreSQL 15"_s) &&
                         resultText(storeResult).contains(u"round trip"_s) &&
                         resultText(storeResult).contains(u" ms"_s),
                     qPrintable(resultText(storeResult)));
            QVERIFY2(resultText(hotResult).startsWith(u"Hot tier: Redis "_s) &&
                         resultText(hotResult).contains(u"round trip"_s),
                     qPrintable(resultText(hotResult)));
            QTest::qWait(100);
            page.grab().save(QDir::current().filePath(u"settings-connection.png"_s));
        }
        QCOMPARE(Settings().storeUrl(), store);
        QCOMPARE(Settings().hotTierUrl(), hot);
        const SettingsPage again(m_worker);
        QCOMPARE(child<QLineEdit>(again, u"storeUrl"_s)->text(), store);
        QCOMPARE(child<QLineEdit>(again, u"hotTierUrl"_s)->text(), hot);
    }

    void saysWhyAServerCannotBeReached() {
        SettingsPage page(m_worker);
        page.resize(1100, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Nothing listens on port 1 of this computer.
        enter(child<QLineEdit>(page, u"storeUrl"_s), u"postgresql://ops@127.0.0.1:1/treeops"_s);
        enter(child<QLineEdit>(page, u"hotTierUrl"_s), u"redis://127.0.0.1:1/0"_s);
        auto* test = child<QPushButton>(page, u"testConnection"_s);
        test->click();
        auto* storeResult = child<QLabel>(page, u"storeTestResult"_s);
        auto* hotResult = child<QLabel>(page, u"hotTierTestResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && hotResult->isVisible(), 20000);
        QVERIFY2(resultText(storeResult).contains(u"127.0.0.1:1"_s),
                 qPrintable(resultText(storeResult)));
        QVERIFY2(resultText(hotResult).contains(u"127.0.0.1:1"_s),
                 qPrintable(resultText(hotResult)));
        QTest::qWait(100);
        page.grab().save(QDir::current().filePath(u"settings-connection-unreachable.png"_s));
    }

    void theDefaultStoreIsAFileAndNoHotTierIsFine() {
        SettingsPage page(m_worker);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        enter(child<QLineEdit>(page, u"storeUrl"_s), {});
        enter(child<QLineEdit>(page, u"hotTierUrl"_s), {});
        QCOMPARE(Settings().storeUrl(), QString());
        QCOMPARE(Settings().hotTierUrl(), QString());
        auto* test = child<QPushButton>(page, u"testConnection"_s);
        test->click();
        auto* storeResult = child<QLabel>(page, u"storeTestResult"_s);
        auto* hotResult = child<QLabel>(page, u"hotTierTestResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && hotResult->isVisible(), 20000);
        QVERIFY2(resultText(storeResult).startsWith(u"Store: Embedded SQLite"_s),
                 qPrintable(resultText(storeResult)));
        QCOMPARE(resultText(hotResult), u"Hot tier: none configured"_s);
    }
};

QTEST_MAIN(ConnectionSettingsTest)
#include "tst_connection_settings.moc"

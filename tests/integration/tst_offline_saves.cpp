// Saves while the shared PostgreSQL store is really stopped: they wait in the outbox on this
// computer, survive the console quitting, and reach the store in order, once, when it is back.
// A console can even start while the server is down, quoting with the catalog and rates it kept
// from the last time it reached the store.
#include "assessments/StoreWorker.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"
#include "storage/outbox/OfflineReference.h"
#include "support/ShippedData.h"
#include "support/TestServers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace treeops;
using namespace Qt::StringLiterals;
using assessments::StoreWorker;
using test::TestServers;

namespace {

QJsonObject assessmentFor(const QString& customer) {
    QJsonObject json = test::exampleAssessment();
    QJsonObject who = json.value(u"customer"_s).toObject();
    who.insert(u"name"_s, customer);
    json.insert(u"customer"_s, who);
    return json;
}

} // namespace

class OfflineSavesTest : public QObject {
    Q_OBJECT

    QString m_url;

    std::unique_ptr<StoreWorker> openWorker() {
        auto worker = std::make_unique<StoreWorker>();
        QSignalSpy ready(worker.get(), &StoreWorker::engineReady);
        worker->open(m_url);
        if (ready.isEmpty() && !ready.wait(20000))
            qFatal("the store did not open");
        return worker;
    }

    // Saves through the worker as the editor does; answers the id it was saved under.
    static QString save(StoreWorker& worker, const QString& customer) {
        QSignalSpy saved(&worker, &StoreWorker::assessmentSaved);
        QSignalSpy failed(&worker, &StoreWorker::failed);
        worker.saveAssessment(StoreWorker::newRequestId(), assessmentFor(customer),
                              storage::AssessmentStatus::Draft, 0);
        if (saved.size() != 1)
            qFatal("the save was not taken: %s",
                   failed.isEmpty() ? "no answer" : qPrintable(failed.first().at(1).toString()));
        return saved.first().at(1).value<assessments::SavedSummary>().id;
    }

    std::optional<QString> storedCustomer(const QString& id) {
        const auto stored = storage::openStore(m_url)->assessment(id);
        return stored ? std::optional(stored->summary.customer) : std::nullopt;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_url = TestServers::instance().postgresUrl();
    }

    void savesWaitWhileTheStoreIsDownAndReplayWhenItIsBack() {
        auto worker = openWorker();
        QSignalSpy outbox(worker.get(), &StoreWorker::outboxChanged);
        const QString before = save(*worker, u"Saved While Up"_s);
        QCOMPARE(storedCustomer(before), u"Saved While Up"_s);

        TestServers::instance().stopPostgres();
        const QString first = save(*worker, u"First While Down"_s);
        const QString second = save(*worker, u"Second While Down"_s);
        QVERIFY(!outbox.isEmpty());
        QCOMPARE(outbox.last().at(0).toInt(), 2);
        QVERIFY(outbox.last().at(1).toStringList().isEmpty());

        TestServers::instance().startPostgres();
        QSignalSpy changed(worker.get(), &StoreWorker::storeChanged);
        QTRY_COMPARE_WITH_TIMEOUT(outbox.last().at(0).toInt(), 0, 20000);
        QVERIFY(!changed.isEmpty()); // lists refresh once the writes are in
        QCOMPARE(storedCustomer(first), u"First While Down"_s);
        QCOMPARE(storedCustomer(second), u"Second While Down"_s);
    }

    void waitingSavesSurviveTheConsoleQuitting() {
        QString queued;
        {
            auto worker = openWorker();
            TestServers::instance().stopPostgres();
            queued = save(*worker, u"Saved Before Quitting"_s);
        } // the console quits with the store still down
        TestServers::instance().startPostgres();
        QVERIFY(!storedCustomer(queued));

        auto worker = openWorker(); // the next start replays what waited
        QTRY_COMPARE_WITH_TIMEOUT(storedCustomer(queued), u"Saved Before Quitting"_s, 20000);
        QCOMPARE(storedCustomer(queued), u"Saved Before Quitting"_s);
    }

    void theConsoleStartsWhileTheStoreIsDownAndCatchesUpWhenItIsBack() {
        openWorker(); // this computer reaches the store once and keeps its catalog and rates
        const auto activeRates = storage::openStore(m_url)->activeRatesVersion();
        QVERIFY(activeRates);
        TestServers::instance().stopPostgres();

        StoreWorker worker;
        QSignalSpy opened(&worker, &StoreWorker::opened);
        QSignalSpy engine(&worker, &StoreWorker::engineReady);
        QSignalSpy reachable(&worker, &StoreWorker::storeReachable);
        QSignalSpy failed(&worker, &StoreWorker::failed);
        QSignalSpy outbox(&worker, &StoreWorker::outboxChanged);
        worker.open(m_url);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QCOMPARE(opened.size(), 1);
        const auto overview = opened.first().first().value<assessments::StoreOverview>();
        QCOMPARE(overview.ratesVersion, *activeRates);
        QVERIFY(overview.states.contains(u"FL"_s));
        QCOMPARE(engine.size(), 1);
        QCOMPARE(reachable.size(), 1);
        QCOMPARE(reachable.first().at(0).toBool(), false);
        QVERIFY2(reachable.first().at(1).toString().contains(u"cannot reach"_s),
                 qPrintable(reachable.first().at(1).toString()));

        // Quoted with the kept catalog and rates, and queued.
        const QString queued = save(worker, u"Started Offline"_s);
        QCOMPARE(outbox.last().at(0).toInt(), 1);

        TestServers::instance().startPostgres();
        QTRY_VERIFY_WITH_TIMEOUT(reachable.last().at(0).toBool(), 40000);
        QTRY_COMPARE_WITH_TIMEOUT(outbox.last().at(0).toInt(), 0, 20000);
        QCOMPARE(storedCustomer(queued), u"Started Offline"_s);
        QCOMPARE(opened.size(), 1); // reconnecting is not a second opening
    }

    void aStoreNeverReachedFromThisComputerDoesNotStartOffline() {
        openWorker();
        QVERIFY(QFile::remove(storage::OfflineReference(m_url).path()));
        TestServers::instance().stopPostgres();

        StoreWorker worker;
        QSignalSpy failed(&worker, &StoreWorker::failed);
        QSignalSpy opened(&worker, &StoreWorker::opened);
        worker.open(m_url);
        TestServers::instance().startPostgres();
        QCOMPARE(opened.size(), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toULongLong(), StoreWorker::OpenRequest);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(u"cannot reach"_s) &&
                     message.contains(u"has not reached the store before"_s),
                 qPrintable(message));
    }

    void anUnreadableReferenceCopyIsNamedNotUsed() {
        const storage::OfflineReference copy(u"postgresql://nobody@unreadable.invalid/x"_s);
        QDir().mkpath(QFileInfo(copy.path()).absolutePath());
        QFile file(copy.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": \"something else\"}");
        file.close();
        try {
            copy.load();
            QFAIL("an unreadable copy was accepted");
        } catch (const storage::StoreError& e) {
            QVERIFY2(e.message().contains(copy.path()), qPrintable(e.message()));
        }
        QVERIFY(file.remove());
    }
};

QTEST_GUILESS_MAIN(OfflineSavesTest)
#include "tst_offline_saves.moc"

// Saves while the shared PostgreSQL store is really stopped: they wait in the outbox on this
// computer, survive the console quitting, and reach the store in order, once, when it is back.
#include "assessments/StoreWorker.h"
#include "storage/StoreFactory.h"
#include "support/ShippedData.h"
#include "support/TestServers.h"

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
};

QTEST_GUILESS_MAIN(OfflineSavesTest)
#include "tst_offline_saves.moc"

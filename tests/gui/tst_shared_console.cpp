// Two consoles sharing one store and one Redis hot tier, on the offscreen platform: the list
// refreshes by itself when the other console saves, the hot tier's state is shown in the status
// bar (never as a dialog) when Redis stops and comes back, the list keeps its rows under a
// banner with Retry when PostgreSQL stops, a console starts while PostgreSQL is down, and
// refused changes are reviewed on the Data tiers page.
#include "assessments/AssessmentListModel.h"
#include "assessments/AssessmentService.h"
#include "assessments/AssessmentsPage.h"
#include "assessments/TierReport.h"
#include "common/StatusLabel.h"
#include "main/MainWindow.h"
#include "storage/ReferenceData.h"
#include "storage/StoreFactory.h"
#include "storage/outbox/Outbox.h"
#include "storage/redis/RedisConnection.h"
#include "storage/redis/RedisUrl.h"
#include "support/Isolation.h"
#include "support/ShippedData.h"
#include "support/TestServers.h"
#include "tiers/DataTiersPage.h"
#include "tiers/RefusedChangesView.h"
#include "workspace/AssessmentEditorPage.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace treeops;
using namespace Qt::StringLiterals;
using test::TestServers;

namespace {

QString statusText(const widgets::MainWindow& window, const QString& name) {
    const auto* label = window.findChild<QWidget*>(name);
    return label && label->isVisible() ? label->toolTip() : QString();
}

QString tierState(const QWidget& page, const QString& tier) {
    return page.findChild<QWidget*>(tier)->findChild<widgets::StatusLabel*>()->text();
}

QString tierField(const QWidget& page, const QString& tier, const QString& field) {
    return page.findChild<QWidget*>(tier)->findChild<QLabel*>(field)->text();
}

// Answers the confirmation the next click opens.
void answerNextQuestion(QMessageBox::StandardButton answer) {
    QTimer::singleShot(0, [answer] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box)
            box->button(answer)->click();
    });
}

} // namespace

class SharedConsoleTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_storeUrl;
    QString m_hotUrl;

private slots:
    void initTestCase() {
        test::isolateFromTheUser();
        QApplication::setQuitOnLastWindowClosed(false);
        QVERIFY(m_dir.isValid());
        m_storeUrl = u"sqlite://"_s + m_dir.filePath(u"shared.db"_s);
        m_hotUrl = TestServers::instance().redisUrl();
        storage::ensureReferenceData(*storage::openStore(m_storeUrl));
    }

    void listRefreshesWhenAnotherConsoleSaves() {
        widgets::MainWindow window(m_storeUrl, m_hotUrl);
        window.show();
        QSignalSpy loaded(window.assessmentsPage(), &widgets::AssessmentsPage::loaded);
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY(statusText(window, u"hotTierStatus"_s).startsWith(u"Redis"_s));
        auto* table = window.findChild<QTableView*>(u"assessmentTable"_s);
        QCOMPARE(table->model()->rowCount(), 0);

        // The other console saves until this one shows a row: the first save may come before
        // this console's subscription is in place, as between two people it might.
        const auto other = storage::openStore(m_storeUrl, m_hotUrl);
        assessments::AssessmentService service(*other);
        QTimer saver;
        connect(&saver, &QTimer::timeout, this, [&] {
            service.save(test::priceOrDie(test::exampleAssessment(), service.activeEngine()),
                         storage::AssessmentStatus::Draft);
        });
        saver.start(500);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 1, 15000);
    }

    void dataTiersPageShowsEachTierAndClearsOnlyTreeOpsKeys() {
        widgets::MainWindow window(m_storeUrl, m_hotUrl);
        window.resize(1280, 760);
        window.show();
        auto* page = window.findChild<widgets::DataTiersPage*>();
        QVERIFY(page);
        QSignalSpy reported(page, &widgets::DataTiersPage::reported);
        window.showPage(widgets::MainWindow::Page::DataTiers);
        QTRY_VERIFY_WITH_TIMEOUT(
            !reported.isEmpty() && tierState(*page, u"hotTier"_s) == u"Online"_s, 20000);
        QCOMPARE(tierState(*page, u"warmTier"_s), u"Online"_s);
        QVERIFY(tierField(*page, u"warmTier"_s, u"version"_s).startsWith(u"SQLite 3."_s));
        QVERIFY(tierField(*page, u"hotTier"_s, u"version"_s).startsWith(u"Redis "_s));
        const auto report = reported.last().first().value<assessments::TierReport>();
        QCOMPARE(tierField(*page, u"warmTier"_s, u"items"_s),
                 QLocale().toString(*report.warm.items));

        auto* result = page->findChild<QLabel*>(u"tiersResult"_s);
        page->findChild<QPushButton*>(u"testConnections"_s)->click();
        QTRY_VERIFY(result->text().contains(u"Hot tier: Redis"_s));
        QVERIFY(result->text().contains(u"Store: SQLite"_s));

        storage::redis::RedisConnection raw(storage::redis::RedisUrl::parse(m_hotUrl));
        raw.command({"SET", "other:application", "keep me"});
        raw.command({"SET", "treeops:v1:assessment:stale", "x"});
        auto* clear = page->findChild<QPushButton*>(u"clearHotTier"_s);
        QTRY_VERIFY(clear->isEnabled());
        answerNextQuestion(QMessageBox::Cancel);
        clear->click();
        QCOMPARE(raw.command({"EXISTS", "treeops:v1:assessment:stale"}).integer(), 1);
        answerNextQuestion(QMessageBox::Yes);
        clear->click();
        QTRY_VERIFY(result->text().contains(u"deleted from the hot tier"_s));
        QCOMPARE(raw.command({"EXISTS", "treeops:v1:assessment:stale"}).integer(), 0);
        QCOMPARE(raw.command({"EXISTS", "other:application"}).integer(), 1);
        QTest::qWait(100);
        window.grab().save(QDir::current().filePath(u"data-tiers.png"_s));
    }

    void archiveRunsFromThePageWithProgress() {
        const QString url = u"sqlite://"_s + m_dir.filePath(u"archive.db"_s);
        {
            const auto store = storage::openStore(url);
            storage::ensureReferenceData(*store);
            assessments::AssessmentService service(*store);
            const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-400);
            QList<assessments::AssessmentService::BatchItem> old;
            for (int i = 0; i < 2500; ++i) {
                auto priced = test::priceOrDie(test::exampleAssessment(), service.activeEngine());
                priced.assessment.id = u"OLD-%1"_s.arg(i);
                old.append({std::move(priced), storage::AssessmentStatus::Completed, longAgo});
            }
            service.saveAll(old);
            service.save(test::priceOrDie(test::exampleAssessment(), service.activeEngine()),
                         storage::AssessmentStatus::Draft);
        }
        widgets::MainWindow window(url);
        window.show();
        auto* page = window.findChild<widgets::DataTiersPage*>();
        window.showPage(widgets::MainWindow::Page::DataTiers);
        QTRY_VERIFY_WITH_TIMEOUT(tierState(*page, u"coldTier"_s) == u"Online"_s, 20000);
        QCOMPARE(tierField(*page, u"coldTier"_s, u"items"_s), u"0"_s);

        page->findChild<QPushButton*>(u"archiveRun"_s)->click();
        QVERIFY(page->findChild<QWidget*>(u"archiveProgress"_s)->isVisible());
        auto* result = page->findChild<QLabel*>(u"tiersResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"2500 assessment"_s), 60000);
        QTRY_COMPARE(tierField(*page, u"coldTier"_s, u"items"_s), QLocale().toString(2500));
        QTRY_COMPARE(tierField(*page, u"warmTier"_s, u"items"_s), u"1"_s);
        QVERIFY(!page->findChild<QWidget*>(u"archiveProgress"_s)->isVisible());
        QVERIFY(storage::openStore(url)->assessment(u"OLD-7"_s)->summary.archived);
    }

    void dataTiersPageShowsTheOutboxAndAStoppedServer() {
        const QString url = TestServers::instance().postgresUrl();
        widgets::MainWindow window(url);
        window.show();
        auto* page = window.findChild<widgets::DataTiersPage*>();
        QSignalSpy reported(page, &widgets::DataTiersPage::reported);
        window.showPage(widgets::MainWindow::Page::DataTiers);
        QTRY_VERIFY_WITH_TIMEOUT(tierState(*page, u"warmTier"_s) == u"Online"_s, 20000);
        QVERIFY(tierField(*page, u"warmTier"_s, u"version"_s).startsWith(u"PostgreSQL 15"_s));
        QCOMPARE(tierState(*page, u"hotTier"_s), u"Not configured"_s);
        QCOMPARE(page->findChild<widgets::StatusLabel*>(u"tiersOutbox"_s)->text(),
                 u"Outbox: nothing waiting"_s);

        TestServers::instance().stopPostgres();
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(tierState(*page, u"warmTier"_s) == u"Offline"_s, 20000);
        QVERIFY(!tierField(*page, u"warmTier"_s, u"problem"_s).isEmpty());
        window.grab().save(QDir::current().filePath(u"data-tiers-offline.png"_s));
        TestServers::instance().startPostgres();
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(tierState(*page, u"warmTier"_s) == u"Online"_s, 20000);
    }

    // The list keeps what it shows when the shared store stops answering, says so in a banner
    // with Retry, and loads again with Retry once the server is back.
    void theListKeepsItsRowsAndOffersRetryWhileThePostgresServerIsDown() {
        const QString url = TestServers::instance().postgresUrl();
        {
            const auto store = storage::openStore(url);
            assessments::AssessmentService service(*store);
            for (int i = 0; i < 3; ++i)
                service.save(test::priceOrDie(test::exampleAssessment(), service.activeEngine()),
                             storage::AssessmentStatus::Draft);
        }
        widgets::MainWindow window(url);
        window.resize(1280, 760);
        window.show();
        QSignalSpy loaded(window.assessmentsPage(), &widgets::AssessmentsPage::loaded);
        QVERIFY(loaded.wait(20000));
        const QAbstractItemModel* rows =
            window.findChild<QTableView*>(u"assessmentTable"_s)->model();
        const int count = rows->rowCount();
        QVERIFY(count >= 3);
        const auto customer = [rows](int row) {
            return rows->index(row, widgets::AssessmentListModel::Customer).data().toString();
        };
        QTRY_VERIFY(customer(count - 1) != u"Loading…"_s);
        const QString first = customer(0);

        TestServers::instance().stopPostgres();
        // A new search asks the store, which does not answer.
        QTest::keyClicks(window.findChild<QLineEdit*>(u"assessmentSearch"_s), u"no such name"_s);
        auto* banner = window.findChild<QLabel*>(u"errorBanner"_s);
        auto* retry = window.findChild<QPushButton*>(u"retryLoad"_s);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY2(banner->text().startsWith(u"Assessments could not be loaded: "_s) &&
                     banner->text().contains(u"rows below"_s),
                 qPrintable(banner->text()));
        QVERIFY(retry->isVisible() && retry->isEnabled());
        QCOMPARE(rows->rowCount(), count); // the rows stay, with their data
        QCOMPARE(customer(0), first);
        QVERIFY(window.findChild<QLabel*>(u"footer"_s)->text().contains(u"as loaded last"_s));
        QTest::qWait(100);
        window.grab().save(QDir::current().filePath(u"assessments-store-down.png"_s));

        // Retrying while the server is still down changes nothing but the message's age.
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 20000);
        QVERIFY(banner->isVisible());
        QCOMPARE(rows->rowCount(), count);

        TestServers::instance().startPostgres();
        QSignalSpy reloaded(window.assessmentsPage(), &widgets::AssessmentsPage::loaded);
        retry->click();
        QVERIFY(reloaded.wait(20000));
        QVERIFY(!banner->isVisible());
        QCOMPARE(rows->rowCount(), 0); // the search asked for, answered now
    }

    // The estimator keeps working while the shared store is down: the save is kept on this
    // computer, the status bar says so, and it reaches the store when the server is back.
    void aSaveWhileThePostgresServerIsDownWaitsAndIsShown() {
        const QString url = TestServers::instance().postgresUrl();
        const QString id = [&] {
            const auto store = storage::openStore(url);
            assessments::AssessmentService service(*store);
            return service
                .save(test::priceOrDie(test::exampleAssessment(), service.activeEngine()),
                      storage::AssessmentStatus::Draft)
                .id;
        }();
        widgets::MainWindow window(url);
        window.show();
        auto* editor = window.editorPage();
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasEngine(), 20000);
        QSignalSpy opened(editor, &widgets::AssessmentEditorPage::opened);
        editor->openAssessment(id);
        QVERIFY(opened.wait(20000));

        TestServers::instance().stopPostgres();
        QSignalSpy saved(editor, &widgets::AssessmentEditorPage::saved);
        editor->saveDraft();
        QVERIFY(saved.wait(20000));
        auto* waiting = window.findChild<widgets::StatusLabel*>(u"outboxStatus"_s);
        QTRY_VERIFY(waiting->text().startsWith(u"1 change"_s));
        QVERIFY(waiting->text().endsWith(u" waiting"_s));
        QVERIFY(waiting->isVisible());
        window.grab().save(QDir::current().filePath(u"outbox-waiting.png"_s));

        TestServers::instance().startPostgres();
        QTRY_VERIFY_WITH_TIMEOUT(!waiting->isVisible(), 20000);
        QCOMPARE(storage::openStore(url)->assessment(id)->summary.rowVersion, 2);
    }

    // Started while the shared store's server is down: the console opens all the same, says it
    // works offline, quotes a new assessment and keeps it on this computer, and catches up by
    // itself when the server is back.
    void theConsoleStartsWhileThePostgresServerIsDown() {
        const QString url = TestServers::instance().postgresUrl();
        {
            widgets::MainWindow first(url); // this computer reaches the store once
            QTRY_VERIFY_WITH_TIMEOUT(first.editorPage()->hasEngine(), 20000);
        }
        TestServers::instance().stopPostgres();
        widgets::MainWindow window(url);
        window.resize(1280, 760);
        window.show();
        auto* status = window.findChild<widgets::StatusLabel*>(u"storeStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Working offline"_s), 20000);
        QVERIFY(status->toolTip().contains(u"cannot reach"_s));
        auto* banner = window.findChild<QLabel*>(u"errorBanner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY2(banner->text().contains(u"You can go on working"_s), qPrintable(banner->text()));
        QTest::qWait(100);
        window.grab().save(QDir::current().filePath(u"console-started-offline.png"_s));

        widgets::AssessmentEditorPage* editor = window.editorPage();
        QVERIFY(editor->hasEngine());
        window.showPage(widgets::MainWindow::Page::Editor);
        editor->newAssessment();
        QTest::keyClicks(window.findChild<QLineEdit*>(u"customerName"_s), u"Started Offline"_s);
        QTest::keyClicks(window.findChild<QLineEdit*>(u"siteAddress"_s), u"3 Elm Row, Tampa"_s);
        QSignalSpy saved(editor, &widgets::AssessmentEditorPage::saved);
        editor->saveDraft();
        QVERIFY(saved.wait(20000));
        auto* waiting = window.findChild<widgets::StatusLabel*>(u"outboxStatus"_s);
        QTRY_VERIFY(waiting->isVisible() && waiting->text().startsWith(u"1 change"_s));

        TestServers::instance().startPostgres();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Ready: the store answers again"_s, 40000);
        QTRY_VERIFY_WITH_TIMEOUT(!waiting->isVisible(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000); // the list loaded by itself
        const auto stored = storage::openStore(url)->assessment(saved.first().first().toString());
        QVERIFY(stored);
        QCOMPARE(stored->summary.customer, u"Started Offline"_s);
    }

    // Changes the store refused in an earlier session are listed on the Data tiers page,
    // saved as JSON and discarded one by one, after a confirmation.
    void refusedChangesAreReviewedSavedAndDiscarded() {
        const QString url = TestServers::instance().postgresUrl();
        const QString outboxPath = storage::Outbox::defaultPath(url);
        QDir().mkpath(QFileInfo(outboxPath).absolutePath());
        {
            storage::Outbox outbox(outboxPath);
            storage::AssessmentWrite mine;
            mine.id = u"A-REFUSED-1"_s;
            mine.customerName = u"Ana Ruiz"_s;
            mine.address = u"12 Oak Ln, Tampa"_s;
            mine.state = u"FL"_s;
            mine.services = {u"removal"_s};
            mine.treeCount = 1;
            mine.inputJson = R"({"customer":{"name":"Ana Ruiz"}})";
            mine.expectedRowVersion = 2;
            outbox.markConflict(outbox.enqueueSave(mine),
                                u"assessment A-REFUSED-1 was changed elsewhere"_s);
            outbox.markConflict(
                outbox.enqueueStatus(u"A-REFUSED-2"_s, storage::AssessmentStatus::Quoted, 3),
                u"assessment A-REFUSED-2 was deleted elsewhere"_s);
        }
        widgets::MainWindow window(url);
        window.resize(1280, 900);
        window.show();
        // Said in the status bar from the start, where to review them in its tooltip.
        auto* statusBarOutbox = window.findChild<widgets::StatusLabel*>(u"outboxStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(statusBarOutbox->text().startsWith(u"2 change"_s), 20000);
        QVERIFY(statusBarOutbox->toolTip().contains(u"Data tiers page"_s));

        auto* page = window.findChild<widgets::DataTiersPage*>();
        window.showPage(widgets::MainWindow::Page::DataTiers);
        auto* review = page->findChild<QWidget*>(u"refusedChanges"_s);
        auto* table = page->findChild<QTableWidget*>(u"refusedTable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(review->isVisible() && table->rowCount() == 2, 20000);
        QCOMPARE(table->item(0, 0)->text(), u"A-REFUSED-1"_s);
        QVERIFY(table->item(0, 1)->text().contains(u"Ana Ruiz"_s));
        QVERIFY(table->item(0, 3)->text().contains(u"changed elsewhere"_s));
        QCOMPARE(table->item(1, 0)->text(), u"A-REFUSED-2"_s);
        QVERIFY(table->item(1, 3)->text().contains(u"deleted elsewhere"_s));
        auto* save = page->findChild<QPushButton*>(u"saveRefused"_s);
        auto* discard = page->findChild<QPushButton*>(u"discardRefused"_s);
        QVERIFY(!save->isEnabled() && !discard->isEnabled()); // nothing chosen yet

        table->selectAll();
        QVERIFY(save->isEnabled() && discard->isEnabled());
        QTest::qWait(100);
        window.grab().save(QDir::current().filePath(u"data-tiers-refused.png"_s));
        const QString file = m_dir.filePath(u"refused.json"_s);
        page->findChild<widgets::RefusedChangesView*>()->saveSelectedTo(file);
        auto* result = page->findChild<QLabel*>(u"refusedResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"2 change"_s), 20000);
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonArray changes = QJsonDocument::fromJson(saved.readAll())[u"changes"_s].toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0][u"write"_s][u"address"_s].toString(), u"12 Oak Ln, Tampa"_s);
        QCOMPARE(changes[1][u"status"_s].toString(), u"quoted"_s);

        table->selectRow(0);
        answerNextQuestion(QMessageBox::Cancel);
        discard->click();
        QCOMPARE(table->rowCount(), 2);
        answerNextQuestion(QMessageBox::Yes);
        discard->click();
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() == 1, 20000);
        QCOMPARE(table->item(0, 0)->text(), u"A-REFUSED-2"_s);
        QTRY_VERIFY(statusBarOutbox->text().startsWith(u"1 change"_s));
        QCOMPARE(storage::Outbox(outboxPath).conflicts().size(), 1);

        table->selectRow(0);
        answerNextQuestion(QMessageBox::Yes);
        discard->click();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isVisible(), 20000);
        QTRY_VERIFY(!statusBarOutbox->isVisible());
        QCOMPARE(storage::Outbox(outboxPath).conflicts().size(), 0);
    }

    void redisStoppingIsShownInTheStatusBarOnly() {
        widgets::MainWindow window(m_storeUrl, m_hotUrl);
        window.show();
        QSignalSpy loaded(window.assessmentsPage(), &widgets::AssessmentsPage::loaded);
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY(!statusText(window, u"hotTierStatus"_s).isEmpty());
        auto* table = window.findChild<QTableView*>(u"assessmentTable"_s);
        QTRY_VERIFY(table->model()->rowCount() >= 1);

        TestServers::instance().stopRedis();
        // Opening an assessment reads through the hot tier, which finds Redis gone.
        QSignalSpy opened(window.editorPage(), &widgets::AssessmentEditorPage::opened);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(opened.wait(20000));
        QTRY_VERIFY(statusText(window, u"hotTierStatus"_s).contains(u"Reads go to the store"_s));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        window.grab().save(QDir::current().filePath(u"hot-tier-offline.png"_s));
        TestServers::instance().startRedis();
    }
};

QTEST_MAIN(SharedConsoleTest)
#include "tst_shared_console.moc"

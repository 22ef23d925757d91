// Two consoles sharing one store and one Redis hot tier, on the offscreen platform: the list
// refreshes by itself when the other console saves, and the hot tier's state is shown in the
// status bar (never as a dialog) when Redis stops and comes back.
#include "assessments/AssessmentService.h"
#include "assessments/AssessmentsPage.h"
#include "main/MainWindow.h"
#include "storage/ReferenceData.h"
#include "storage/StoreFactory.h"
#include "support/ShippedData.h"
#include "support/TestServers.h"
#include "workspace/AssessmentEditorPage.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
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

} // namespace

class SharedConsoleTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_storeUrl;
    QString m_hotUrl;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .removeRecursively();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
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

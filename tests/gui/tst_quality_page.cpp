// The Quality page in the main window on the offscreen platform, against a real SQLite store
// seeded with demo assessments and broken on purpose (one quote's price changed, and the shipped
// rates' apprentice wage is under California's minimum): the empty state, a run with its
// progress, the score, trend and dimension charts, the rule table's filters, the drill-down that
// opens the broken assessment, Cancel, one alert per incident (delivered to a local webhook), the
// exports, and a rendering to look at.
#include "assessments/DemoSeeder.h"
#include "main/MainWindow.h"
#include "quality/AlertNotifier.h"
#include "quality/CustomRuleDialog.h"
#include "quality/DimensionChart.h"
#include "quality/QualityPage.h"
#include "quality/RuleResultsModel.h"
#include "quality/ScoreTrendChart.h"
#include "storage/ReferenceData.h"
#include "storage/sqlite/SqliteDatabase.h"
#include "storage/sqlite/SqliteStore.h"
#include "support/Children.h"
#include "support/Isolation.h"
#include "workspace/AssessmentEditorPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace treeops;
using namespace Qt::StringLiterals;
using widgets::MainWindow;
using widgets::QualityPage;
using widgets::RuleResultsModel;

Q_DECLARE_METATYPE(widgets::ReportFormat)

namespace {

constexpr int Seeded = 40;
const QString BrokenQuoteRule = u"assessments.quote_recomputes"_s;

// A webhook receiver: answers every request with 204 and keeps the bodies it was sent.
class WebhookReceiver : public QObject {
public:
    WebhookReceiver() {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }
    QString url() const { return u"http://127.0.0.1:%1/alerts"_s.arg(m_server.serverPort()); }
    QList<QJsonObject> bodies;

private:
    void read(QTcpSocket* socket) {
        m_buffer += socket->readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        const qsizetype lengthAt = m_buffer.toLower().indexOf("content-length:");
        if (headerEnd < 0 || lengthAt < 0)
            return;
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", lengthAt);
        const int length = m_buffer.mid(lengthAt + 15, lineEnd - lengthAt - 15).trimmed().toInt();
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        bodies.append(QJsonDocument::fromJson(m_buffer.mid(headerEnd + 4, length)).object());
        m_buffer.clear();
        socket->write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_buffer;
};

} // namespace

class QualityPageTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_brokenId;
    std::unique_ptr<WebhookReceiver> m_webhook;
    std::unique_ptr<MainWindow> m_window;

    QualityPage* page() const { return m_window->qualityPage(); }
    template <typename T> T* child(const QString& name) const {
        return test::child<T>(*m_window, name);
    }
    QAbstractItemModel* table() const { return child<QTableView>(u"ruleTable"_s)->model(); }
    int pointCount() const {
        return child<widgets::ScoreTrendChart>(u"qualityTrend"_s)->pointCount();
    }
    // Runs every rule from the Run now button and waits for the dashboard to show the run.
    void runAndWait() {
        const int before = pointCount();
        QTest::mouseClick(child<QPushButton>(u"runQualityButton"_s), Qt::LeftButton);
        QVERIFY(page()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isRunning() && pointCount() == before + 1, 60'000);
    }
    int rowOf(const QString& ruleId) const {
        for (int row = 0; row < table()->rowCount(); ++row)
            if (table()
                    ->index(row, RuleResultsModel::Rule)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(ruleId + u'\n'))
                return row;
        return -1;
    }

private slots:
    void initTestCase() {
        test::isolateFromTheUser();
        QApplication::setQuitOnLastWindowClosed(false);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"quality.db"_s);
        {
            storage::SqliteStore store(path);
            storage::ensureReferenceData(store);
            QCOMPARE(assessments::DemoSeeder(store, 11).seed(Seeded), Seeded);
        }
        storage::SqliteDatabase db(path);
        auto first = db.prepare(u"SELECT min(id) FROM assessments"_s);
        QVERIFY(first.step());
        m_brokenId = first.text(0);
        db.execute(
            u"UPDATE quotes SET price = price + 5 WHERE assessment_id = '%1'"_s.arg(m_brokenId));

        m_webhook = std::make_unique<WebhookReceiver>();
        qputenv("TREEOPS_QUALITY_WEBHOOK_URL", m_webhook->url().toUtf8());
        m_window = std::make_unique<MainWindow>(u"sqlite://"_s + path);
        QSignalSpy shown(page(), &QualityPage::dashboardShown);
        m_window->resize(1400, 900);
        m_window->show();
        m_window->showPage(MainWindow::Page::Quality);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30'000);
    }

    void showsWhatThePageIsForBeforeTheFirstRun() {
        auto* views = child<QStackedWidget>(u"qualityViews"_s);
        QTRY_COMPARE(views->currentWidget(), child<QWidget>(u"qualityEmpty"_s));
        QVERIFY(!child<QWidget>(u"exportQuality"_s)->isEnabled());
        QVERIFY(child<QWidget>(u"runQualityButton"_s)->isEnabled());
    }

    void runShowsTheScoreRulesAndCharts() {
        QSignalSpy alerts(page()->alerts(), &widgets::AlertNotifier::notified);
        QSignalSpy delivered(page()->alerts(), &widgets::AlertNotifier::webhookDelivered);
        QSignalSpy progress(child<QProgressBar>(u"qualityProgress"_s), &QProgressBar::valueChanged);
        runAndWait();
        QVERIFY(!progress.isEmpty());
        QCOMPARE(child<QStackedWidget>(u"qualityViews"_s)->currentIndex(), 1);
        QVERIFY(table()->rowCount() >= 24);
        QVERIFY(!child<QLabel>(u"qualityScore"_s)->text().isEmpty());
        QCOMPARE(pointCount(), 1);
        QVERIFY(child<widgets::DimensionChart>(u"qualityDimensions"_s)->categories().size() >= 6);

        // Sorted worst first: the broken quote's rule fails, near the top.
        const int broken = rowOf(BrokenQuoteRule);
        QVERIFY(broken >= 0);
        QCOMPARE(table()->index(broken, RuleResultsModel::Status).data().toString(), u"Fail"_s);
        QCOMPARE(table()->index(broken, RuleResultsModel::Failing).data().toString(),
                 u"1 of %1"_s.arg(Seeded));

        // A critical failure: one alert, its webhook body naming the rule.
        QCOMPARE(alerts.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10'000);
        QCOMPARE(m_webhook->bodies.size(), 1);
        const QJsonObject body = m_webhook->bodies.constFirst();
        QCOMPARE(body.value(u"schema"_s).toString(), u"treeops.quality-alert/1"_s);
        QVERIFY(QJsonDocument(body).toJson().contains(BrokenQuoteRule.toUtf8()));
    }

    void theSameIncidentAlertsOnce() {
        QSignalSpy alerts(page()->alerts(), &widgets::AlertNotifier::notified);
        runAndWait();
        QCOMPARE(pointCount(), 2);
        QCOMPARE(alerts.size(), 0);
        QTest::qWait(200);
        QCOMPARE(m_webhook->bodies.size(), 1);
    }

    void filtersBySeverityStatusAndDataset() {
        auto* status = child<QComboBox>(u"qualityStatusFilter"_s);
        status->setCurrentIndex(status->findText(u"Fail"_s));
        QVERIFY(table()->rowCount() >= 2); // the broken quote and the minimum wage
        for (int row = 0; row < table()->rowCount(); ++row)
            QCOMPARE(table()->index(row, RuleResultsModel::Status).data().toString(), u"Fail"_s);
        auto* dataset = child<QComboBox>(u"qualityDatasetFilter"_s);
        dataset->setCurrentIndex(dataset->findText(u"rates"_s));
        QCOMPARE(table()->rowCount(), 1);
        QVERIFY(rowOf(u"rates.minimum_wage"_s) == 0);
        dataset->setCurrentIndex(0);
        auto* severity = child<QComboBox>(u"qualitySeverityFilter"_s);
        severity->setCurrentIndex(severity->findText(u"Critical"_s));
        QCOMPARE(rowOf(BrokenQuoteRule), 0);
        QCOMPARE(table()->rowCount(), 1);
        severity->setCurrentIndex(0);
        status->setCurrentIndex(0);
        QVERIFY(table()->rowCount() >= 24);
    }

    void drillDownOpensTheFailingAssessment() {
        auto* view = child<QTableView>(u"ruleTable"_s);
        view->selectRow(rowOf(BrokenQuoteRule));
        auto* keys = child<QListWidget>(u"failingKeys"_s);
        QCOMPARE(keys->count(), 1);
        QCOMPARE(keys->item(0)->text(), m_brokenId);
        QVERIFY(child<QLabel>(u"drillDetails"_s)->text().contains(u"1 of %1"_s.arg(Seeded)));
        const QRect itemRect = keys->visualItemRect(keys->item(0));
        QTest::mouseClick(keys->viewport(), Qt::LeftButton, {}, itemRect.center());
        QTest::mouseDClick(keys->viewport(), Qt::LeftButton, {}, itemRect.center());
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Editor);
        QTRY_COMPARE(m_window->editorPage()->assessmentId(), m_brokenId);
        m_window->showPage(MainWindow::Page::Quality);
    }

    void cancelKeepsNoRun() {
        const int before = pointCount();
        QTest::mouseClick(child<QPushButton>(u"runQualityButton"_s), Qt::LeftButton);
        QVERIFY(page()->isRunning());
        QTest::mouseClick(child<QPushButton>(u"cancelQualityButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isRunning(), 30'000);
        QVERIFY(child<QLabel>(u"qualityResult"_s)->text().contains(u"cancelled"_s));
        QTest::qWait(100);
        QCOMPARE(pointCount(), before);
    }

    void exportsTheRun_data() {
        QTest::addColumn<widgets::ReportFormat>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("html") << widgets::ReportFormat::Html << u"run.html"_s
                              << BrokenQuoteRule.toUtf8();
        QTest::newRow("pdf") << widgets::ReportFormat::Pdf << u"run.pdf"_s << QByteArray("%PDF-");
        QTest::newRow("csv") << widgets::ReportFormat::Csv << u"run.csv"_s
                             << QByteArray("run,rule,name,dimension,severity");
        QTest::newRow("json") << widgets::ReportFormat::Json << u"run.json"_s
                              << QByteArray("treeops.quality-run/1");
    }
    void exportsTheRun() {
        QFETCH(widgets::ReportFormat, format);
        QFETCH(QString, file);
        QFETCH(QByteArray, expected);
        const QString path = m_dir.filePath(file);
        QVERIFY(page()->exportLatest(format, path));
        QTRY_VERIFY(child<QLabel>(u"qualityResult"_s)->text().startsWith(u"Saved"_s));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY2(written.readAll().contains(expected), qPrintable(path));
    }

    void rendersForALook() {
        const QString folder = qEnvironmentVariable("TREEOPS_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set TREEOPS_SCREENSHOT_DIR to keep the rendering");
        auto* view = child<QTableView>(u"ruleTable"_s);
        view->selectRow(rowOf(BrokenQuoteRule));
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(folder + u"/quality-page.png"_s));
        QVERIFY(
            page()->exportLatest(widgets::ReportFormat::Pdf, folder + u"/quality-report.pdf"_s));
        QTRY_VERIFY(child<QLabel>(u"qualityResult"_s)->text().startsWith(u"Saved"_s));
    }

    // A data engineer writes a rule in the console: the form names what is wrong, a built-in id
    // and a query that writes are refused, "Try" shows what the query finds, "Save" keeps it and
    // checks it at once, and editing it keeps version 2.
    void dataEngineersWriteTryAndKeepACustomRule() {
        page()->findChild<QAction*>(u"newCustomRule"_s)->trigger();
        const QPointer<widgets::CustomRuleDialog> dialog =
            page()->findChild<widgets::CustomRuleDialog*>(u"customRuleDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        auto* result = dialog->findChild<QLabel*>(u"customRuleResult"_s);
        const auto field = [dialog](const QString& name) {
            return dialog->findChild<QLineEdit*>(name);
        };
        auto* sql = dialog->findChild<QPlainTextEdit*>(u"customRuleSql"_s);
        const auto press = [dialog](const QString& button) {
            QTest::mouseClick(dialog->findChild<QPushButton*>(button), Qt::LeftButton);
        };

        press(u"saveCustomRule"_s);
        QVERIFY2(result->text().contains(u"Id: "_s) && result->text().contains(u"Query: "_s),
                 qPrintable(result->text()));

        QTest::keyClicks(field(u"customRuleId"_s), u"assessments.duplicates"_s);
        QTest::keyClicks(field(u"customRuleName"_s), u"The assessment a quote was changed on"_s);
        QTest::keyClicks(field(u"customRuleDataset"_s), u"assessments"_s);
        QTest::keyClicks(sql, u"DELETE FROM assessments"_s);
        press(u"tryCustomRule"_s);
        QTRY_VERIFY(result->text().contains(u"built-in"_s));

        field(u"customRuleId"_s)->clear();
        QTest::keyClicks(field(u"customRuleId"_s), u"custom.changed_quote"_s);
        press(u"tryCustomRule"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Nothing was kept"_s), 10'000);
        QVERIFY2(!result->text().contains(u"built-in"_s), qPrintable(result->text()));

        sql->setPlainText(u"SELECT id AS key, CASE WHEN id = '%1' THEN 1 ELSE 0 END AS failing "
                          "FROM assessments"_s.arg(m_brokenId));
        press(u"tryCustomRule"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"failing: 1."_s), 10'000);
        QVERIFY2(result->text().startsWith(u"Rows examined: %1; failing: 1."_s.arg(Seeded)),
                 qPrintable(result->text()));
        QVERIFY(result->text().contains(m_brokenId));
        if (const QString folder = qEnvironmentVariable("TREEOPS_SCREENSHOT_DIR");
            !folder.isEmpty()) {
            QTest::qWait(100);
            QVERIFY(dialog->grab().save(folder + u"/custom-rule.png"_s));
        }

        press(u"saveCustomRule"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10'000); // closed and deleted once kept
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isRunning() && rowOf(u"custom.changed_quote"_s) >= 0,
                                 30'000);
        const int row = rowOf(u"custom.changed_quote"_s);
        QCOMPARE(table()->index(row, RuleResultsModel::Status).data().toString(), u"Fail"_s);

        child<QTableView>(u"ruleTable"_s)->selectRow(row);
        auto* edit = page()->findChild<QAction*>(u"editCustomRule"_s);
        QVERIFY(edit->isEnabled());
        edit->trigger();
        const QPointer<widgets::CustomRuleDialog> again =
            page()->findChild<widgets::CustomRuleDialog*>(u"customRuleDialog"_s);
        QVERIFY(again && again->isVisible());
        QVERIFY(again->findChild<QLineEdit*>(u"customRuleId"_s)->isReadOnly());
        QVERIFY(again->findChild<QLabel*>(u"customRuleVersion"_s)->text().contains(u"version 2"_s));
        auto* fail = again->findChild<QLineEdit*>(u"customRuleFail"_s);
        fail->clear();
        QTest::keyClicks(fail, u"5%"_s); // 1 of 40 is 2.5 %: a warning now
        QTest::mouseClick(again->findChild<QPushButton*>(u"saveCustomRule"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!again, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            table()
                ->index(rowOf(u"custom.changed_quote"_s), RuleResultsModel::Status)
                .data()
                .toString(),
            u"Warn"_s, 30'000);
    }

    // Versions 1 (fail above 0) and 2 (fail above 5 %) of the rule the test above kept.
    void earlierVersionsAreComparedAndALongTryStopped() {
        const int row = rowOf(u"custom.changed_quote"_s);
        QVERIFY(row >= 0);
        child<QTableView>(u"ruleTable"_s)->selectRow(row);
        page()->findChild<QAction*>(u"editCustomRule"_s)->trigger();
        const QPointer<widgets::CustomRuleDialog> dialog =
            page()->findChild<widgets::CustomRuleDialog*>(u"customRuleDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        auto* versions = dialog->findChild<QComboBox*>(u"customRuleVersions"_s);
        auto* comparison = dialog->findChild<QPlainTextEdit*>(u"customRuleComparison"_s);
        auto* sql = dialog->findChild<QPlainTextEdit*>(u"customRuleSql"_s);
        auto* fail = dialog->findChild<QLineEdit*>(u"customRuleFail"_s);
        QTRY_COMPARE(versions->count(), 2);
        QVERIFY(comparison->isVisible());
        // What the last save changed: the earlier version against the form, which holds the newest.
        QCOMPARE(versions->currentIndex(), 0);
        QCOMPARE(comparison->toPlainText(), u"Fail above: 0 → 5%"_s);
        versions->setCurrentIndex(1);
        QVERIFY(comparison->toPlainText().contains(u"version 2 as it was kept"_s));

        const QString kept = sql->toPlainText();
        sql->setPlainText(kept + u"\nWHERE status = 'draft'"_s);
        QCOMPARE(comparison->toPlainText(), u"Query (- version 2, + the form):\n  "_s + kept +
                                                u"\n+ WHERE status = 'draft'"_s);
        versions->setCurrentIndex(0);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"restoreCustomRuleVersion"_s),
                          Qt::LeftButton);
        QCOMPARE(fail->text(), u"0"_s);
        QCOMPARE(sql->toPlainText(), kept);
        QVERIFY(comparison->toPlainText().contains(u"version 1 as it was kept"_s));
        if (const QString folder = qEnvironmentVariable("TREEOPS_SCREENSHOT_DIR");
            !folder.isEmpty()) {
            versions->setCurrentIndex(1);
            QTest::qWait(100);
            QVERIFY(dialog->grab().save(folder + u"/custom-rule-versions.png"_s));
        }

        // A query that would run to the statement timeout stops when asked.
        sql->setPlainText(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                          "SELECT i AS key, 0 AS failing FROM n"_s);
        auto* stop = dialog->findChild<QPushButton*>(u"stopCustomRule"_s);
        QVERIFY(!stop->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"tryCustomRule"_s), Qt::LeftButton);
        QVERIFY(stop->isVisible());
        QElapsedTimer stopping;
        stopping.start();
        QTest::mouseClick(stop, Qt::LeftButton);
        auto* result = dialog->findChild<QLabel*>(u"customRuleResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"cancelled"_s), 10'000);
        QVERIFY2(stopping.elapsed() < 10'000, "stopped by the statement timeout, not when asked");
        QVERIFY(result->text().contains(u"Nothing was kept"_s));
        QVERIFY(!stop->isVisible());
        dialog->reject();
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(QualityPageTest)
#include "tst_quality_page.moc"

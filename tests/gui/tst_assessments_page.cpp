// The main window and its Assessments page on the offscreen platform, against real SQLite
// stores: lazy loading, search, filters, store-side sorting, archived assessments (marked, and
// read-only in the editor), the empty and error states, remembered layout, and a rendering to
// look at.
#include "assessments/AssessmentListModel.h"
#include "assessments/AssessmentService.h"
#include "assessments/AssessmentText.h"
#include "assessments/AssessmentsPage.h"
#include "assessments/DemoData.h"
#include "main/AboutDialog.h"
#include "main/MainWindow.h"
#include "storage/ClientLibraries.h"
#include "storage/ReferenceData.h"
#include "storage/Store.h"
#include "storage/StoreFactory.h"
#include "storage/sqlite/SqliteVersion.h"
#include "support/Children.h"
#include "support/Isolation.h"
#include "workspace/AssessmentEditorPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <chrono>
#include <memory>

using namespace treeops;
using namespace Qt::StringLiterals;
using treeops::test::child;
using widgets::AssessmentListModel;
using widgets::MainWindow;

namespace {

constexpr int SeededCount = 300;
constexpr int StatusCount = SeededCount / storage::AssessmentStatusCount;

// Demo assessments through the service, as the CLI stores them; statuses take turns. The
// first was updated `age` ago, each next one an hour earlier.
void seed(storage::Store& store, int count, std::chrono::hours age = {}) {
    storage::ensureReferenceData(store);
    assessments::AssessmentService service(store);
    assessments::DemoData demo(*store.activeCatalog(), *store.activeRates(), 7);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-3600LL * age.count());
    QList<assessments::AssessmentService::BatchItem> batch;
    for (int i = 0; i < count; ++i) {
        Problems problems;
        auto priced = service.price(demo.next(), problems);
        if (!priced)
            qFatal("demo data did not price: %s", qPrintable(joinProblems(problems)));
        priced->assessment.id = assessments::AssessmentService::newAssessmentId();
        const auto status =
            static_cast<storage::AssessmentStatus>(i % storage::AssessmentStatusCount);
        batch.append({std::move(*priced), status, now.addSecs(-3600LL * i)});
    }
    service.saveAll(batch);
}

QString cell(const QAbstractItemModel* model, int row, int column) {
    return model->index(row, column).data().toString();
}

// Every row has arrived (a loading row has no Updated time) and satisfies `matches`.
template <typename Predicate> bool allRows(const QAbstractItemModel* model, Predicate matches) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (cell(model, row, AssessmentListModel::Updated).isEmpty() || !matches(row))
            return false;
    }
    return true;
}

} // namespace

class AssessmentsPageTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_seededUrl;

    QString urlFor(const QString& name) const { return u"sqlite://"_s + m_dir.filePath(name); }

    static std::unique_ptr<MainWindow> openWindow(const QString& url) {
        auto window = std::make_unique<MainWindow>(url);
        window->resize(1280, 760);
        window->show();
        return window;
    }
    static QAbstractItemModel* model(const MainWindow& window) {
        return child<QTableView>(window, u"assessmentTable"_s)->model();
    }
    static QString statusBarText(const MainWindow& window) {
        return child<QWidget>(window, u"storeStatus"_s)->toolTip();
    }

private slots:
    void initTestCase() {
        test::isolateFromTheUser();
        QApplication::setQuitOnLastWindowClosed(false);
        QVERIFY(m_dir.isValid());
        m_seededUrl = urlFor(u"seeded.db"_s);
        seed(*storage::openStore(m_seededUrl), SeededCount);
    }

    // A year of a busy company's work: the list must open and scroll without loading it all.
    void opensAndScrollsAHundredThousandAssessments() {
        constexpr int Count = 100'000;
        const QString url = urlFor(u"large.db"_s);
        {
            const auto store = storage::openStore(url);
            storage::ensureReferenceData(*store);
            assessments::AssessmentService service(*store);
            assessments::DemoData demo(*store->activeCatalog(), *store->activeRates(), 3);
            Problems problems;
            const auto priced = service.price(demo.next(), problems);
            QVERIFY(priced);
            // One stored job copied under many ids and dates keeps seeding to seconds.
            const auto first = service.save(*priced, storage::AssessmentStatus::Quoted);
            const auto stored = store->assessment(first.id);
            storage::AssessmentWrite write;
            write.customerName = stored->summary.customer;
            write.address = stored->summary.address;
            write.state = stored->summary.state;
            write.services = stored->summary.services;
            write.treeCount = stored->summary.treeCount;
            write.status = storage::AssessmentStatus::Quoted;
            write.inputJson = stored->inputJson;
            write.quote = store->latestQuote(first.id);
            QList<storage::AssessmentWrite> writes;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int i = 1; i < Count; ++i) {
                write.id = u"A-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
                write.recordedAt = now.addSecs(-60LL * i);
                writes.append(write);
            }
            store->saveAssessments(writes);
        }
        QElapsedTimer opening;
        opening.start();
        const auto window = openWindow(url);
        QTRY_COMPARE_WITH_TIMEOUT(model(*window)->rowCount(), Count, 20000);
        QTRY_VERIFY(model(*window)->index(0, AssessmentListModel::Customer).data() !=
                    QVariant(tr("Loading…")));
        qInfo("100,000 assessments: first page shown after %lld ms", opening.elapsed());

        auto* table = child<QTableView>(*window, u"assessmentTable"_s);
        table->scrollToBottom();
        const QModelIndex last = model(*window)->index(Count - 1, AssessmentListModel::Updated);
        QTRY_VERIFY(!last.data().toString().isEmpty() && last.data() != QVariant(tr("Loading…")));
        QTRY_COMPARE(last.data(Qt::ToolTipRole).isValid(), true);
    }

    void rowActionsDuplicateMoveAndDelete() {
        const QString url = urlFor(u"actions.db"_s);
        seed(*storage::openStore(url), 2);
        const auto window = openWindow(url);
        widgets::AssessmentsPage* page = window->assessmentsPage();
        auto* table = child<QTableView>(*window, u"assessmentTable"_s);
        QTRY_COMPARE(model(*window)->rowCount(), 2);
        const auto selectFirst = [&] {
            table->setCurrentIndex(model(*window)->index(0, 0));
            return !page->currentId().isEmpty();
        };
        QTRY_VERIFY(selectFirst());
        // New, Open, Duplicate, Delete, Change status, Copy as CSV
        const QList<QAction*> actions = page->rowActions();

        actions[2]->trigger();
        QTRY_COMPARE(model(*window)->rowCount(), 3);

        QTRY_VERIFY(selectFirst());
        const QString id = page->currentId();
        const auto before = storage::openStore(url)->assessment(id)->summary.status;
        QMenu* statuses = actions[4]->menu();
        emit statuses->aboutToShow();
        QVERIFY(!statuses->actions().isEmpty());
        statuses->actions().first()->trigger();
        QTRY_VERIFY(storage::openStore(url)->assessment(id)->summary.status != before);
        // Deleting acts on the row's version, so wait until the list shows the moved one.
        const QString moved = widgets::AssessmentText::status(
            storage::openStore(url)->assessment(id)->summary.status);
        QTRY_COMPARE(model(*window)->index(0, AssessmentListModel::Status).data().toString(),
                     moved);

        QTRY_VERIFY(selectFirst());
        const QString doomed = page->currentId();
        QTimer::singleShot(0, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        actions[3]->trigger();
        QTRY_COMPARE(model(*window)->rowCount(), 2);
        QVERIFY(!storage::openStore(url)->assessment(doomed));
        QCOMPARE(storage::openStore(url)->deletedAssessments(5).first().id, doomed);
    }

    void archivedAssessmentsAreMarkedAndOpenReadOnly() {
        using namespace std::chrono_literals;
        const QString url = urlFor(u"archived.db"_s);
        {
            const auto store = storage::openStore(url);
            seed(*store, 3);
            seed(*store, 2, 24h * 400);
            const storage::ArchiveRequest olderThan90Days{
                QDateTime::currentDateTimeUtc().addDays(-90)};
            QCOMPARE(store->archiveOlderThan(olderThan90Days).moved, 2);
        }
        const auto window = openWindow(url);
        widgets::AssessmentsPage* page = window->assessmentsPage();
        const QAbstractItemModel* rows = model(*window);
        QTRY_COMPARE(rows->rowCount(), 3);

        QTest::mouseClick(child<QCheckBox>(*window, u"showArchived"_s), Qt::LeftButton);
        QTRY_COMPARE(rows->rowCount(), 5);
        QTRY_VERIFY(allRows(rows, [](int) { return true; }));
        for (int row = 0; row < 5; ++row) {
            const QModelIndex status = rows->index(row, AssessmentListModel::Status);
            // Newest first: the store's three, then the archive's two, marked.
            QCOMPARE(status.data().toString().startsWith(u"Archived · "_s), row >= 3);
            QCOMPARE(status.data(Qt::ToolTipRole).toString().contains(u"read-only"_s), row >= 3);
            QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
        QTRY_VERIFY(child<QLabel>(*window, u"footer"_s)->text().startsWith(u"5 assessment"_s));

        // New, Open, Duplicate, Delete, Change status, Copy as CSV
        const QList<QAction*> actions = page->rowActions();
        auto* table = child<QTableView>(*window, u"assessmentTable"_s);
        table->setCurrentIndex(rows->index(3, 0));
        QVERIFY(actions[1]->isEnabled() && actions[2]->isEnabled());
        QVERIFY(!actions[3]->isEnabled()); // the store would refuse: not offered
        QVERIFY(!actions[4]->isEnabled());
        const QString archivedId = page->currentId();
        QTest::qWait(100);
        window->grab().save(QDir::current().filePath(u"assessments-archived.png"_s));

        widgets::AssessmentEditorPage* editor = window->editorPage();
        QSignalSpy opened(editor, &widgets::AssessmentEditorPage::opened);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(opened.wait(10000));
        QCOMPARE(editor->assessmentId(), archivedId);
        auto* banner = child<QLabel>(*window, u"editorBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"archive"_s) && banner->text().contains(u"read-only"_s),
                 qPrintable(banner->text()));
        // Read, not edited: fields read-only, rows not editable, nothing to add or remove.
        auto* customer = child<QLineEdit>(*window, u"customerName"_s);
        QVERIFY(customer->isReadOnly() && customer->isEnabled());
        QVERIFY(!customer->isClearButtonEnabled());
        QCOMPARE(child<QTableView>(*window, u"trees"_s)->editTriggers(),
                 QAbstractItemView::NoEditTriggers);
        QVERIFY(!child<QWidget>(*window, u"treesAdd"_s)->isEnabled());
        QVERIFY(!editor->editActions()[0]->isEnabled()); // save
        QVERIFY(!editor->editActions()[1]->isEnabled()); // mark quoted
        QVERIFY(editor->editActions()[2]->isEnabled());  // export PDF: reading is fine
        QVERIFY(!child<QWidget>(*window, u"clearAll"_s)->isEnabled());
        QTest::qWait(100);
        window->grab().save(QDir::current().filePath(u"editor-archived.png"_s));
        auto* tabs = editor->findChild<QTabWidget*>();
        tabs->setCurrentIndex(1);
        child<QCheckBox>(*window, u"selectedOnly"_s)->setChecked(true);
        QTest::qWait(100);
        window->grab().save(QDir::current().filePath(u"editor-archived-factors.png"_s));
        tabs->setCurrentIndex(0);

        // A copy is a new draft, editable again; the archived one stays as it was.
        QSignalSpy saved(editor, &widgets::AssessmentEditorPage::saved);
        child<QPushButton>(*window, u"copyArchived"_s)->click();
        QVERIFY(saved.wait(10000));
        QVERIFY(editor->assessmentId() != archivedId);
        QVERIFY(!customer->isReadOnly());
        QVERIFY(child<QWidget>(*window, u"treesAdd"_s)->isEnabled());
        QVERIFY(editor->editActions()[0]->isEnabled());
        QVERIFY(!banner->isVisible());
        const auto store = storage::openStore(url);
        QCOMPARE(store->assessment(editor->assessmentId())->summary.status,
                 storage::AssessmentStatus::Draft);
        QVERIFY(store->assessment(archivedId)->summary.archived);
        QTRY_COMPARE(rows->rowCount(), 6);
    }

    void listsEverySeededAssessment() {
        const auto window = openWindow(m_seededUrl);
        QTRY_COMPARE(model(*window)->rowCount(), SeededCount);
        QTRY_VERIFY(child<QLabel>(*window, u"footer"_s)->text().contains(u"300"_s));
        // Newest first; the seeded assessments are an hour apart.
        QTRY_COMPARE(model(*window)->index(1, AssessmentListModel::Updated).data(Qt::ToolTipRole),
                     QVariant(u"1 h ago"_s));
        QCOMPARE(statusBarText(*window), u"Ready"_s);
        QVERIFY(child<QLabel>(*window, u"storeLocation"_s)->text().contains(u"seeded.db"_s));
        QVERIFY(child<QWidget>(*window, u"assessmentTable"_s)->isVisible());
        QVERIFY(!child<QWidget>(*window, u"assessmentsEmptyState"_s)->isVisible());
    }

    void findShortcutFocusesTheSearch() {
        const auto window = openWindow(m_seededUrl);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto* search = child<QLineEdit>(*window, u"assessmentSearch"_s);
        child<QTableView>(*window, u"assessmentTable"_s)->setFocus();
        QTest::keySequence(window.get(), QKeySequence::Find);
        QTRY_VERIFY(search->hasFocus());
    }

    void searchNarrowsTheList() {
        const auto window = openWindow(m_seededUrl);
        const QAbstractItemModel* rows = model(*window);
        QTRY_COMPARE(rows->rowCount(), SeededCount);
        QTest::keyClicks(child<QLineEdit>(*window, u"assessmentSearch"_s), u"hickory"_s);
        QTRY_VERIFY(rows->rowCount() > 0 && rows->rowCount() < SeededCount);
        QTRY_VERIFY(allRows(rows, [rows](int row) {
            return cell(rows, row, AssessmentListModel::Customer)
                       .contains(u"hickory"_s, Qt::CaseInsensitive) ||
                   cell(rows, row, AssessmentListModel::Address)
                       .contains(u"hickory"_s, Qt::CaseInsensitive);
        }));
        QTRY_VERIFY(child<QLabel>(*window, u"footer"_s)
                        ->text()
                        .contains(QString::number(rows->rowCount())));
    }

    void statusFilterShowsOnlyThatStatus() {
        const auto window = openWindow(m_seededUrl);
        const QAbstractItemModel* rows = model(*window);
        QTRY_COMPARE(rows->rowCount(), SeededCount);
        auto* status = child<QComboBox>(*window, u"statusFilter"_s);
        status->setCurrentIndex(
            status->findData(static_cast<int>(storage::AssessmentStatus::Accepted)));
        QTRY_COMPARE(rows->rowCount(), StatusCount);
        QTRY_VERIFY(allRows(rows, [rows](int row) {
            return cell(rows, row, AssessmentListModel::Status) == u"Accepted"_s;
        }));
    }

    void stateFilterOffersTheRatesStates() {
        const auto window = openWindow(m_seededUrl);
        const QAbstractItemModel* rows = model(*window);
        auto* state = child<QComboBox>(*window, u"stateFilter"_s);
        QTRY_VERIFY(state->count() > 1);
        QTRY_COMPARE(rows->rowCount(), SeededCount);
        const QString chosen = cell(rows, 0, AssessmentListModel::State);
        state->setCurrentIndex(state->findData(chosen));
        QTRY_VERIFY(rows->rowCount() < SeededCount);
        QTRY_VERIFY(allRows(rows, [rows, chosen](int row) {
            return cell(rows, row, AssessmentListModel::State) == chosen;
        }));
    }

    void priceHeaderSortsByPriceHighestFirst() {
        const auto window = openWindow(m_seededUrl);
        const QAbstractItemModel* rows = model(*window);
        QTRY_COMPARE(rows->rowCount(), SeededCount);
        QHeaderView* header = child<QTableView>(*window, u"assessmentTable"_s)->horizontalHeader();
        const auto clickHeader = [header](int column) {
            const QPoint centre(header->sectionViewportPosition(column) +
                                    header->sectionSize(column) / 2,
                                header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        };
        clickHeader(AssessmentListModel::Price);

        storage::AssessmentFilter byPrice;
        byPrice.sort = storage::AssessmentSort::Price;
        byPrice.descending = true;
        byPrice.limit = 5;
        QStringList expected;
        for (const auto& a : storage::openStore(m_seededUrl)->listAssessments(byPrice))
            expected << QLocale().toCurrencyString(*a.price);
        const auto firstPrices = [rows] {
            QStringList prices;
            for (int row = 0; row < 5; ++row)
                prices << cell(rows, row, AssessmentListModel::Price);
            return prices;
        };
        QTRY_COMPARE(firstPrices(), expected);
        QCOMPARE(header->sortIndicatorSection(), int(AssessmentListModel::Price));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

        // The store cannot sort by services: the indicator stays where the rows are sorted.
        clickHeader(AssessmentListModel::Services);
        QCOMPARE(header->sortIndicatorSection(), int(AssessmentListModel::Price));
    }

    void emptyStoreShowsTheEmptyState() {
        const auto window = openWindow(urlFor(u"empty.db"_s));
        QTRY_VERIFY(child<QWidget>(*window, u"assessmentsEmptyState"_s)->isVisible());
        QVERIFY(!child<QWidget>(*window, u"assessmentTable"_s)->isVisible());
        QCOMPARE(model(*window)->rowCount(), 0);
        QVERIFY(!child<QWidget>(*window, u"assessmentSearch"_s)->isVisible());
        window->grab().save(QDir::current().filePath(u"assessments-empty.png"_s));
    }

    void unopenableStoreShowsTheError() {
        const auto window = openWindow(u"sqlite://"_s + m_dir.path());
        auto* banner = child<QLabel>(*window, u"errorBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"folder"_s), qPrintable(banner->text()));
        QVERIFY(statusBarText(*window).startsWith(u"Error"_s));
        window->grab().save(QDir::current().filePath(u"assessments-error.png"_s));
    }

    void aboutShowsTheVersions() {
        const auto window = openWindow(m_seededUrl);
        QTRY_COMPARE(statusBarText(*window), u"Ready"_s);
        child<QAction>(*window, u"aboutAction"_s)->trigger();
        auto* about = window->findChild<widgets::AboutDialog*>();
        QVERIFY(about);
        QStringList texts;
        for (const QLabel* label : about->findChildren<QLabel*>())
            texts << label->text();
        QVERIFY(texts.contains(QString::fromLatin1(qVersion())));
        QVERIFY(texts.contains(storage::sqliteLibraryVersion()));
        QVERIFY(texts.join(u' ').contains(storage::pqxxVersion()));
        QVERIFY(texts.join(u' ').contains(storage::hiredisVersion()));
        QVERIFY(texts.contains(storage::openStore(m_seededUrl)->activeRates()->version));
        QVERIFY(QTest::qWaitForWindowExposed(about));
        about->grab().save(QDir::current().filePath(u"about-dialog.png"_s));
    }

    void rendersTheWindow() {
        const auto window = openWindow(m_seededUrl);
        const QAbstractItemModel* rows = model(*window);
        QTRY_COMPARE(rows->rowCount(), SeededCount);
        QTRY_VERIFY(!cell(rows, 0, AssessmentListModel::Updated).isEmpty());
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QString file = QDir::current().filePath(u"assessments-page.png"_s);
        QVERIFY2(window->grab().save(file), qPrintable(file));
    }

    void tableLayoutIsRemembered() {
        const int width = 333;
        {
            const auto window = openWindow(m_seededUrl);
            child<QTableView>(*window, u"assessmentTable"_s)
                ->horizontalHeader()
                ->resizeSection(AssessmentListModel::Customer, width);
            window->close();
        }
        const auto again = openWindow(m_seededUrl);
        QCOMPARE(child<QTableView>(*again, u"assessmentTable"_s)
                     ->horizontalHeader()
                     ->sectionSize(AssessmentListModel::Customer),
                 width);
    }
};

QTEST_MAIN(AssessmentsPageTest)
#include "tst_assessments_page.moc"

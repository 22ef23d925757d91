// The estimator's workflow through the real window on the offscreen platform: create an
// assessment with the keyboard and mouse, see the engine's price, save, reopen, undo and redo,
// refuse an invalid cell, re-quote after the catalog changes, and export the quote.
#include "assessments/AssessmentService.h"
#include "editor/AssessmentForm.h"
#include "editor/TreeTableModel.h"
#include "factors/FactorPicker.h"
#include "main/MainWindow.h"
#include "quote/QuotePanel.h"
#include "scoring/AssessmentJson.h"
#include "scoring/QuoteJson.h"
#include "storage/ReferenceData.h"
#include "storage/Store.h"
#include "storage/StoreFactory.h"
#include "support/Children.h"
#include "support/ShippedData.h"
#include "workspace/AssessmentEditorPage.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace treeops;
using namespace treeops::widgets;
using namespace Qt::StringLiterals;
using treeops::test::child;

namespace {

QString artifact(const QString& name) {
    return QCoreApplication::applicationDirPath() + u'/' + name;
}

} // namespace

class EditorPageTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    QString newStoreUrl() {
        return u"sqlite://"_s + m_dir.filePath(u"store-%1.db"_s.arg(++m_stores));
    }

    static std::unique_ptr<MainWindow> openWindow(const QString& url) {
        auto window = std::make_unique<MainWindow>(url);
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("the window did not become active");
        if (!QTest::qWaitFor([&] { return window->editorPage()->hasEngine(); }, 20000))
            qFatal("the store did not open");
        window->showPage(MainWindow::Page::Editor);
        return window;
    }

    static void typeInto(QLineEdit* edit, const QString& text) {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    static void typeIntoCell(QTableView* view, int row, int column, const QString& text) {
        const QModelIndex index = view->model()->index(row, column);
        view->setCurrentIndex(index);
        view->edit(index);
        QLineEdit* editor = nullptr;
        for (QLineEdit* open : view->viewport()->findChildren<QLineEdit*>()) {
            if (open->isVisible())
                editor = open;
        }
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Enter);
        QCoreApplication::processEvents();
    }

    // Finds a factor by typing its code in the filter, then ticks it with the keyboard.
    static void tickFactor(AssessmentEditorPage* editor, const QString& code) {
        auto* tabs = editor->factorPicker()->parentWidget();
        while (tabs && !tabs->inherits("QTabWidget"))
            tabs = tabs->parentWidget();
        QMetaObject::invokeMethod(tabs, "setCurrentIndex", Q_ARG(int, 1));
        auto* filter = child<QLineEdit>(*editor->factorPicker(), u"factorFilter"_s);
        typeInto(filter, code);
        QTest::keyClick(filter, Qt::Key_Return);
        auto* tree = child<QTreeView>(*editor->factorPicker(), u"factorTree"_s);
        QTRY_VERIFY(tree->currentIndex().isValid());
        QTest::keyClick(tree, Qt::Key_Space);
        typeInto(filter, {});
    }

    static QString shownPrice(AssessmentEditorPage* editor) {
        return child<QLabel>(*editor->quotePanel(), u"price"_s)->text();
    }

    static QJsonArray selectedFactors(AssessmentEditorPage* editor) {
        return editor->priced()->assessmentJson().value(u"factors"_s).toArray();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void createPriceSaveAndReopen() {
        const QString url = newStoreUrl();
        auto window = openWindow(url);
        AssessmentEditorPage* editor = window->editorPage();

        typeInto(child<QLineEdit>(*editor->form(), u"customerName"_s), u"Ana Ruiz"_s);
        typeInto(child<QLineEdit>(*editor->form(), u"siteAddress"_s), u"12 Oak Ln, Tampa"_s);
        QTest::mouseClick(child<QToolButton>(*editor->form(), u"treesAdd"_s), Qt::LeftButton);
        typeIntoCell(child<QTableView>(*editor->form(), u"trees"_s), 1, TreeTableModel::DbhIn,
                     u"20"_s);
        tickFactor(editor, u"AF_SEVERITY_002"_s);
        QTRY_COMPARE(selectedFactors(editor).size(), 1);

        QVERIFY(editor->priced());
        // The engine, apart from the window, prices what the editor holds.
        const double price = test::priceOrDie(editor->priced()->assessmentJson()).quote.price;
        QCOMPARE(editor->priced()->quote.price, price);
        QCOMPARE(shownPrice(editor), QLocale().toCurrencyString(scoring::roundMoney(price)));
        QVERIFY(editor->isModified());

        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!editor->assessmentId().isEmpty());
        QTRY_VERIFY(!editor->isModified());
        const QString id = editor->assessmentId();
        const auto stored = storage::openStore(url)->assessment(id);
        QVERIFY(stored);
        QCOMPARE(stored->summary.customer, u"Ana Ruiz"_s);
        QCOMPARE(*stored->summary.price, scoring::roundMoney(price));

        // Reopen from the list by double-clicking the row.
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(editor->assessmentId().isEmpty());
        window->showPage(MainWindow::Page::Assessments);
        auto* table = child<QTableView>(*window, u"assessmentTable"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTRY_VERIFY(table->model()->index(0, 0).data().toString() == u"Ana Ruiz"_s);
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        // A real double-click starts with a click; the view only opens what was pressed.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(editor->assessmentId(), id);
        QCOMPARE(window->currentPage(), MainWindow::Page::Editor);
        QCOMPARE(editor->priced()->quote.price, price);
        QCOMPARE(selectedFactors(editor).size(), 1);
        QVERIFY(!editor->isModified());
    }

    void undoAndRedoEveryEdit() {
        auto window = openWindow(newStoreUrl());
        AssessmentEditorPage* editor = window->editorPage();
        const double startComposite = editor->priced()->quote.composite;

        typeInto(child<QLineEdit>(*editor->form(), u"customerName"_s), u"Marcus"_s);
        tickFactor(editor, u"AF_ACCESS_001"_s);
        QTRY_COMPARE(selectedFactors(editor).size(), 1);
        const double withFactor = editor->priced()->quote.composite;
        QVERIFY(withFactor > startComposite);
        // The six keystrokes of the name are one step; the factor is another.
        QCOMPARE(editor->undoStack()->count(), 2);

        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(selectedFactors(editor).size(), 0);
        QCOMPARE(editor->priced()->quote.composite, startComposite);
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(child<QLineEdit>(*editor->form(), u"customerName"_s)->text(), QString());
        QVERIFY(!editor->isModified());

        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(child<QLineEdit>(*editor->form(), u"customerName"_s)->text(), u"Marcus"_s);
        QCOMPARE(selectedFactors(editor).size(), 1);
        QCOMPARE(editor->priced()->quote.composite, withFactor);
    }

    void invalidCellIsMarkedAndCannotBeSaved() {
        auto window = openWindow(newStoreUrl());
        AssessmentEditorPage* editor = window->editorPage();
        auto* trees = child<QTableView>(*editor->form(), u"trees"_s);
        typeIntoCell(trees, 0, TreeTableModel::DbhIn, u"150"_s);

        QVERIFY(!editor->priced());
        const QModelIndex dbh = trees->model()->index(0, TreeTableModel::DbhIn);
        QVERIFY(dbh.data(Qt::ToolTipRole).toString().contains(u"1..120"_s));
        QVERIFY(child<QWidget>(*editor->quotePanel(), u"problemsPage"_s)->isVisible());
        for (QAction* action : editor->editActions().mid(0, 4))
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));

        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QTest::qWait(200);
        QVERIFY(editor->assessmentId().isEmpty());
        typeIntoCell(trees, 0, TreeTableModel::DbhIn, u"24"_s);
        QVERIFY(editor->priced());
    }

    void requoteAfterTheCatalogChanges() {
        const QString url = newStoreUrl();
        QString id;
        double oldPrice = 0;
        {
            auto window = openWindow(url);
            AssessmentEditorPage* editor = window->editorPage();
            // Big enough to bill more than the minimum hours, so the catalog moves the price.
            typeIntoCell(child<QTableView>(*editor->form(), u"trees"_s), 0, TreeTableModel::DbhIn,
                         u"40"_s);
            tickFactor(editor, u"AF_SEVERITY_001"_s);
            QTRY_COMPARE(selectedFactors(editor).size(), 1);
            editor->markQuoted();
            QTRY_VERIFY(!editor->assessmentId().isEmpty());
            id = editor->assessmentId();
            oldPrice = editor->priced()->quote.price;
        }
        scoring::CatalogData heavier = storage::shippedCatalog();
        heavier.version = u"afiss-heavier"_s;
        for (scoring::FactorDef& f : heavier.factors)
            f.basePct = std::min(100.0, f.basePct + 15);
        storage::openStore(url)->publishCatalog(heavier, true);

        auto window = openWindow(url);
        AssessmentEditorPage* editor = window->editorPage();
        editor->openAssessment(id);
        QTRY_COMPARE(editor->assessmentId(), id);
        QPushButton* offer = nullptr;
        for (QPushButton* button : editor->findChildren<QPushButton*>()) {
            if (button->text().startsWith(u"Re-quote"_s))
                offer = button;
        }
        QVERIFY(offer && offer->isVisible());
        const double newPrice = editor->priced()->quote.price;
        QVERIFY(newPrice > oldPrice);
        QVERIFY(offer->text().contains(QLocale().toCurrencyString(scoring::roundMoney(newPrice))));

        QTest::mouseClick(offer, Qt::LeftButton);
        QTRY_VERIFY(!offer->isVisible());
        const auto quote = storage::openStore(url)->latestQuote(id);
        QCOMPARE(quote->catalogVersion, u"afiss-heavier"_s);
        QCOMPARE(quote->price, scoring::roundMoney(newPrice));
    }

    void exportsThePdfAndJson() {
        auto window = openWindow(newStoreUrl());
        AssessmentEditorPage* editor = window->editorPage();
        typeInto(child<QLineEdit>(*editor->form(), u"customerName"_s), u"Priya Patel"_s);
        tickFactor(editor, u"AF_INTERFERENCE_001"_s);
        QTRY_COMPARE(selectedFactors(editor).size(), 1);

        const QString pdf = artifact(u"editor-quote.pdf"_s);
        QFile::remove(pdf);
        editor->exportPdfTo(pdf);
        QTRY_VERIFY_WITH_TIMEOUT(QFile(pdf).size() > 1000, 20000);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "%PDF");
        if (!QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
            QCOMPARE(QProcess::execute(u"pdftoppm"_s,
                                       {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s,
                                        u"1"_s, pdf, artifact(u"editor-quote"_s)}),
                     0);

        const QString json = artifact(u"editor-quote.json"_s);
        editor->exportJsonTo(json);
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject quote = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(quote[u"schema"_s].toString(), u"treeops.quote/1"_s);
        QCOMPARE(quote[u"price"_s].toDouble(), scoring::roundMoney(editor->priced()->quote.price));
    }

    void rendersTheEditor() {
        auto window = openWindow(newStoreUrl());
        AssessmentEditorPage* editor = window->editorPage();
        typeInto(child<QLineEdit>(*editor->form(), u"customerName"_s), u"Oak Hollow HOA"_s);
        typeInto(child<QLineEdit>(*editor->form(), u"siteAddress"_s),
                 u"4 Magnolia Ave, Savannah"_s);
        tickFactor(editor, u"AF_INTERFERENCE_001"_s);
        tickFactor(editor, u"AF_SEVERITY_002"_s);
        QTRY_COMPARE(selectedFactors(editor).size(), 2);
        QTest::qWait(100); // let pending layouts run, as they do before a real window paints
        QVERIFY(window->grab().save(artifact(u"editor-job.png"_s)));
        // At 1280 px neither the job form nor the quote's lines scroll sideways.
        auto* formScroll =
            qobject_cast<QScrollArea*>(editor->form()->parentWidget()->parentWidget());
        QVERIFY(formScroll);
        QCOMPARE(formScroll->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(child<QTableView>(*editor, u"lineTable"_s)->horizontalScrollBar()->maximum(), 0);
        tickFactor(editor, u"AF_FALLZONE_001"_s);
        QTest::qWait(100);
        QVERIFY(window->grab().save(artifact(u"editor-factors.png"_s)));
    }
};

QTEST_MAIN(EditorPageTest)
#include "tst_editor_page.moc"

// Edit to screen in the estimator's editor: how long a change takes from the edit to the end of
// the repaint that shows the new quote, against the 16.7 ms of one frame at 60 Hz.
//
// The real main window on a temporary store, the storm job of bench_quote open in the editor,
// 1280 × 800 on the offscreen platform (raster painting into the window's backing store, as on
// a desktop without the compositor's share). Each sample is one edit through the widgets' own
// models, the layouts it causes, and then either what Qt itself paints for the frame (the
// regions the edit made dirty, flushed at once) or, as an upper bound, a repaint of the whole
// window. Prints a table.
#include "BenchData.h"
#include "assessments/AssessmentService.h"
#include "main/MainWindow.h"
#include "storage/ReferenceData.h"
#include "storage/StoreFactory.h"
#include "workspace/AssessmentEditorPage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace treeops;
using namespace Qt::StringLiterals;

namespace {

constexpr int FullSamples = 400;
constexpr int Warmup = 20;
constexpr double FrameMs = 1000.0 / 60.0;

enum class Repaint { WhatChanged, WholeWindow };

struct Row {
    const char* edit;
    Repaint repaint;
    std::vector<double> ms;
};

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    return values[at];
}

// One edit, its layouts and its repaint, in milliseconds. Widgets post their update requests to
// the window; sending them at once paints exactly the dirty regions a real frame would.
double timeFrame(QWidget& window, const std::function<void(int)>& edit, int i, Repaint repaint) {
    QElapsedTimer timer;
    timer.start();
    edit(i);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (repaint == Repaint::WholeWindow)
        window.repaint();
    else
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Counts the paints of one widget, to show the dirty-region mode really draws the new price.
class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

int samples() {
    return bench::repetitions(FullSamples);
}

Row measure(const char* name, Repaint repaint, QWidget& window,
            const std::function<void(int)>& edit) {
    Row row{name, repaint, {}};
    for (int i = 0; i < Warmup; ++i)
        timeFrame(window, edit, i, repaint);
    for (int i = 0; i < samples(); ++i)
        row.ms.push_back(timeFrame(window, edit, i, repaint));
    QCoreApplication::processEvents(); // undo-stack and title updates queued by the edits
    return row;
}

QString saveStormJob(const QString& url) {
    const auto store = storage::openStore(url);
    storage::ensureReferenceData(*store);
    assessments::AssessmentService service(*store);
    Problems problems;
    auto priced = service.price(bench::stormJobJson(), problems);
    if (!priced)
        qFatal("the storm job does not price: %s", qPrintable(joinProblems(problems)));
    return service.save(std::move(*priced), storage::AssessmentStatus::Draft).id;
}

int column(const QAbstractItemModel& model, const QString& title) {
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString().startsWith(title))
            return c;
    }
    qFatal("no column %s", qPrintable(title));
}

QModelIndex firstCheckableLeaf(const QAbstractItemModel& model, const QModelIndex& parent = {}) {
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        if (model.rowCount(index) == 0 && (model.flags(index) & Qt::ItemIsUserCheckable))
            return index;
        if (const QModelIndex found = firstCheckableLeaf(model, index); found.isValid())
            return found;
    }
    return {};
}

void printTable(const std::vector<Row>& rows) {
    std::printf(
        "Edit to screen, main window 1280x800, storm job (5 trees, 10 factors), %d samples\n",
        samples());
    std::printf("%-40s %-13s %8s %8s %8s %8s\n", "edit", "repaint", "p50 ms", "p95 ms", "p99 ms",
                "max ms");
    for (const Row& row : rows) {
        std::printf("%-40s %-13s %8.3f %8.3f %8.3f %8.3f\n", row.edit,
                    row.repaint == Repaint::WhatChanged ? "what changed" : "whole window",
                    percentile(row.ms, 0.50), percentile(row.ms, 0.95), percentile(row.ms, 0.99),
                    *std::max_element(row.ms.begin(), row.ms.end()));
    }
    std::printf("one frame at 60 Hz: %.1f ms\n", FrameMs);
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTemporaryDir dir;
    const QString url = u"sqlite://"_s + dir.filePath(u"bench.db"_s);
    const QString id = saveStormJob(url);

    widgets::MainWindow window(url);
    window.resize(1280, 800);
    window.show();
    widgets::AssessmentEditorPage* editor = window.editorPage();
    if (!QTest::qWaitFor([editor] { return editor->hasEngine(); }, 20000))
        qFatal("the store did not open");
    QSignalSpy opened(editor, &widgets::AssessmentEditorPage::opened);
    editor->openAssessment(id);
    if (!opened.wait(20000))
        qFatal("the storm job did not open");
    window.showPage(widgets::MainWindow::Page::Editor);
    QTest::qWait(100);

    auto* trees = editor->findChild<QTableView*>(u"trees"_s);
    auto* name = editor->findChild<QLineEdit*>(u"customerName"_s);
    auto* factors = editor->findChild<QTreeView*>(u"factorTree"_s);
    if (!trees || !name || !factors)
        qFatal("the editor's widgets were not found");
    QAbstractItemModel* treeModel = trees->model();
    const int height = column(*treeModel, u"Height"_s);
    const QModelIndex factor = firstCheckableLeaf(*factors->model());
    if (!factor.isValid())
        qFatal("no factor to tick");
    name->setFocus();

    auto* price = editor->findChild<QLabel*>(u"price"_s);
    if (!price)
        qFatal("the quote's price was not found");
    PaintCounter pricePaints;
    price->installEventFilter(&pricePaints);

    const std::function<void(int)> treeHeight = [&](int i) {
        treeModel->setData(treeModel->index(0, height), 40 + i % 2, Qt::EditRole);
    };
    const std::function<void(int)> tickFactor = [&](int i) {
        factors->model()->setData(factor, i % 2 ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    };
    const std::function<void(int)> typeName = [&](int i) {
        QTest::keyClick(name, i % 2 ? Qt::Key_Backspace : Qt::Key_A);
    };
    std::vector<Row> rows;
    for (Repaint repaint : {Repaint::WhatChanged, Repaint::WholeWindow}) {
        const int before = pricePaints.paints;
        rows.push_back(
            measure("tree height typed (trees table cell)", repaint, window, treeHeight));
        if (repaint == Repaint::WhatChanged && pricePaints.paints - before < samples())
            qFatal("the new price was not painted after every edit");
        rows.push_back(measure("AFISS factor ticked / unticked", repaint, window, tickFactor));
        rows.push_back(measure("key typed in the customer name", repaint, window, typeName));
    }
    printTable(rows);
    return 0;
}

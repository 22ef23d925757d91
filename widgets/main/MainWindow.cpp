#include "main/MainWindow.h"

#include "assessments/AssessmentsPage.h"
#include "common/AppIcon.h"
#include "common/StatusLabel.h"
#include "main/AboutDialog.h"
#include "main/Settings.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using assessments::AssessmentListWorker;

constexpr QSize DefaultSize(1280, 760);
constexpr int SidebarChars = 18;

} // namespace

MainWindow::MainWindow(const QString& storeUrl, QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("TreeOps"));
    setWindowIcon(appIcon());

    // The worker gets no parent: it moves to the store thread and is deleted there.
    auto* worker = new AssessmentListWorker;
    worker->moveToThread(&m_storeThread);
    connect(&m_storeThread, &QThread::finished, worker, &QObject::deleteLater);
    // Everything that listens to the worker connects before the store is opened, so that no
    // answer can go out unheard.
    m_assessments = new AssessmentsPage(worker);
    connect(worker, &AssessmentListWorker::opened, this, &MainWindow::showStoreOpened);
    // Failed list requests are the page's to show; the status bar is about the store itself.
    connect(worker, &AssessmentListWorker::failed, this,
            [this](quint64 id, const QString& message) {
                if (id == AssessmentListWorker::OpenRequest)
                    showStoreFailed(message);
            });

    setCentralWidget(createPages());
    createMenus();
    createStatusBar(storeUrl);

    const Settings settings;
    resize(DefaultSize);
    restoreGeometry(settings.mainWindowGeometry());
    m_assessments->restoreTableLayout(settings.assessmentTableLayout());

    m_storeThread.setObjectName(u"store"_s);
    m_storeThread.start();
    QMetaObject::invokeMethod(worker, [worker, storeUrl] { worker->open(storeUrl); });
}

MainWindow::~MainWindow() {
    m_storeThread.quit();
    m_storeThread.wait();
}

QWidget* MainWindow::createPages() {
    auto* sidebar = new QListWidget;
    sidebar->setObjectName(u"sidebar"_s);
    sidebar->setFixedWidth(SidebarChars * fontMetrics().averageCharWidth());
    auto* pages = new QStackedWidget;

    sidebar->addItem(tr("Assessments"));
    pages->addWidget(m_assessments);

    connect(sidebar, &QListWidget::currentRowChanged, pages, &QStackedWidget::setCurrentIndex);
    sidebar->setCurrentRow(0);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(sidebar);
    layout->addWidget(pages, 1);
    return central;
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About TreeOps"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar(const QString& storeUrl) {
    m_storeStatus = new StatusLabel;
    m_storeStatus->setObjectName(u"storeStatus"_s);
    m_storeStatus->setStatus(StatusTone::Running, tr("Opening the store…"));
    m_storeLocation = new QLabel(storeUrl);
    m_storeLocation->setObjectName(u"storeLocation"_s);
    m_storeLocation->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_storeStatus, 1);
    statusBar()->addPermanentWidget(m_storeLocation);
}

void MainWindow::showStoreOpened(const assessments::StoreOverview& overview) {
    m_store = overview;
    m_storeLocation->setText(overview.location);
    m_storeStatus->setStatus(StatusTone::Ok, tr("Ready"));
}

void MainWindow::showStoreFailed(const QString& message) {
    m_storeStatus->setStatus(StatusTone::Error, tr("Error: %1").arg(message));
}

void MainWindow::showAbout() {
    auto* about = new AboutDialog(m_store, this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->show();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    Settings settings;
    settings.setMainWindowGeometry(saveGeometry());
    settings.setAssessmentTableLayout(m_assessments->tableLayout());
    QMainWindow::closeEvent(event);
}

} // namespace treeops::widgets

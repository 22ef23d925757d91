#include "main/MainWindow.h"

#include "assessments/AssessmentsPage.h"
#include "common/AppIcon.h"
#include "common/PaletteIcon.h"
#include "common/StatusLabel.h"
#include "main/AboutDialog.h"
#include "main/Settings.h"
#include "quality/QualityPage.h"
#include "settings/SettingsPage.h"
#include "tiers/DataTiersPage.h"
#include "workspace/AssessmentEditorPage.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using assessments::StoreWorker;

constexpr QSize DefaultSize(1280, 760);
constexpr int SidebarChars = 18;
constexpr int SidebarIconSize = 20;

// Keys the last page is remembered under, in sidebar order.
const QStringList PageKeys{u"assessments"_s, u"editor"_s, u"quality"_s, u"tiers"_s, u"settings"_s};

} // namespace

MainWindow::MainWindow(const QString& storeUrl, const QString& hotTierUrl, QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("TreeOps"));
    setWindowIcon(appIcon());

    // The worker gets no parent: it moves to the store thread and is deleted there.
    auto* worker = new StoreWorker;
    worker->moveToThread(&m_storeThread);
    connect(&m_storeThread, &QThread::finished, worker, &QObject::deleteLater);
    // Everything that listens to the worker connects before the store is opened, so that no
    // answer can go out unheard.
    m_assessments = new AssessmentsPage(worker);
    m_editor = new AssessmentEditorPage(worker);
    m_qualityPage = new QualityPage;
    m_tiersPage = new DataTiersPage(worker);
    m_settingsPage = new SettingsPage(worker);
    connect(m_assessments, &AssessmentsPage::openRequested, this, &MainWindow::openInEditor);
    connect(m_assessments, &AssessmentsPage::newRequested, this, &MainWindow::newInEditor);
    connect(m_qualityPage, &QualityPage::openAssessmentRequested, this, &MainWindow::openInEditor);
    // The quality checks read the store once it has been opened, and so migrated.
    connect(worker, &StoreWorker::opened, this,
            [this, storeUrl](const assessments::StoreOverview& overview) {
                m_qualityPage->setStore(storeUrl, overview.location);
            });
    connect(m_editor, &AssessmentEditorPage::titleChanged, this, [this](const QString& title) {
        m_editorTitle = title;
        updateTitle();
    });
    connect(worker, &StoreWorker::opened, this, &MainWindow::showStoreOpened);
    // Failed list requests are the page's to show; the status bar is about the store itself.
    connect(worker, &StoreWorker::failed, this, [this](quint64 id, const QString& message) {
        if (id == StoreWorker::OpenRequest)
            showStoreFailed(message);
    });

    setCentralWidget(createPages());
    createMenus();
    createStatusBar(storeUrl);

    const Settings settings;
    resize(DefaultSize);
    restoreGeometry(settings.mainWindowGeometry());
    m_assessments->restoreTableLayout(settings.assessmentTableLayout());
    m_qualityPage->restoreTableLayout(settings.qualityTableLayout());
    showPage(static_cast<Page>(std::max(0, int(PageKeys.indexOf(settings.lastPage())))));

    m_storeThread.setObjectName(u"store"_s);
    m_storeThread.start();
    connect(worker, &StoreWorker::hotTierChanged, this, &MainWindow::showHotTier);
    connect(worker, &StoreWorker::outboxChanged, this, &MainWindow::showOutbox);
    connect(worker, &StoreWorker::storeReachable, this, &MainWindow::showStoreReachable);
    QMetaObject::invokeMethod(
        worker, [worker, storeUrl, hotTierUrl] { worker->open(storeUrl, hotTierUrl); });
}

MainWindow::~MainWindow() {
    // Pages can still emit while they go (a cell editor commits on losing focus); this window
    // is no longer there to hear it.
    for (QObject* page :
         std::initializer_list<QObject*>{m_assessments, m_editor, m_qualityPage, m_settingsPage})
        disconnect(page, nullptr, this, nullptr);
    m_storeThread.quit();
    m_storeThread.wait();
}

QWidget* MainWindow::createPages() {
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setIconSize(QSize(SidebarIconSize, SidebarIconSize));
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setFixedWidth(SidebarChars * fontMetrics().averageCharWidth() + 2 * SidebarIconSize);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"pages"_s);

    const std::pair<QString, QString> pages[] = {{u"assessments"_s, tr("Assessments")},
                                                 {u"editor"_s, tr("Editor")},
                                                 {u"quality"_s, tr("Quality")},
                                                 {u"tiers"_s, tr("Data tiers")},
                                                 {u"settings"_s, tr("Settings")}};
    for (const auto& [icon, title] : pages)
        m_sidebar->addItem(new QListWidgetItem(paletteIcon(icon), title));
    for (QWidget* page : std::initializer_list<QWidget*>{m_assessments, m_editor, m_qualityPage,
                                                         m_tiersPage, m_settingsPage})
        m_pages->addWidget(page);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        updateTitle();
    });
    m_sidebar->setCurrentRow(0);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    return central;
}

void MainWindow::showPage(Page page) {
    m_sidebar->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const {
    return static_cast<Page>(m_sidebar->currentRow());
}

void MainWindow::updateTitle() {
    const bool editing = currentPage() == Page::Editor && !m_editorTitle.isEmpty();
    setWindowTitle(editing ? tr("%1 — TreeOps").arg(m_editorTitle) : tr("TreeOps"));
}

bool MainWindow::confirmDiscardEdits() {
    if (!m_editor->isModified())
        return true;
    return QMessageBox::question(
               this, tr("Discard changes"),
               tr("%1 has changes that are not saved. Discard them?").arg(m_editorTitle),
               QMessageBox::Discard | QMessageBox::Cancel,
               QMessageBox::Cancel) == QMessageBox::Discard;
}

void MainWindow::openInEditor(const QString& id) {
    if (!confirmDiscardEdits())
        return;
    m_editor->openAssessment(id);
    showPage(Page::Editor);
}

void MainWindow::newInEditor() {
    if (!confirmDiscardEdits())
        return;
    m_editor->newAssessment();
    showPage(Page::Editor);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    const QList<QAction*> rowActions = m_assessments->rowActions();
    file->addAction(rowActions.first()); // New assessment
    const QList<QAction*> editing = m_editor->editActions();
    file->addActions(editing.mid(0, 4)); // save, mark quoted, export PDF, export JSON
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(editing.mid(4)); // undo, redo

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
    m_hotTierStatus = new StatusLabel;
    m_hotTierStatus->setObjectName(u"hotTierStatus"_s);
    m_hotTierStatus->hide(); // until a hot tier is configured
    m_outboxStatus = new StatusLabel;
    m_outboxStatus->setObjectName(u"outboxStatus"_s);
    m_outboxStatus->hide(); // while nothing waits
    statusBar()->addWidget(m_storeStatus, 1);
    statusBar()->addPermanentWidget(m_outboxStatus);
    statusBar()->addPermanentWidget(m_hotTierStatus);
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

// Started while the shared store's server was down: the estimator can go on quoting, and must
// see that what is saved stays on this computer until the store answers.
void MainWindow::showStoreReachable(bool reachable, const QString& reason) {
    if (reachable) {
        m_storeStatus->setStatus(StatusTone::Ok, tr("Ready: the store answers again"));
        m_storeStatus->setToolTip({});
        return;
    }
    m_storeStatus->setStatus(StatusTone::Warning,
                             tr("Working offline: saves wait on this computer; reconnecting"));
    m_storeStatus->setToolTip(
        tr("%1\n\nQuotes use the catalog and rates the store had active when this computer "
           "last reached it.")
            .arg(reason));
}

// A cache going away is not an error to the estimator: everything still works, only slower,
// so it is said in the status bar and nowhere else.
void MainWindow::showHotTier(bool online, const QString& where, const QString& reason) {
    if (online)
        m_hotTierStatus->setStatus(StatusTone::Ok, tr("Hot tier online"));
    else
        m_hotTierStatus->setStatus(StatusTone::Warning, tr("Hot tier offline, reconnecting"));
    m_hotTierStatus->setToolTip(
        online ? tr("Redis %1").arg(where)
               : tr("Redis %1: %2. Reads go to the store meanwhile.").arg(where, reason));
    m_hotTierStatus->show();
}

// Saves kept on this computer while the shared store is away: the estimator must see that they
// are safe but not yet shared, and which ones the store refused when they were replayed.
void MainWindow::showOutbox(int waiting, const QStringList& problems) {
    if (!problems.isEmpty()) {
        m_outboxStatus->setStatus(
            StatusTone::Failure,
            tr("%n change(s) refused by the store", nullptr, static_cast<int>(problems.size())));
        m_outboxStatus->setToolTip(problems.join(u'\n') + u"\n\n"_s +
                                   tr("Review, save or discard them on the Data tiers page."));
    } else if (waiting > 0) {
        m_outboxStatus->setStatus(StatusTone::Warning,
                                  tr("%n change(s) waiting", nullptr, waiting));
        m_outboxStatus->setToolTip(tr("Saved on this computer; they reach the store, in order, "
                                      "as soon as it answers again."));
    }
    m_outboxStatus->setVisible(waiting > 0 || !problems.isEmpty());
}

void MainWindow::showAbout() {
    auto* about = new AboutDialog(m_store, this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->show();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!confirmDiscardEdits()) {
        event->ignore();
        return;
    }
    Settings settings;
    settings.setLastPage(PageKeys.value(m_sidebar->currentRow()));
    settings.setMainWindowGeometry(saveGeometry());
    settings.setAssessmentTableLayout(m_assessments->tableLayout());
    settings.setQualityTableLayout(m_qualityPage->tableLayout());
    QMainWindow::closeEvent(event);
}

} // namespace treeops::widgets

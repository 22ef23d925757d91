#include "quality/QualityPage.h"

#include "assessments/StoreWorker.h"
#include "common/FileExporter.h"
#include "common/PaletteIcon.h"
#include "common/RelativeTime.h"
#include "common/ResultLabel.h"
#include "common/StatusLabel.h"
#include "quality/AlertNotifier.h"
#include "quality/CustomRuleDialog.h"
#include "quality/DimensionChart.h"
#include "quality/FailingRowsPanel.h"
#include "quality/QualityText.h"
#include "quality/RuleFilterProxy.h"
#include "quality/RuleResultsModel.h"
#include "quality/RuleTrend.h"
#include "quality/ScoreTrendChart.h"
#include "quality/SparklineDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using quality::RuleStatus;

constexpr double ScorePointScale = 3.0; // the score figure, against the body text
constexpr int SampleLimit = 100;
constexpr int ProgressChars = 30;
constexpr int RuleColumnChars = 40;
constexpr int OverviewHeight = 320;
enum View { EmptyView, DashboardView };

} // namespace

QualityPage::QualityPage(QWidget* parent)
    : QWidget(parent)
    , m_worker(new quality::QualityWorker)
    , m_model(new RuleResultsModel(this))
    , m_proxy(new RuleFilterProxy(this))
    , m_alerts(new AlertNotifier(this))
    , m_exporter(new FileExporter(this)) {
    // The worker gets no parent: it moves to its thread and is deleted there.
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(u"quality"_s);
    m_proxy->setSourceModel(m_model);
    createActions();
    connectWorker();

    m_views = new QStackedWidget;
    m_views->setObjectName(u"qualityViews"_s);
    m_views->addWidget(createEmptyState());
    auto* rules = new QWidget;
    auto* rulesLayout = new QVBoxLayout(rules);
    rulesLayout->setContentsMargins({});
    rulesLayout->addWidget(createFilters());
    rulesLayout->addWidget(createRules(), 1);
    // The charts give way to the rule table when the window is short.
    auto* dashboard = new QSplitter(Qt::Vertical);
    dashboard->setChildrenCollapsible(false);
    dashboard->addWidget(createOverview());
    dashboard->addWidget(rules);
    dashboard->setStretchFactor(1, 1);
    dashboard->setSizes({OverviewHeight, 3 * OverviewHeight / 2});
    m_views->addWidget(dashboard);

    m_result = new ResultLabel(u"qualityResult"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(m_result);
    layout->addWidget(m_views, 1);
    setRunning(false);
    m_export->setEnabled(false);
    m_thread.start();
}

QualityPage::~QualityPage() {
    // A run in progress stops at its next check; its worker is waited for, never left behind.
    if (m_cancel)
        m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

void QualityPage::createActions() {
    m_runAction = new QAction(paletteIcon(u"reload"), tr("&Run now"), this);
    m_runAction->setObjectName(u"runQuality"_s);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAction->setToolTip(tr("Check the data with every rule and keep the run (Ctrl+R)"));
    connect(m_runAction, &QAction::triggered, this, [this] { runNow(); });
    m_cancelAction = new QAction(tr("&Cancel"), this);
    m_cancelAction->setObjectName(u"cancelQuality"_s);
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    connect(m_cancelAction, &QAction::triggered, this, &QualityPage::cancelRun);
    m_reloadAction = new QAction(tr("Re&load"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, &QualityPage::reload);
    m_runRuleAction = new QAction(tr("Run this rule &again"), this);
    m_runRuleAction->setObjectName(u"runQualityRule"_s);
    connect(m_runRuleAction, &QAction::triggered, this, [this] {
        if (const QString id = selectedRuleId(); !id.isEmpty())
            runNow({id});
    });
    m_newRuleAction = new QAction(tr("&New custom rule…"), this);
    m_newRuleAction->setObjectName(u"newCustomRule"_s);
    m_newRuleAction->setToolTip(tr("Write a rule of your own: an SQL query over the store"));
    connect(m_newRuleAction, &QAction::triggered, this, [this] { openRuleEditor(std::nullopt); });
    m_editRuleAction = new QAction(tr("&Edit this custom rule…"), this);
    m_editRuleAction->setObjectName(u"editCustomRule"_s);
    m_editRuleAction->setToolTip(tr("Change the chosen custom rule; saving keeps a new version"));
    connect(m_editRuleAction, &QAction::triggered, this, [this] {
        if (const auto rule = selectedCustomRule())
            openRuleEditor(rule);
    });
    const std::pair<ReportFormat, QString> formats[] = {
        {ReportFormat::Html, tr("Report as &HTML…")},
        {ReportFormat::Pdf, tr("Report as &PDF…")},
        {ReportFormat::Csv, tr("Results as &CSV…")},
        {ReportFormat::Json, tr("Run as &JSON…")}};
    for (const auto& [format, text] : formats) {
        auto* action = new QAction(text, this);
        connect(action, &QAction::triggered, this,
                [this, format = format] { chooseExportFile(format); });
        m_exportActions.append(action);
    }
    addActions({m_runAction, m_cancelAction, m_reloadAction});
}

QWidget* QualityPage::createToolbar() {
    m_run = new QPushButton(m_runAction->icon(), m_runAction->text());
    m_run->setObjectName(u"runQualityButton"_s);
    m_run->setToolTip(m_runAction->toolTip());
    connect(m_run, &QPushButton::clicked, m_runAction, &QAction::trigger);
    m_cancelButton = new QPushButton(m_cancelAction->text());
    m_cancelButton->setObjectName(u"cancelQualityButton"_s);
    connect(m_cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"qualityProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setFixedWidth(fontMetrics().averageCharWidth() * ProgressChars);
    m_step = new QLabel;
    m_step->setObjectName(u"qualityStep"_s);
    m_export = new QToolButton;
    m_export->setObjectName(u"exportQuality"_s);
    m_export->setIcon(paletteIcon(u"export-pdf"));
    m_export->setText(tr("&Export"));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addActions(m_exportActions);
    m_export->setMenu(menu);

    m_customRules = new QToolButton;
    m_customRules->setObjectName(u"customRules"_s);
    m_customRules->setText(tr("Custom &rules"));
    m_customRules->setPopupMode(QToolButton::InstantPopup);
    auto* rulesMenu = new QMenu(m_customRules);
    rulesMenu->addActions({m_newRuleAction, m_editRuleAction});
    m_customRules->setMenu(rulesMenu);

    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins({});
    row->addWidget(m_run);
    row->addWidget(m_cancelButton);
    row->addWidget(m_progress);
    row->addWidget(m_step, 1);
    row->addStretch();
    row->addWidget(m_customRules);
    row->addWidget(m_export);
    return bar;
}

QWidget* QualityPage::createEmptyState() {
    auto* text = new QLabel(tr("<h3>No quality runs yet</h3><p>A run checks the catalog, the rates "
                               "and every assessment and quote against the data-quality rules, "
                               "and shows here what is wrong, why and since when.</p><p>Choose "
                               "<b>Run now</b> to run them for the first time.</p>"));
    text->setObjectName(u"qualityEmpty"_s);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    return text;
}

QWidget* QualityPage::createOverview() {
    m_score = new QLabel;
    m_score->setObjectName(u"qualityScore"_s);
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * ScorePointScale);
    big.setBold(true);
    m_score->setFont(big);
    m_scoreStatus = new StatusLabel;
    m_scoreStatus->setObjectName(u"qualityScoreStatus"_s);
    m_counts = new QLabel;
    m_counts->setObjectName(u"qualityCounts"_s);
    m_counts->setWordWrap(true);
    m_runInfo = new QLabel;
    m_runInfo->setObjectName(u"qualityRunInfo"_s);
    m_runInfo->setWordWrap(true);
    auto* scoreBox = new QWidget;
    auto* scoreColumn = new QVBoxLayout(scoreBox);
    scoreColumn->addWidget(new QLabel(tr("Score")));
    scoreColumn->addWidget(m_score);
    scoreColumn->addWidget(m_scoreStatus);
    scoreColumn->addWidget(m_counts);
    scoreColumn->addWidget(m_runInfo);
    scoreColumn->addStretch();
    scoreBox->setMaximumWidth(fontMetrics().averageCharWidth() * 34);

    m_trend = new ScoreTrendChart;
    m_trend->setObjectName(u"qualityTrend"_s);
    m_dimensions = new DimensionChart;
    m_dimensions->setObjectName(u"qualityDimensions"_s);
    auto* overview = new QWidget;
    auto* row = new QHBoxLayout(overview);
    row->setContentsMargins({});
    row->addWidget(scoreBox);
    row->addWidget(m_trend, 3);
    row->addWidget(m_dimensions, 2);
    return overview;
}

QWidget* QualityPage::createFilters() {
    m_severityFilter = new QComboBox;
    m_severityFilter->setObjectName(u"qualitySeverityFilter"_s);
    m_severityFilter->addItem(tr("Any severity"));
    for (int s = 0; s < quality::SeverityCount; ++s)
        m_severityFilter->addItem(quality::severityName(static_cast<quality::Severity>(s)), s);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(u"qualityStatusFilter"_s);
    m_statusFilter->addItem(tr("Any status"));
    for (int s = 0; s < quality::RuleStatusCount; ++s)
        m_statusFilter->addItem(statusIcon(statusTone(static_cast<RuleStatus>(s))),
                                quality::statusName(static_cast<RuleStatus>(s)), s);
    m_datasetFilter = new QComboBox;
    m_datasetFilter->setObjectName(u"qualityDatasetFilter"_s);
    m_search = new QLineEdit;
    m_search->setObjectName(u"ruleSearch"_s);
    m_search->setPlaceholderText(tr("Find a rule by name or id"));
    m_search->setClearButtonEnabled(true);

    const auto optionalData = [](const QComboBox* box) {
        const QVariant chosen = box->currentData();
        return chosen.isValid() ? std::optional<int>(chosen.toInt()) : std::nullopt;
    };
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this,
            [=, this] { m_proxy->setSeverity(optionalData(m_severityFilter)); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [=, this] { m_proxy->setStatus(optionalData(m_statusFilter)); });
    connect(m_datasetFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDataset(m_datasetFilter->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RuleFilterProxy::setText);

    auto* filters = new QWidget;
    auto* row = new QHBoxLayout(filters);
    row->setContentsMargins({});
    row->addWidget(m_severityFilter);
    row->addWidget(m_statusFilter);
    row->addWidget(m_datasetFilter);
    row->addWidget(m_search, 1);
    return filters;
}

QWidget* QualityPage::createRules() {
    m_table = new QTableView;
    m_table->setObjectName(u"ruleTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RuleResultsModel::Status, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The rule's name gets the room left; the columns beside it fit what they hold.
    m_table->horizontalHeader()->setSectionResizeMode(RuleResultsModel::Rule,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(RuleResultsModel::Rule,
                            fontMetrics().averageCharWidth() * RuleColumnChars);
    m_table->setItemDelegateForColumn(RuleResultsModel::Trend, new SparklineDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_runRuleAction, m_runAction, m_editRuleAction});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QualityPage::showSelectedRule);

    m_drill = new FailingRowsPanel;
    m_drill->setObjectName(u"failingRows"_s);
    connect(m_drill, &FailingRowsPanel::openAssessmentRequested, this,
            &QualityPage::openAssessmentRequested);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_table);
    splitter->addWidget(m_drill);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void QualityPage::connectWorker() {
    using quality::QualityWorker;
    connect(m_worker, &QualityWorker::dashboardLoaded, this,
            [this](quint64 id, const quality::QualityDashboard& dashboard) {
                if (id == m_loadRequest)
                    showDashboard(dashboard);
            });
    connect(m_worker, &QualityWorker::progress, this,
            [this](quint64 id, int percent, const QString& step) {
                if (id != m_runRequest)
                    return;
                m_progress->setValue(percent);
                m_step->setText(step);
            });
    connect(m_worker, &QualityWorker::runFinished, this,
            [this](quint64 id, const quality::RunRecord& run,
                   const std::optional<quality::QualityAlert>& alert) {
                if (id == m_runRequest)
                    runEnded(run, alert);
            });
    connect(m_worker, &QualityWorker::runCancelled, this, [this](quint64 id) {
        if (id != m_runRequest)
            return;
        setRunning(false);
        m_result->setResult(tr("The run was cancelled; nothing was kept."), StatusTone::Inactive);
    });
    connect(m_worker, &QualityWorker::customRuleTried, this,
            [this](quint64 id, const quality::CheckOutcome& outcome) {
                if (id == m_ruleRequest && m_ruleEditor)
                    m_ruleEditor->showTried(outcome);
            });
    connect(m_worker, &QualityWorker::customRuleVersionsLoaded, this,
            [this](quint64 id, const QList<quality::CustomRule>& versions) {
                if (id == m_ruleRequest && m_ruleEditor)
                    m_ruleEditor->showVersions(versions);
            });
    connect(m_worker, &QualityWorker::customRuleSaved, this,
            [this](quint64 id, const QString& ruleId, int version) {
                if (id != m_ruleRequest)
                    return;
                if (m_ruleEditor)
                    m_ruleEditor->showSaved(version);
                ruleKept(ruleId, version);
            });
    connect(m_worker, &QualityWorker::failed, this, [this](quint64 id, const QString& message) {
        if (id == m_ruleRequest) {
            if (m_ruleEditor)
                m_ruleEditor->showFailed(message);
            return;
        }
        if (id == m_runRequest)
            setRunning(false);
        m_result->setResult(
            tr("%1 Check that the store can be reached, then try again.").arg(message), true);
    });
    connect(m_alerts, &AlertNotifier::webhookDelivered, this,
            [this](const QString& url, int status) {
                m_result->setResult(m_result->text() + u'\n' +
                                        tr("Alert sent to %1 (HTTP %2).").arg(url).arg(status),
                                    StatusTone::Failure);
            });
    connect(m_alerts, &AlertNotifier::webhookFailed, this,
            [this](const QString& url, const QString& reason) {
                m_result->setResult(m_result->text() + u'\n' +
                                        tr("The alert could not be sent to %1: %2. Check the "
                                           "webhook in Settings.")
                                            .arg(url, reason),
                                    StatusTone::Failure);
            });
    connect(m_exporter, &FileExporter::finished, this, [this](const QString& path) {
        m_result->setResult(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), StatusTone::Ok);
    });
    connect(m_exporter, &FileExporter::failed, this,
            [this](const QString& message) { m_result->setResult(message, true); });
}

void QualityPage::setStore(const QString& storeUrl, const QString& location) {
    m_storeUrl = storeUrl;
    m_storeLocation = location;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, storeUrl] { worker->setStore(storeUrl); });
    reload();
}

void QualityPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Runs made elsewhere (the CLI, another console) show up when the page is looked at.
    if (!m_storeUrl.isEmpty() && !isRunning())
        reload();
}

void QualityPage::reload() {
    if (m_storeUrl.isEmpty())
        return;
    const quint64 id = m_loadRequest = assessments::StoreWorker::newRequestId();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] { worker->loadDashboard(id); });
}

void QualityPage::showDashboard(const quality::QualityDashboard& dashboard) {
    const QString selected = selectedRuleId();
    m_dashboard = dashboard;
    m_latest = dashboard.latest;
    m_loaded = true;
    setRunning(isRunning());
    m_views->setCurrentIndex(dashboard.latest ? DashboardView : EmptyView);
    fillDatasets(dashboard);
    m_model->setDashboard(dashboard);
    m_trend->setRuns(dashboard.runs);
    if (dashboard.latest)
        showOverview(*dashboard.latest);
    for (QAction* action : std::as_const(m_exportActions))
        action->setEnabled(dashboard.latest.has_value());
    m_export->setEnabled(dashboard.latest.has_value());
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    else
        m_drill->clear();
    emit dashboardShown();
}

void QualityPage::showOverview(const quality::RunRecord& run) {
    const quality::RunScore score = quality::scoreRun(run.results);
    const quality::StatusCounts& all = score.overall;
    const std::optional<double> value = all.score();
    m_score->setText(scoreText(value));
    const quality::AlertTriggers triggers = quality::alertTriggers(run);
    if (!triggers.criticalRules.isEmpty())
        m_scoreStatus->setStatus(StatusTone::Failure, tr("%n critical rule(s) not passing", nullptr,
                                                         int(triggers.criticalRules.size())));
    else if (triggers.lowScore)
        m_scoreStatus->setStatus(scoreTone(value), tr("Below %1").arg(quality::AlertScoreBelow));
    else
        m_scoreStatus->setStatus(scoreTone(value), value ? tr("Healthy") : tr("Nothing scored"));
    m_counts->setText(tr("%1 pass · %2 warn · %3 fail\nNot scored: %4 error · %5 not applicable")
                          .arg(all.count(RuleStatus::Pass))
                          .arg(all.count(RuleStatus::Warn))
                          .arg(all.count(RuleStatus::Fail))
                          .arg(all.count(RuleStatus::Error))
                          .arg(all.count(RuleStatus::NotApplicable)));
    m_runInfo->setText(tr("Run %1, %2")
                           .arg(run.id)
                           .arg(run.finishedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
    m_runInfo->setToolTip(relativeTime(run.finishedAt, QDateTime::currentDateTimeUtc()));
    m_dimensions->setScore(score);
}

void QualityPage::fillDatasets(const quality::QualityDashboard& dashboard) {
    QStringList datasets;
    for (const quality::LatestResult& latest : dashboard.results)
        if (!datasets.contains(latest.result.rule.dataset))
            datasets.append(latest.result.rule.dataset);
    datasets.sort();
    const QString chosen = m_datasetFilter->currentData().toString();
    const QSignalBlocker quiet(m_datasetFilter);
    m_datasetFilter->clear();
    m_datasetFilter->addItem(tr("Any dataset"));
    for (const QString& dataset : std::as_const(datasets))
        m_datasetFilter->addItem(dataset, dataset);
    m_datasetFilter->setCurrentIndex(std::max(0, m_datasetFilter->findData(chosen)));
    m_proxy->setDataset(m_datasetFilter->currentData().toString());
}

QString QualityPage::selectedRuleId() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->result(m_proxy->mapToSource(current).row()).rule.id;
}

std::optional<quality::CustomRule> QualityPage::selectedCustomRule() const {
    const QString id = selectedRuleId();
    for (const quality::CustomRule& rule : m_dashboard.customRules)
        if (rule.definition.id == id)
            return rule;
    return std::nullopt;
}

void QualityPage::openRuleEditor(const std::optional<quality::CustomRule>& rule) {
    if (m_ruleEditor) {
        m_ruleEditor->raise();
        m_ruleEditor->activateWindow();
        return;
    }
    auto* dialog = new CustomRuleDialog(this);
    dialog->setObjectName(u"customRuleDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (rule) {
        dialog->editRule(*rule);
        const quint64 id = newRuleRequest();
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, ruleId = rule->definition.id] {
            worker->loadCustomRuleVersions(id, ruleId);
        });
    }
    connect(dialog, &CustomRuleDialog::tryRequested, this,
            [this](const quality::CustomRule& written) {
                const quint64 id = newRuleRequest();
                QMetaObject::invokeMethod(
                    m_worker, [worker = m_worker, id, written, cancel = m_ruleCancel] {
                        worker->tryCustomRule(id, written, SampleLimit, cancel);
                    });
            });
    connect(dialog, &CustomRuleDialog::saveRequested, this,
            [this](const quality::CustomRule& written) {
                const quint64 id = newRuleRequest();
                QMetaObject::invokeMethod(m_worker,
                                          [worker = m_worker, id, written, cancel = m_ruleCancel] {
                                              worker->saveCustomRule(id, written, cancel);
                                          });
            });
    connect(dialog, &CustomRuleDialog::stopRequested, this, [this] {
        if (m_ruleCancel)
            m_ruleCancel->store(true);
    });
    m_ruleEditor = dialog;
    dialog->open();
}

// From now on the answers to the rule editor's earlier requests are ignored, and its Stop
// cancels this one (m_ruleCancel).
quint64 QualityPage::newRuleRequest() {
    m_ruleCancel = std::make_shared<std::atomic_bool>(false);
    return m_ruleRequest = assessments::StoreWorker::newRequestId();
}

// The kept rule is checked at once, so that it shows in the table with what it finds.
void QualityPage::ruleKept(const QString& ruleId, int version) {
    if (isRunning()) {
        m_result->setResult(
            tr("Kept %1 as version %2; the next run checks it.").arg(ruleId).arg(version),
            StatusTone::Ok);
        return;
    }
    runNow({ruleId});
    m_result->setResult(tr("Kept %1 as version %2; checking it now.").arg(ruleId).arg(version),
                        StatusTone::Ok);
}

void QualityPage::showSelectedRule() {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_runRuleAction->setEnabled(current.isValid() && !isRunning());
    m_editRuleAction->setEnabled(selectedCustomRule().has_value());
    if (!current.isValid()) {
        m_drill->clear();
        return;
    }
    const quality::RuleResult& result = m_model->result(m_proxy->mapToSource(current).row());
    m_drill->showResult(result,
                        m_proxy->index(current.row(), RuleResultsModel::Since).data().toString());
}

void QualityPage::runNow(const QStringList& ruleIds) {
    if (!m_loaded || isRunning())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 id = m_runRequest = assessments::StoreWorker::newRequestId();
    setRunning(true);
    m_step->setText(tr("Starting…"));
    m_result->setResult(QString(), false);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, ruleIds, cancel = m_cancel] {
        worker->run(id, ruleIds, SampleLimit, cancel);
    });
}

void QualityPage::cancelRun() {
    if (!isRunning() || !m_cancel)
        return;
    m_cancel->store(true);
    m_step->setText(tr("Cancelling…"));
}

bool QualityPage::isRunning() const {
    return m_cancelButton->isEnabled();
}

void QualityPage::setRunning(bool running) {
    // Nothing to run until the store is open and its runs have been read once.
    const bool canRun = !running && m_loaded;
    m_runAction->setEnabled(canRun);
    m_run->setEnabled(canRun);
    m_runRuleAction->setEnabled(canRun && m_table->selectionModel()->currentIndex().isValid());
    m_newRuleAction->setEnabled(m_loaded);
    m_editRuleAction->setEnabled(selectedCustomRule().has_value());
    m_cancelAction->setEnabled(running);
    m_cancelButton->setEnabled(running);
    m_progress->setVisible(running);
    m_step->setVisible(running);
    if (!running)
        m_progress->setValue(0);
}

void QualityPage::runEnded(const quality::RunRecord& run,
                           const std::optional<quality::QualityAlert>& alert) {
    setRunning(false);
    if (alert) {
        m_result->setResult(alert->text(), StatusTone::Failure);
        m_alerts->notify(*alert);
    } else {
        const std::optional<double> score = quality::scoreRun(run.results).overall.score();
        m_result->setResult(tr("Run %1 finished: score %2.").arg(run.id).arg(scoreText(score)),
                            scoreTone(score));
    }
    reload();
}

bool QualityPage::exportLatest(ReportFormat format, const QString& path) {
    if (!m_latest)
        return false;
    const quality::ReportContext context{m_storeLocation, QDateTime::currentDateTimeUtc()};
    const bool started = m_exporter->start(path, [format, path, run = *m_latest, context] {
        return writeRunReport(format, path, run, context);
    });
    if (started)
        m_result->setResult(tr("Writing %1…").arg(QDir::toNativeSeparators(path)),
                            StatusTone::Running);
    return started;
}

void QualityPage::chooseExportFile(ReportFormat format) {
    if (!m_latest)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the quality run"),
        QDir(folder).filePath(reportFileName(m_latest->id, format)), reportFilter(format));
    if (!path.isEmpty() && !exportLatest(format, path))
        m_result->setResult(tr("Another file is still being written; try again in a moment."),
                            true);
}

QByteArray QualityPage::tableLayout() const {
    return m_table->horizontalHeader()->saveState();
}

void QualityPage::restoreTableLayout(const QByteArray& layout) {
    if (!layout.isEmpty())
        m_table->horizontalHeader()->restoreState(layout);
}

} // namespace treeops::widgets

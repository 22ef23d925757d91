#pragma once

#include "quality/QualityWorker.h"
#include "quality/ReportFiles.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace treeops::widgets {

class AlertNotifier;
class CustomRuleDialog;
class DimensionChart;
class FailingRowsPanel;
class FileExporter;
class ResultLabel;
class RuleFilterProxy;
class RuleResultsModel;
class ScoreTrendChart;
class StatusLabel;

// For data engineers: how good the data is and since when — the score of the newest run and its
// trend, the rules by dimension, every rule's newest result with its trend, and the failing
// rows of the rule chosen, from which an assessment opens. Runs the rules on request (off the
// GUI thread, with progress and Cancel), raises an alert once per incident, exports a run as
// HTML, PDF, CSV or JSON, and lets data engineers write rules of their own in SQL.
class QualityPage : public QWidget {
    Q_OBJECT

public:
    explicit QualityPage(QWidget* parent = nullptr);
    ~QualityPage() override;

    // The store to check, once it has been opened (and so migrated); `location` names it for
    // people, without credentials. Loads the dashboard.
    void setStore(const QString& storeUrl, const QString& location);
    // Runs every rule (or those named) and stores the run.
    void runNow(const QStringList& ruleIds = {});
    void cancelRun();
    bool isRunning() const;
    // Writes the newest run at `path`; false when there is no run or a file is being written.
    bool exportLatest(ReportFormat format, const QString& path);

    QByteArray tableLayout() const;
    void restoreTableLayout(const QByteArray& layout);
    AlertNotifier* alerts() const { return m_alerts; }

signals:
    void openAssessmentRequested(const QString& id);
    // The dashboard shows what the store holds now.
    void dashboardShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createToolbar();
    QWidget* createOverview();
    QWidget* createFilters();
    QWidget* createRules();
    QWidget* createEmptyState();
    void createActions();
    void connectWorker();
    void reload();
    void showDashboard(const quality::QualityDashboard& dashboard);
    void showOverview(const quality::RunRecord& run);
    void showSelectedRule();
    void runEnded(const quality::RunRecord& run, const std::optional<quality::QualityAlert>& alert);
    void setRunning(bool running);
    void chooseExportFile(ReportFormat format);
    void fillDatasets(const quality::QualityDashboard& dashboard);
    QString selectedRuleId() const;
    std::optional<quality::CustomRule> selectedCustomRule() const;
    // Opens the custom rule editor (raises it when it is open already): a new rule, or the next
    // version of `rule`.
    void openRuleEditor(const std::optional<quality::CustomRule>& rule);
    quint64 newRuleRequest();
    void ruleKept(const QString& ruleId, int version);

    QThread m_thread;
    quality::QualityWorker* m_worker;
    RuleResultsModel* m_model;
    RuleFilterProxy* m_proxy;
    AlertNotifier* m_alerts;
    FileExporter* m_exporter;
    QString m_storeUrl;
    QString m_storeLocation;
    std::optional<quality::RunRecord> m_latest;
    quality::QualityDashboard m_dashboard;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_loadRequest = 0;
    quint64 m_runRequest = 0;
    quint64 m_ruleRequest = 0;
    std::shared_ptr<std::atomic_bool> m_ruleCancel; // of the rule editor's query
    QPointer<CustomRuleDialog> m_ruleEditor;
    bool m_loaded = false;

    QAction* m_runAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_runRuleAction = nullptr;
    QAction* m_newRuleAction = nullptr;
    QAction* m_editRuleAction = nullptr;
    QList<QAction*> m_exportActions;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QToolButton* m_customRules = nullptr;
    QToolButton* m_export = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_step = nullptr;
    ResultLabel* m_result = nullptr;
    QStackedWidget* m_views = nullptr;
    QLabel* m_score = nullptr;
    StatusLabel* m_scoreStatus = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_runInfo = nullptr;
    ScoreTrendChart* m_trend = nullptr;
    DimensionChart* m_dimensions = nullptr;
    QComboBox* m_severityFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_datasetFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    FailingRowsPanel* m_drill = nullptr;
};

} // namespace treeops::widgets

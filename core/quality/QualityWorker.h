#pragma once

#include "quality/QualityAlert.h"
#include "quality/QualityRun.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <atomic>
#include <memory>

namespace treeops::storage {
class QualityHistory;
class ReadOnlySql;
} // namespace treeops::storage

namespace treeops::quality {

// A rule's newest result, and the run it came from.
struct LatestResult {
    RuleResult result;
    qint64 runId = 0;
    QDateTime at;
};

// What the Quality page shows: the newest runs for the trend line, the newest run whole (for
// its score and reports), each rule's newest result (a run may have checked only some rules)
// and each rule's trend.
struct QualityDashboard {
    QList<RunSummary> runs; // newest first
    std::optional<RunRecord> latest;
    QList<LatestResult> results;                  // in the order the rules run
    QHash<QString, QList<RuleTrendPoint>> trends; // by rule id, oldest first
    QList<CustomRule> customRules;                // the latest version of each
};

// The rules a run can evaluate, for choosing them.
using RuleDefinitions = QList<RuleDefinition>;

// Data-quality work for the console, in a thread of its own: reading runs and trends, and
// running rules on a read-only connection of its own, so that a long run never holds up the
// store the estimators save to. Each request carries an id the caller chose, echoed in the
// answer.
class QualityWorker : public QObject {
    Q_OBJECT

public:
    // Runs read for the trend line and each rule's sparkline.
    static constexpr int TrendRuns = 90;
    // Runs looked through for rules the newest run did not check.
    static constexpr int RunsForLatestResults = 10;

    explicit QualityWorker(QObject* parent = nullptr);
    ~QualityWorker() override;

public slots:
    // The store to work on (as StoreFactory reads URLs); it is connected to on first use, so it
    // must have been opened (and migrated) by then.
    void setStore(const QString& storeUrl);
    void loadDashboard(quint64 requestId);
    // Runs the rules named (every rule when `ruleIds` is empty) and stores the run. A cancelled
    // run is not stored. `cancel` may be set from any thread.
    void run(quint64 requestId, const QStringList& ruleIds, int sampleLimit,
             std::shared_ptr<std::atomic_bool> cancel);
    // Checks a custom rule as written, without keeping it (see tryCustomRule). One query,
    // bounded by the read-only connection's statement timeout, and stopped soon after `cancel`
    // turns true (from any thread); a stopped query fails.
    void tryCustomRule(quint64 requestId, const treeops::quality::CustomRule& rule, int sampleLimit,
                       std::shared_ptr<std::atomic_bool> cancel);
    // Keeps a custom rule as the next version of its id, once it has run (see keepCustomRule);
    // stopped as tryCustomRule is, in which case nothing is kept.
    void saveCustomRule(quint64 requestId, const treeops::quality::CustomRule& rule,
                        std::shared_ptr<std::atomic_bool> cancel);
    // Every kept version of a custom rule, oldest first.
    void loadCustomRuleVersions(quint64 requestId, const QString& ruleId);

signals:
    void dashboardLoaded(quint64 requestId, const treeops::quality::QualityDashboard& dashboard);
    void progress(quint64 requestId, int percent, const QString& step);
    // The stored run, and the alert it raises when it starts (or adds to) an incident.
    void runFinished(quint64 requestId, const treeops::quality::RunRecord& run,
                     const std::optional<treeops::quality::QualityAlert>& alert);
    void runCancelled(quint64 requestId);
    void customRuleTried(quint64 requestId, const treeops::quality::CheckOutcome& outcome);
    void customRuleSaved(quint64 requestId, const QString& ruleId, int version);
    void customRuleVersionsLoaded(quint64 requestId,
                                  const QList<treeops::quality::CustomRule>& versions);
    void failed(quint64 requestId, const QString& message);

private:
    storage::QualityHistory& history();
    std::unique_ptr<storage::ReadOnlySql>
    cancellableSql(const std::shared_ptr<std::atomic_bool>& cancel) const;
    QList<LatestResult> latestResults(const QualityDashboard& dashboard);
    template <typename Work> void serve(quint64 requestId, Work work);

    QString m_storeUrl;
    std::unique_ptr<storage::QualityHistory> m_history;
};

} // namespace treeops::quality

Q_DECLARE_METATYPE(treeops::quality::QualityDashboard)
Q_DECLARE_METATYPE(treeops::quality::RunRecord)
Q_DECLARE_METATYPE(treeops::quality::CheckOutcome)
Q_DECLARE_METATYPE(QList<treeops::quality::CustomRule>)
Q_DECLARE_METATYPE(std::optional<treeops::quality::QualityAlert>)

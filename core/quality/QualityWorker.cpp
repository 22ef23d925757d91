#include "quality/QualityWorker.h"

#include "i18n/Translate.h"
#include "quality/CustomRules.h"
#include "quality/QualityRunner.h"
#include "storage/QualityHistory.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"

#include <QSet>

namespace treeops::quality {

QualityWorker::QualityWorker(QObject* parent)
    : QObject(parent) {
    // Queued connections across the thread boundary copy these through QMetaType.
    qRegisterMetaType<QualityDashboard>();
    qRegisterMetaType<RunRecord>();
    qRegisterMetaType<CheckOutcome>();
    qRegisterMetaType<QList<CustomRule>>();
    qRegisterMetaType<std::optional<QualityAlert>>();
    qRegisterMetaType<std::shared_ptr<std::atomic_bool>>();
}

QualityWorker::~QualityWorker() = default;

void QualityWorker::setStore(const QString& storeUrl) {
    m_storeUrl = storeUrl;
    m_history.reset();
}

storage::QualityHistory& QualityWorker::history() {
    if (!m_history)
        m_history = storage::openQualityHistory(m_storeUrl);
    return *m_history;
}

template <typename Work> void QualityWorker::serve(quint64 requestId, Work work) {
    try {
        work();
    } catch (const storage::StoreError& e) {
        // A server that went away is connected to afresh on the next request.
        m_history.reset();
        emit failed(requestId, e.message());
    }
}

void QualityWorker::loadDashboard(quint64 requestId) {
    serve(requestId, [&] {
        QualityDashboard dashboard;
        dashboard.runs = history().recentRuns(TrendRuns);
        if (!dashboard.runs.isEmpty())
            dashboard.latest = history().run(dashboard.runs.constFirst().id);
        dashboard.customRules = history().customRules();
        dashboard.results = latestResults(dashboard);
        for (const LatestResult& latest : std::as_const(dashboard.results))
            dashboard.trends.insert(latest.result.rule.id,
                                    history().ruleTrend(latest.result.rule.id, TrendRuns));
        emit dashboardLoaded(requestId, dashboard);
    });
}

// The newest run's results, then those of rules it did not check from the runs before it.
QList<LatestResult> QualityWorker::latestResults(const QualityDashboard& dashboard) {
    const qsizetype known = qsizetype(allRules(dashboard.customRules).size());
    QList<LatestResult> results;
    QSet<QString> seen;
    const auto take = [&](const RunRecord& run) {
        for (const RuleResult& result : run.results)
            if (!seen.contains(result.rule.id)) {
                seen.insert(result.rule.id);
                results.append({result, run.id, run.finishedAt});
            }
    };
    if (dashboard.latest)
        take(*dashboard.latest);
    const qsizetype older = std::min<qsizetype>(dashboard.runs.size(), RunsForLatestResults);
    for (qsizetype i = 1; i < older && seen.size() < known; ++i)
        if (const std::optional<RunRecord> run = history().run(dashboard.runs.at(i).id))
            take(*run);
    return results;
}

void QualityWorker::run(quint64 requestId, const QStringList& ruleIds, int sampleLimit,
                        std::shared_ptr<std::atomic_bool> cancel) {
    serve(requestId, [&] {
        const RuleList rules = selectRules(allRules(history().customRules()), ruleIds);
        const std::optional<RunRecord> previous = storage::latestRun(history());
        QualityRunner runner(m_storeUrl);
        RunRecord record = runner.run(
            rules,
            {QDateTime(), sampleLimit,
             previous ? ruleDurations(*previous) : QHash<QString, qint64>()},
            [&](int done, int total, const RuleDefinition& next) {
                emit progress(requestId, done * 100 / std::max(1, total),
                              translate("QualityWorker", "Checking %1 (%2 of %3)")
                                  .arg(next.name)
                                  .arg(done + 1)
                                  .arg(total));
            },
            [&cancel] { return cancel && cancel->load(); });
        if (runner.wasCancelled()) {
            emit runCancelled(requestId);
            return;
        }
        record.id = history().saveRun(record, runner.verifiedQuotes());
        emit runFinished(requestId, record, alertFor(record, previous ? &*previous : nullptr));
    });
}

std::unique_ptr<storage::ReadOnlySql>
QualityWorker::cancellableSql(const std::shared_ptr<std::atomic_bool>& cancel) const {
    auto sql = storage::openReadOnlySql(m_storeUrl);
    sql->setCancelCheck([cancel] { return cancel && cancel->load(); });
    return sql;
}

void QualityWorker::tryCustomRule(quint64 requestId, const CustomRule& rule, int sampleLimit,
                                  std::shared_ptr<std::atomic_bool> cancel) {
    serve(requestId, [&] {
        const CheckOutcome outcome =
            quality::tryCustomRule(rule, *cancellableSql(cancel), sampleLimit);
        emit customRuleTried(requestId, outcome);
    });
}

void QualityWorker::saveCustomRule(quint64 requestId, const CustomRule& rule,
                                   std::shared_ptr<std::atomic_bool> cancel) {
    serve(requestId, [&] {
        const int version = keepCustomRule(rule, history(), *cancellableSql(cancel));
        emit customRuleSaved(requestId, rule.definition.id, version);
    });
}

void QualityWorker::loadCustomRuleVersions(quint64 requestId, const QString& ruleId) {
    serve(requestId,
          [&] { emit customRuleVersionsLoaded(requestId, history().customRuleVersions(ruleId)); });
}

} // namespace treeops::quality

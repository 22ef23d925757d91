#include "quality/QualityRunner.h"

#include "i18n/Translate.h"
#include "quality/BuiltInRules.h"
#include "quality/SqlRule.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"

#include <QElapsedTimer>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <future>
#include <mutex>
#include <optional>

namespace treeops::quality {

// The rules of one run, handed out to its connections one at a time, and what they found.
class QualityRunner::Queue {
public:
    Queue(const RuleList& rules, const RunOptions& options, const Progress& progress,
          const storage::CancelCheck& cancelled)
        : m_rules(rules)
        , m_options(options)
        , m_progress(progress)
        , m_cancelled(cancelled)
        , m_results(rules.size()) {}

    const RunOptions& options() const { return m_options; }
    const storage::CancelCheck& cancelCheck() const { return m_cancelled; }

    // The next rule no connection has started, after telling the progress of it; none once all
    // are started or the run is cancelled.
    const Rule* take(std::size_t& index) {
        if (isCancelled())
            return nullptr;
        const std::lock_guard lock(m_mutex);
        if (m_next == m_rules.size())
            return nullptr;
        index = m_next++;
        const Rule& rule = *m_rules[index];
        if (m_progress)
            m_progress(int(index), int(m_rules.size()), rule.definition());
        return &rule;
    }

    // A rule checked while the run was cancelled keeps no result: its query may have been
    // stopped half-way.
    void finish(std::size_t index, RuleResult result) {
        if (isCancelled())
            return;
        const std::lock_guard lock(m_mutex);
        m_results[index] = std::move(result);
    }

    bool isCancelled() {
        if (!m_stopped && m_cancelled && m_cancelled())
            m_stopped = true;
        return m_stopped;
    }

    QList<RuleResult> results() const {
        QList<RuleResult> finished;
        for (const std::optional<RuleResult>& result : m_results)
            if (result)
                finished << *result;
        return finished;
    }

private:
    const RuleList& m_rules;
    const RunOptions m_options;
    const Progress& m_progress;
    const storage::CancelCheck& m_cancelled;
    std::mutex m_mutex;
    std::size_t m_next = 0;
    std::vector<std::optional<RuleResult>> m_results;
    std::atomic_bool m_stopped = false;
};

QualityRunner::QualityRunner(storage::ReadOnlySql& sql)
    : m_connections{&sql} {}

QualityRunner::QualityRunner(const QString& storeUrl, int statementTimeoutMs, int connections) {
    for (int i = 0; i < std::max(1, connections); ++i) {
        m_owned.push_back(storage::openReadOnlySql(storeUrl, statementTimeoutMs));
        m_connections.push_back(m_owned.back().get());
    }
}

QualityRunner::~QualityRunner() = default;

int QualityRunner::defaultConnections() {
    return std::clamp(QThread::idealThreadCount(), 2, 4);
}

RunRecord QualityRunner::run(const RuleList& rules, const RunOptions& options,
                             const Progress& progress, const storage::CancelCheck& cancelled) {
    RunRecord record;
    record.startedAt = QDateTime::currentDateTimeUtc();
    RunOptions resolved = options;
    if (!resolved.now.isValid())
        resolved.now = record.startedAt;
    Queue queue(rules, resolved, progress, cancelled);
    const std::size_t used = std::max<std::size_t>(1, std::min(m_connections.size(), rules.size()));
    std::vector<VerifiedQuotes> verified(used);
    {
        std::vector<std::future<void>> others;
        for (std::size_t i = 1; i < used; ++i)
            others.push_back(std::async(std::launch::async, [this, &queue, &verified, i] {
                work(*m_connections[i], queue, verified[i]);
            }));
        work(*m_connections.front(), queue, verified.front());
        for (std::future<void>& other : others)
            other.get();
    }
    m_verified.clear();
    for (VerifiedQuotes& found : verified)
        m_verified.insert(m_verified.end(), found.begin(), found.end());
    m_cancelled = queue.isCancelled();
    record.results = queue.results();
    record.finishedAt = QDateTime::currentDateTimeUtc();
    return record;
}

void QualityRunner::work(storage::ReadOnlySql& sql, Queue& queue, VerifiedQuotes& verified) {
    sql.setCancelCheck(queue.cancelCheck());
    RuleContext context{sql, queue.options().now, queue.options().sampleLimit, &verified};
    std::size_t index = 0;
    while (const Rule* rule = queue.take(index))
        queue.finish(index, evaluate(*rule, context));
    sql.setCancelCheck({});
}

RuleResult QualityRunner::evaluate(const Rule& rule, RuleContext& context) {
    RuleResult result;
    result.rule = rule.definition();
    QElapsedTimer timer;
    timer.start();
    try {
        result.outcome = rule.check(context);
        result.status = judge(result.rule, result.outcome);
    } catch (const storage::StoreError& e) {
        result.status = RuleStatus::Error;
        result.message = e.message();
    } catch (const std::exception& e) {
        result.status = RuleStatus::Error;
        result.message = QString::fromUtf8(e.what());
    }
    result.durationMs = timer.elapsed();
    return result;
}

RuleList selectRules(const RuleList& available, const QStringList& ids) {
    if (ids.isEmpty())
        return available;
    RuleList chosen;
    QStringList unknown;
    for (const QString& id : ids) {
        const auto it = std::find_if(available.begin(), available.end(),
                                     [&](const RulePtr& r) { return r->definition().id == id; });
        if (it == available.end())
            unknown << id;
        else
            chosen.push_back(*it);
    }
    if (!unknown.isEmpty())
        throw storage::StoreError(
            storage::StoreError::Kind::InvalidInput,
            translate("Quality", "no such rule: %1 (treeops-cli quality rules lists them)")
                .arg(unknown.join(u", ")));
    return chosen;
}

RuleList allRules(const QList<CustomRule>& custom) {
    RuleList rules = builtInRules();
    for (const CustomRule& rule : custom)
        rules.push_back(std::make_shared<SqlRule>(rule.definition, rule.sql));
    return rules;
}

} // namespace treeops::quality

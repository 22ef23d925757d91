#include "quality/QualityRunner.h"

#include "i18n/Translate.h"
#include "quality/BuiltInRules.h"
#include "quality/ScanRule.h"
#include "quality/SqlRule.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <future>
#include <mutex>
#include <optional>

namespace treeops::quality {

namespace {

// A rule whose check reads shared rows in full this run (RowsHost::rowsReadInFull): its position
// in the run's rules, and the rows' name.
using Host = std::pair<std::size_t, QString>;

std::vector<Host> hostsOf(const RuleList& rules, storage::ReadOnlySql& sql) {
    std::vector<Host> hosts;
    const bool scans = std::any_of(rules.begin(), rules.end(), [](const RulePtr& rule) {
        return dynamic_cast<const ScanRule*>(rule.get()) != nullptr;
    });
    if (!scans)
        return hosts;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const auto* host = dynamic_cast<const RowsHost*>(rules[i].get());
        if (!host)
            continue;
        std::optional<QString> rows;
        try {
            rows = host->rowsReadInFull(sql);
        } catch (const std::exception&) {
            continue; // the rule's own check reports why the store cannot answer
        }
        const bool taken = std::any_of(hosts.begin(), hosts.end(),
                                       [&](const Host& found) { return found.second == rows; });
        if (rows && !taken)
            hosts.emplace_back(i, *rows);
    }
    return hosts;
}

} // namespace

// The rules of one run, handed out to its connections a task at a time, and what they found.
// A task is one rule, or the rules that share rows (ScanRule), checked in one pass where the
// first of them stands in the run, or in the query of a rule that reads those rows in full
// anyway (a host), which then comes first.
class QualityRunner::Queue {
public:
    using Task = std::vector<std::size_t>; // positions in the run's rules

    Queue(const RuleList& rules, const std::vector<Host>& hosts, const RunOptions& options,
          const Progress& progress, const storage::CancelCheck& cancelled)
        : m_rules(rules)
        , m_tasks(tasksOf(rules, hosts, options.lastDurationsMs))
        , m_options(options)
        , m_progress(progress)
        , m_cancelled(cancelled)
        , m_results(rules.size()) {}

    const Rule& rule(std::size_t index) const { return *m_rules[index]; }
    const RunOptions& options() const { return m_options; }
    const storage::CancelCheck& cancelCheck() const { return m_cancelled; }

    // The next task no connection has started, after telling the progress of each of its rules;
    // none once all are started or the run is cancelled.
    std::optional<Task> take() {
        if (isCancelled())
            return std::nullopt;
        const std::lock_guard lock(m_mutex);
        if (m_nextTask == m_tasks.size())
            return std::nullopt;
        const Task& task = m_tasks[m_nextTask++];
        for (const std::size_t index : task) {
            if (m_progress)
                m_progress(m_started, int(m_rules.size()), m_rules[index]->definition());
            ++m_started;
        }
        return task;
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
    static std::vector<Task> tasksOf(const RuleList& rules, const std::vector<Host>& hosts,
                                     const QHash<QString, qint64>& lastDurationsMs) {
        std::vector<Task> tasks;
        QHash<QString, std::size_t> sharing; // rows' name -> the task reading them
        for (const auto& [index, rows] : hosts) {
            sharing.insert(rows, tasks.size());
            tasks.push_back({index});
        }
        const auto hosting = [&](std::size_t i) {
            return std::any_of(hosts.begin(), hosts.end(),
                               [i](const Host& host) { return host.first == i; });
        };
        for (std::size_t i = 0; i < rules.size(); ++i) {
            if (hosting(i))
                continue;
            const auto* scan = dynamic_cast<const ScanRule*>(rules[i].get());
            if (!scan) {
                tasks.push_back({i});
                continue;
            }
            const auto found = sharing.constFind(scan->rows().name);
            if (found != sharing.constEnd()) {
                tasks[*found].push_back(i);
                continue;
            }
            sharing.insert(scan->rows().name, tasks.size());
            tasks.push_back({i});
        }
        // The rules of one pass took the time of the pass. A rule whose time depends on the
        // runs before starts first: after a run that priced no quote, the quote check's 1.4 s
        // over 1,000,000 assessments put it third, and the run that then had to price every
        // quote ended on its 6-7 s.
        const auto startsBefore = [&](const Task& a, const Task& b) {
            const Rule& first = *rules[a.front()];
            const Rule& second = *rules[b.front()];
            if (first.dependsOnEarlierRuns() != second.dependsOnEarlierRuns())
                return first.dependsOnEarlierRuns();
            return lastDurationsMs.value(first.definition().id, 0) >
                   lastDurationsMs.value(second.definition().id, 0);
        };
        std::stable_sort(tasks.begin(), tasks.end(), startsBefore);
        return tasks;
    }

    const RuleList& m_rules;
    const std::vector<Task> m_tasks;
    const RunOptions m_options;
    const Progress& m_progress;
    const storage::CancelCheck& m_cancelled;
    std::mutex m_mutex;
    std::size_t m_nextTask = 0;
    int m_started = 0;
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
    Queue queue(rules, hostsOf(rules, *m_connections.front()), resolved, progress, cancelled);
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
    m_verified = {};
    for (VerifiedQuotes& found : verified)
        m_verified.take(std::move(found));
    m_cancelled = queue.isCancelled();
    record.results = queue.results();
    record.finishedAt = QDateTime::currentDateTimeUtc();
    return record;
}

void QualityRunner::work(storage::ReadOnlySql& sql, Queue& queue, VerifiedQuotes& verified) {
    sql.setCancelCheck(queue.cancelCheck());
    RuleContext context{sql, queue.options().now, queue.options().sampleLimit, &verified};
    while (const std::optional<Queue::Task> task = queue.take()) {
        std::vector<const Rule*> rules;
        for (const std::size_t index : *task)
            rules.push_back(&queue.rule(index));
        QList<RuleResult> results = evaluate(rules, context);
        for (std::size_t i = 0; i < task->size(); ++i)
            queue.finish((*task)[i], std::move(results[qsizetype(i)]));
    }
    sql.setCancelCheck({});
}

// One rule, or rules sharing rows checked in one pass: each is judged on its own outcome, and
// all take the time of the pass (or the error that stopped it).
QList<RuleResult> QualityRunner::evaluate(const std::vector<const Rule*>& rules,
                                          RuleContext& context) {
    QList<RuleResult> results;
    for (const Rule* rule : rules)
        results.append({rule->definition(), RuleStatus::Error, {}, {}, 0});
    QElapsedTimer timer;
    timer.start();
    try {
        const std::vector<CheckOutcome> outcomes = check(rules, context);
        for (qsizetype i = 0; i < results.size(); ++i) {
            results[i].outcome = outcomes[std::size_t(i)];
            results[i].status = judge(results[i].rule, results[i].outcome);
        }
    } catch (const storage::StoreError& e) {
        for (RuleResult& result : results)
            result.message = e.message();
    } catch (const std::exception& e) {
        for (RuleResult& result : results)
            result.message = QString::fromUtf8(e.what());
    }
    const qint64 elapsedMs = timer.elapsed();
    for (RuleResult& result : results)
        result.durationMs = elapsedMs;
    return results;
}

std::vector<CheckOutcome> QualityRunner::check(const std::vector<const Rule*>& rules,
                                               RuleContext& context) {
    if (rules.size() == 1)
        return {rules.front()->check(context)};
    std::vector<const ScanRule*> scans;
    for (const Rule* rule : rules)
        if (const auto* scan = dynamic_cast<const ScanRule*>(rule))
            scans.push_back(scan);
    if (scans.size() == rules.size())
        return checkInOnePass(scans, context);
    // A host, then the scans over the rows it reads in full (see hostsOf).
    return dynamic_cast<const RowsHost&>(*rules.front()).checkHosting(scans, context);
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

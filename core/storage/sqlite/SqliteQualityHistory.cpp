#include "storage/sqlite/SqliteQualityHistory.h"

#include "storage/QualityRows.h"
#include "storage/sqlite/SqliteRows.h"
#include "storage/sqlite/SqliteVerifiedQuotes.h"

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

QString timeText(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

quality::RunSummary readSummary(const SqliteStatement& s) {
    quality::RunSummary run;
    run.id = s.integer(0);
    run.startedAt = parseStoredTime(s.text(1));
    run.finishedAt = parseStoredTime(s.text(2));
    for (int i = 0; i < quality::RuleStatusCount; ++i)
        run.counts.byStatus[std::size_t(i)] = int(s.integer(3 + i));
    return run;
}

const QString SummaryColumns =
    u"id, started_at, finished_at, passed, warned, failed, errors, not_applicable"_s;

} // namespace

SqliteQualityHistory::SqliteQualityHistory(const QString& path)
    : m_db(path) {
    m_db.execute(u"PRAGMA foreign_keys = ON"_s);
}

qint64 SqliteQualityHistory::saveRun(const quality::RunRecord& run,
                                     const quality::VerifiedQuotes& verified) {
    const quality::StatusCounts counts = quality::scoreRun(run.results).overall;
    SqliteTransaction tx(m_db);
    auto insertRun = m_db.prepare(u"INSERT INTO quality_runs (started_at, finished_at, passed, "
                                  "warned, failed, errors, not_applicable) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    insertRun.bind(1, timeText(run.startedAt)).bind(2, timeText(run.finishedAt));
    for (int i = 0; i < quality::RuleStatusCount; ++i)
        insertRun.bind(3 + i, counts.byStatus[std::size_t(i)]);
    insertRun.run();
    const qint64 id = m_db.lastInsertRowId();
    auto insertResult = m_db.prepare(u"INSERT INTO quality_results (run_id, position, rule_id, "
                                     "status, examined, failing, result) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < run.results.size(); ++i) {
        const quality::RuleResult& r = run.results[i];
        insertResult.bind(1, id)
            .bind(2, i)
            .bind(3, r.rule.id)
            .bind(4, quality::statusKey(r.status));
        insertResult.bind(5, r.outcome.examined).bind(6, r.outcome.failing).bind(7, resultRow(r));
        insertResult.run();
        insertResult.reset();
    }
    markVerifiedQuotes(m_db, verified);
    tx.commit();
    return id;
}

QList<quality::RunSummary> SqliteQualityHistory::recentRuns(int limit) {
    auto s = m_db.prepare(u"SELECT "_s + SummaryColumns +
                          u" FROM quality_runs ORDER BY id DESC LIMIT ?"_s);
    s.bind(1, limit);
    QList<quality::RunSummary> runs;
    while (s.step())
        runs << readSummary(s);
    return runs;
}

std::optional<quality::RunRecord> SqliteQualityHistory::run(qint64 id) {
    auto s = m_db.prepare(u"SELECT "_s + SummaryColumns + u" FROM quality_runs WHERE id = ?"_s);
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    const quality::RunSummary summary = readSummary(s);
    quality::RunRecord record{summary.id, summary.startedAt, summary.finishedAt, {}};
    auto results =
        m_db.prepare(u"SELECT result FROM quality_results WHERE run_id = ? ORDER BY position"_s);
    results.bind(1, id);
    while (results.step())
        record.results << resultFromRow(results.text(0));
    return record;
}

QList<quality::RuleTrendPoint> SqliteQualityHistory::ruleTrend(const QString& ruleId, int limit) {
    auto s = m_db.prepare(u"SELECT r.run_id, q.finished_at, r.status, r.examined, r.failing "
                          "FROM quality_results r JOIN quality_runs q ON q.id = r.run_id "
                          "WHERE r.rule_id = ? ORDER BY r.run_id DESC LIMIT ?"_s);
    s.bind(1, ruleId).bind(2, limit);
    QList<quality::RuleTrendPoint> points;
    while (s.step())
        points.prepend({s.integer(0), parseStoredTime(s.text(1)),
                        quality::statusFromKey(s.text(2)).value_or(quality::RuleStatus::Error),
                        s.integer(3), s.integer(4)});
    return points;
}

int SqliteQualityHistory::saveCustomRule(const quality::CustomRule& rule) {
    SqliteTransaction tx(m_db);
    auto latest =
        m_db.prepare(u"SELECT coalesce(max(version), 0) FROM quality_custom_rules WHERE id = ?"_s);
    latest.bind(1, rule.definition.id);
    latest.step();
    quality::RuleDefinition definition = rule.definition;
    definition.version = int(latest.integer(0)) + 1;
    definition.custom = true;
    auto insert = m_db.prepare(u"INSERT INTO quality_custom_rules (id, version, saved_at, "
                               "definition, sql) VALUES (?, ?, ?, ?, ?)"_s);
    insert.bind(1, definition.id).bind(2, definition.version);
    insert.bind(3, timeText(QDateTime::currentDateTimeUtc())).bind(4, definitionRow(definition));
    insert.bind(5, rule.sql).run();
    tx.commit();
    return definition.version;
}

QList<quality::CustomRule> SqliteQualityHistory::readCustomRules(const QString& sql,
                                                                 const QString& id) {
    auto s = m_db.prepare(sql);
    if (!id.isNull())
        s.bind(1, id);
    QList<quality::CustomRule> rules;
    while (s.step())
        rules << quality::CustomRule{definitionFromRow(s.text(0)), s.text(1),
                                     parseStoredTime(s.text(2))};
    return rules;
}

QList<quality::CustomRule> SqliteQualityHistory::customRules() {
    return readCustomRules(u"SELECT definition, sql, saved_at FROM quality_custom_rules c "
                           "WHERE version = (SELECT max(version) FROM quality_custom_rules "
                           "WHERE id = c.id) ORDER BY id"_s,
                           {});
}

QList<quality::CustomRule> SqliteQualityHistory::customRuleVersions(const QString& id) {
    return readCustomRules(u"SELECT definition, sql, saved_at FROM quality_custom_rules "
                           "WHERE id = ? ORDER BY version"_s,
                           id);
}

} // namespace treeops::storage

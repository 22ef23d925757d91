#include "storage/postgres/PostgresQualityHistory.h"

#include "storage/QualityRows.h"
#include "storage/postgres/PostgresCopy.h"
#include "storage/postgres/PostgresErrors.h"

#include <pqxx/pqxx>

namespace treeops::storage {
namespace {

std::string str(const QString& text) {
    return text.toStdString();
}

QString qstr(const pqxx::field& field) {
    return QString::fromUtf8(field.c_str(), qsizetype(field.size()));
}

QDateTime time(const pqxx::field& msecs) {
    return QDateTime::fromMSecsSinceEpoch(msecs.as<qint64>(), Qt::UTC);
}

std::string iso(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

std::string msecs(const std::string& column) {
    return "(extract(epoch FROM " + column + ") * 1000)::bigint";
}

const std::string SummarySelect = "SELECT id, " + msecs("started_at") + ", " +
                                  msecs("finished_at") +
                                  ", passed, warned, failed, errors, not_applicable "
                                  "FROM quality_runs ";

quality::RunSummary readSummary(const pqxx::row& row) {
    quality::RunSummary run;
    run.id = row[0].as<qint64>();
    run.startedAt = time(row[1]);
    run.finishedAt = time(row[2]);
    for (int i = 0; i < quality::RuleStatusCount; ++i)
        run.counts.byStatus[std::size_t(i)] = row[3 + i].as<int>();
    return run;
}

QList<quality::CustomRule> readCustomRules(const pqxx::result& rows) {
    QList<quality::CustomRule> rules;
    for (const auto& row : rows)
        rules << quality::CustomRule{definitionFromRow(qstr(row[0])), qstr(row[1]), time(row[2])};
    return rules;
}

// An assessment deleted while the run went on has no revision left to mark.
void markEach(pqxx::work& tx, const quality::VerifiedQuotes& verified) {
    tx.exec0("CREATE TEMP TABLE verified_now (assessment_id text COLLATE \"C\", revision bigint) "
             "ON COMMIT DROP");
    CopyWriter copy(tx, "verified_now", {"assessment_id", "revision"});
    CopyRow row;
    for (const quality::VerifiedQuote& quote : verified.quotes) {
        row.clear();
        copy.write(row.utf8(quote.assessmentId).integer(quote.revision));
    }
    copy.complete();
    tx.exec_params0(
        "UPDATE quote_revisions r SET verified_revision = v.revision, "
        "verified_engine = $1 FROM verified_now v WHERE r.assessment_id = v.assessment_id",
        quality::quoteEngineBuild().toStdString());
}

// The check's snapshot and numbering stand for every revision they saw that has not moved on
// since (its transaction is one the snapshot saw), but those the check read without verifying,
// which are marked as left out: the record of the build's earlier run goes, as this one saw all
// it did. A revision moved on while the run went on, even by a transaction begun before it, is
// not verified by the record. Runs kept at once keep their records one after the other, so that
// one alone is left.
void keepSnapshot(pqxx::work& tx, const quality::VerifiedQuotes& verified) {
    tx.exec0("LOCK TABLE quote_verifications IN EXCLUSIVE MODE");
    tx.exec0("DELETE FROM quote_verifications");
    const qint64 record = tx.exec_params1("INSERT INTO quote_verifications (engine, read_in, "
                                          "through) VALUES ($1, $2::pg_snapshot, $3) RETURNING id",
                                          quality::quoteEngineBuild().toStdString(),
                                          verified.readIn.toStdString(), verified.readThrough)[0]
                              .as<qint64>();
    if (verified.notVerified.empty())
        return;
    tx.exec0("CREATE TEMP TABLE not_verified_now (assessment_id text COLLATE \"C\") "
             "ON COMMIT DROP");
    CopyWriter copy(tx, "not_verified_now", {"assessment_id"});
    CopyRow row;
    for (const QByteArray& id : verified.notVerified) {
        row.clear();
        copy.write(row.utf8(id));
    }
    copy.complete();
    tx.exec_params0("UPDATE quote_revisions r SET left_unverified_by = $1 "
                    "FROM not_verified_now n WHERE r.assessment_id = n.assessment_id",
                    record);
}

// Read from a snapshot, the snapshot is kept when it leaves fewer revisions to mark (those left
// out) than the list of verified quotes would; otherwise the listed revisions are marked.
void rememberVerifiedQuotes(pqxx::work& tx, const quality::VerifiedQuotes& verified) {
    if (verified.empty())
        return;
    if (!verified.readIn.isEmpty() && verified.notVerified.size() < verified.quotes.size())
        keepSnapshot(tx, verified);
    else
        markEach(tx, verified);
}

const std::string CustomRuleColumns =
    "SELECT definition, sql, " + msecs("saved_at") + " FROM quality_custom_rules c ";

} // namespace

PostgresQualityHistory::PostgresQualityHistory(PostgresTarget target)
    : m_target(std::move(target))
    , m_connection(m_target.connect()) {}

PostgresQualityHistory::~PostgresQualityHistory() = default;

template <typename Work> auto PostgresQualityHistory::transact(Work work) {
    if (!m_connection || !m_connection->is_open())
        m_connection = m_target.connect();
    try {
        pqxx::work tx(*m_connection);
        auto result = work(tx);
        tx.commit();
        return result;
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception&) {
        rethrowAsStoreError(m_target.description());
    }
}

qint64 PostgresQualityHistory::saveRun(const quality::RunRecord& run,
                                       const quality::VerifiedQuotes& verified) {
    const quality::StatusCounts counts = quality::scoreRun(run.results).overall;
    return transact([&](pqxx::work& tx) {
        const auto& n = counts.byStatus;
        const qint64 id =
            tx.exec_params1("INSERT INTO quality_runs (started_at, finished_at, passed, warned, "
                            "failed, errors, not_applicable) VALUES ($1::timestamptz, "
                            "$2::timestamptz, $3, $4, $5, $6, $7) RETURNING id",
                            iso(run.startedAt), iso(run.finishedAt), n[0], n[1], n[2], n[3],
                            n[4])[0]
                .as<qint64>();
        for (int i = 0; i < run.results.size(); ++i) {
            const quality::RuleResult& r = run.results[i];
            tx.exec_params0("INSERT INTO quality_results (run_id, position, rule_id, status, "
                            "examined, failing, result) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                            id, i, str(r.rule.id), str(quality::statusKey(r.status)),
                            r.outcome.examined, r.outcome.failing, resultRow(r).toStdString());
        }
        rememberVerifiedQuotes(tx, verified);
        return id;
    });
}

QList<quality::RunSummary> PostgresQualityHistory::recentRuns(int limit) {
    return transact([&](pqxx::work& tx) {
        QList<quality::RunSummary> runs;
        for (const auto& row : tx.exec_params(SummarySelect + "ORDER BY id DESC LIMIT $1", limit))
            runs << readSummary(row);
        return runs;
    });
}

std::optional<quality::RunRecord> PostgresQualityHistory::run(qint64 id) {
    return transact([&](pqxx::work& tx) -> std::optional<quality::RunRecord> {
        const auto rows = tx.exec_params(SummarySelect + "WHERE id = $1", id);
        if (rows.empty())
            return std::nullopt;
        const quality::RunSummary summary = readSummary(rows[0]);
        quality::RunRecord record{summary.id, summary.startedAt, summary.finishedAt, {}};
        for (const auto& row : tx.exec_params(
                 "SELECT result FROM quality_results WHERE run_id = $1 ORDER BY position", id))
            record.results << resultFromRow(qstr(row[0]));
        return record;
    });
}

QList<quality::RuleTrendPoint> PostgresQualityHistory::ruleTrend(const QString& ruleId, int limit) {
    return transact([&](pqxx::work& tx) {
        QList<quality::RuleTrendPoint> points;
        const auto rows =
            tx.exec_params("SELECT r.run_id, " + msecs("q.finished_at") +
                               ", r.status, r.examined, r.failing FROM quality_results r "
                               "JOIN quality_runs q ON q.id = r.run_id WHERE r.rule_id = $1 "
                               "ORDER BY r.run_id DESC LIMIT $2",
                           str(ruleId), limit);
        for (const auto& row : rows)
            points.prepend(
                {row[0].as<qint64>(), time(row[1]),
                 quality::statusFromKey(qstr(row[2])).value_or(quality::RuleStatus::Error),
                 row[3].as<qint64>(), row[4].as<qint64>()});
        return points;
    });
}

int PostgresQualityHistory::saveCustomRule(const quality::CustomRule& rule) {
    return transact([&](pqxx::work& tx) {
        // Two consoles saving the same rule at once get consecutive versions, not a clash.
        tx.exec_params("SELECT pg_advisory_xact_lock(hashtext($1))", str(rule.definition.id));
        quality::RuleDefinition definition = rule.definition;
        definition.version =
            tx.exec_params1("SELECT coalesce(max(version), 0) + 1 FROM quality_custom_rules "
                            "WHERE id = $1",
                            str(definition.id))[0]
                .as<int>();
        definition.custom = true;
        tx.exec_params0("INSERT INTO quality_custom_rules (id, version, saved_at, definition, sql) "
                        "VALUES ($1, $2, now(), $3, $4)",
                        str(definition.id), definition.version,
                        definitionRow(definition).toStdString(), str(rule.sql));
        return definition.version;
    });
}

QList<quality::CustomRule> PostgresQualityHistory::customRules() {
    return transact([&](pqxx::work& tx) {
        return readCustomRules(tx.exec(
            CustomRuleColumns + "WHERE version = (SELECT max(version) FROM quality_custom_rules "
                                "WHERE id = c.id) ORDER BY id"));
    });
}

QList<quality::CustomRule> PostgresQualityHistory::customRuleVersions(const QString& id) {
    return transact([&](pqxx::work& tx) {
        return readCustomRules(
            tx.exec_params(CustomRuleColumns + "WHERE id = $1 ORDER BY version", str(id)));
    });
}

} // namespace treeops::storage

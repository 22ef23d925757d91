#include "storage/postgres/PostgresArchive.h"

#include "i18n/Translate.h"
#include "storage/StoreError.h"
#include "storage/postgres/PostgresCopy.h"

#include <pqxx/pqxx>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

const std::string AssessmentColumns =
    "id, customer_id, customer_name, address, state, services, tree_count, status, created_at, "
    "updated_at, row_version, composite, band, price, input_json";
const std::string QuoteColumns =
    "id, assessment_id, assessment_created_at, catalog_version, rates_version, created_at, "
    "composite, band, price, total_cost, billable_hours, quote_json";

// "x.a, x.b" → "coalesce(x.a::text, '\N') || '|' || …": one text per row, NULL told apart.
std::string rowText(const std::string& columns, const std::string& alias) {
    std::string out;
    std::size_t start = 0;
    while (start < columns.size()) {
        std::size_t end = columns.find(',', start);
        if (end == std::string::npos)
            end = columns.size();
        std::string name = columns.substr(start, end - start);
        name.erase(0, name.find_first_not_of(' '));
        if (!out.empty())
            out += " || '|' || ";
        out += "coalesce(" + alias + "." + name + "::text, '\\N')";
        start = end + 1;
    }
    return out;
}

std::string prefixed(const std::string& columns, const std::string& alias) {
    std::string out = alias + ".";
    for (const char c : columns) {
        out += c;
        if (c == ' ')
            out += alias + ".";
    }
    return out;
}

struct Digest {
    qint64 rows = 0;
    std::string md5;
    bool operator==(const Digest&) const = default;
};

// `from` joins the batch; `alias` names the table whose rows are hashed.
Digest digest(pqxx::transaction_base& tx, const std::string& columns, const std::string& from,
              const std::string& alias) {
    const pqxx::row r =
        tx.exec1("SELECT count(*), coalesce(md5(string_agg(" + rowText(columns, alias) +
                 ", E'\\n' ORDER BY " + alias + ".id)), '') " + from);
    return {r[0].as<qint64>(), r[1].as<std::string>()};
}

const std::string WarmAssessments =
    "FROM assessments a JOIN archive_batch b ON a.id = b.id AND a.created_at = b.created_at";
const std::string ColdAssessments = "FROM archive.assessments a JOIN archive_batch b USING (id)";
const std::string WarmQuotes = "FROM quotes q JOIN archive_batch b ON q.assessment_id = b.id "
                               "AND q.assessment_created_at = b.created_at";
const std::string ColdQuotes =
    "FROM archive.quotes q JOIN archive_batch b ON q.assessment_id = b.id";

// Locks the oldest rows before the cut-off; returns their ids.
QStringList selectBatch(pqxx::transaction_base& tx, const std::string& cutoff, int batchSize) {
    tx.exec0("CREATE TEMPORARY TABLE archive_batch (id text COLLATE \"C\" PRIMARY KEY, "
             "created_at timestamptz NOT NULL) ON COMMIT DROP");
    // The batch's thousand ids are looked up in the warm and archive tables by index. Left to
    // itself the planner, costing each lookup as if it searched every monthly partition, hashes
    // the whole warm tables instead, for every batch: at 1,000,000 assessments that made the
    // migration ten times slower (700 rows/s) than probing, whose cost does not grow.
    tx.exec0("SET LOCAL enable_hashjoin = off");
    tx.exec0("SET LOCAL enable_mergejoin = off");
    const pqxx::result rows =
        tx.exec_params("INSERT INTO archive_batch (id, created_at) SELECT id, created_at "
                       "FROM assessments WHERE updated_at < $1::timestamptz "
                       "ORDER BY updated_at, id LIMIT $2 FOR UPDATE RETURNING id",
                       cutoff, batchSize);
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(rows.size()));
    for (const pqxx::row& row : rows)
        ids.append(QString::fromStdString(row[0].as<std::string>()));
    return ids;
}

// Returns how many copies were there already (only after changes by hand: a batch is atomic).
qint64 copyBatch(pqxx::transaction_base& tx) {
    tx.exec0("DELETE FROM archive.quotes q USING archive_batch b WHERE q.assessment_id = b.id");
    const qint64 present = static_cast<qint64>(
        tx.exec0("DELETE FROM archive.assessments a USING archive_batch b WHERE a.id = b.id")
            .affected_rows());
    tx.exec0("INSERT INTO archive.assessments (" + AssessmentColumns + ", archived_at) SELECT " +
             prefixed(AssessmentColumns, "a") + ", now() " + WarmAssessments);
    tx.exec0("INSERT INTO archive.quotes (" + QuoteColumns + ") SELECT " +
             prefixed(QuoteColumns, "q") + " " + WarmQuotes);
    return present;
}

QString verifyBatch(pqxx::transaction_base& tx) {
    const Digest warm = digest(tx, AssessmentColumns, WarmAssessments, "a");
    const Digest cold = digest(tx, AssessmentColumns, ColdAssessments, "a");
    const Digest warmQuotes = digest(tx, QuoteColumns, WarmQuotes, "q");
    const Digest coldQuotes = digest(tx, QuoteColumns, ColdQuotes, "q");
    if (warm == cold && warmQuotes == coldQuotes)
        return {};
    return translate("Store", "%1 assessments and %2 quotes in the store, %3 and %4 in the "
                              "archive, checksums differ")
        .arg(warm.rows)
        .arg(warmQuotes.rows)
        .arg(cold.rows)
        .arg(coldQuotes.rows);
}

void removeBatch(pqxx::transaction_base& tx) {
    tx.exec0("DELETE FROM quotes q USING archive_batch b WHERE q.assessment_id = b.id "
             "AND q.assessment_created_at = b.created_at");
    tx.exec0("DELETE FROM assessments a USING archive_batch b WHERE a.id = b.id "
             "AND a.created_at = b.created_at");
}

} // namespace

PostgresArchive::PostgresArchive(Transact transact)
    : m_transact(std::move(transact)) {}

PostgresArchive::Batch PostgresArchive::moveBatch(const std::string& cutoff, int batchSize) {
    Batch batch;
    try {
        m_transact([&](pqxx::transaction_base& tx) {
            batch = {};
            batch.ids = selectBatch(tx, cutoff, batchSize);
            if (batch.ids.isEmpty())
                return;
            batch.skipped = copyBatch(tx);
            if (m_afterCopy)
                m_afterCopy(tx);
            batch.mismatch = verifyBatch(tx);
            if (!batch.mismatch.isEmpty()) // rolls the whole batch back
                throw StoreError(StoreError::Kind::Failed, batch.mismatch);
            removeBatch(tx);
        });
    } catch (const StoreError&) {
        if (batch.mismatch.isEmpty())
            throw;
    }
    return batch;
}

ArchiveOutcome PostgresArchive::run(const ArchiveRequest& request, const ProgressCallback& progress,
                                    const CancelCheck& cancelled) {
    if (!request.updatedBefore.isValid() || request.batchSize < 1)
        throw StoreError(StoreError::Kind::InvalidInput,
                         translate("Store", "archiving needs a cut-off date and a batch size "
                                            "of at least 1"));
    const std::string cutoff = isoTimestamp(request.updatedBefore.toUTC());
    ArchiveOutcome outcome;
    m_transact([&](pqxx::transaction_base& tx) {
        outcome.candidates =
            tx.exec_params1("SELECT count(*) FROM assessments WHERE updated_at < $1::timestamptz",
                            cutoff)[0]
                .as<qint64>();
    });
    while (!(outcome.cancelled = cancelled && cancelled())) {
        const Batch batch = moveBatch(cutoff, request.batchSize);
        if (!batch.mismatch.isEmpty()) {
            outcome.verificationFailed = true;
            outcome.message = translate("Store", "a batch of %1 assessments failed verification "
                                                 "(%2); it stays in the store")
                                  .arg(batch.ids.size())
                                  .arg(batch.mismatch);
            return outcome;
        }
        if (batch.ids.isEmpty())
            break;
        if (request.batchArchived)
            request.batchArchived(batch.ids);
        outcome.moved += batch.ids.size();
        outcome.skipped += batch.skipped;
        ++outcome.verifiedBatches;
        if (progress)
            progress(
                static_cast<int>(outcome.moved * 100 / std::max<qint64>(outcome.candidates, 1)),
                translate("Store", "%1 of %2 assessments archived")
                    .arg(outcome.moved)
                    .arg(outcome.candidates));
    }
    outcome.message = translate("Store", "%1 of %2 assessments archived in %3 verified batches%4")
                          .arg(outcome.moved)
                          .arg(outcome.candidates)
                          .arg(outcome.verifiedBatches)
                          .arg(outcome.cancelled ? translate("Store", "; cancelled") : QString());
    return outcome;
}

ArchiveStats PostgresArchive::stats() {
    ArchiveStats out;
    m_transact([&](pqxx::transaction_base& tx) {
        const pqxx::row r = tx.exec1(
            "SELECT (SELECT count(*) FROM archive.assessments), "
            "(SELECT count(*) FROM archive.quotes), "
            "(SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'archive' AND c.relkind = 'r')");
        out.assessments = r[0].as<qint64>();
        out.quotes = r[1].as<qint64>();
        out.bytes = r[2].as<qint64>();
    });
    out.parts.append({u"archive schema"_s, out.assessments, out.quotes, out.bytes});
    return out;
}

} // namespace treeops::storage

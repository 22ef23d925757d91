#include "storage/postgres/PostgresStore.h"

#include "i18n/Translate.h"
#include "storage/ReferenceContent.h"
#include "storage/StoreError.h"
#include "storage/postgres/PostgresCopy.h"
#include "storage/postgres/PostgresErrors.h"
#include "storage/postgres/PostgresListQuery.h"
#include "storage/postgres/PostgresMigrations.h"

#include "json/Problem.h"
#include <QCryptographicHash>
#include <QHash>
#include <map>
#include <pqxx/pqxx>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

// Advisory lock keys ('TREE' and 'TREF'): one console migrates or adds partitions at a time.
constexpr qint64 MigrationLock = 0x54524545;
constexpr qint64 PartitionLock = 0x54524546;
constexpr auto MigrationsMarker = "TreeOps schema migrations";

std::string str(const QString& s) {
    return s.toStdString();
}
std::string str(const QByteArray& b) {
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}
QString text(const pqxx::field& f) {
    return QString::fromUtf8(f.c_str(), static_cast<qsizetype>(f.size()));
}
QByteArray bytes(const pqxx::field& f) {
    return QByteArray(f.c_str(), static_cast<qsizetype>(f.size()));
}
QDateTime time(const pqxx::field& msecs) {
    return QDateTime::fromMSecsSinceEpoch(msecs.as<qint64>(), Qt::UTC);
}
std::optional<double> optionalReal(const pqxx::field& f) {
    return f.is_null() ? std::nullopt : std::optional(f.as<double>());
}

// Timestamps travel as milliseconds since the epoch, the precision SQLite keeps.
#define TREEOPS_MS(column) "(extract(epoch FROM " column ") * 1000)::bigint"

const std::string SummaryColumns =
    "a.id, a.customer_name, a.address, a.state, a.services, a.tree_count, a.status, " TREEOPS_MS(
        "a.created_at") ", " TREEOPS_MS("a.updated_at") ", a.row_version, a.composite, a.band, "
                                                        "a.price";

// The statements every console runs often, prepared once per connection. The partition of an
// assessment is found through assessment_ids, so each touches one month.
struct Statement {
    const char* name;
    std::string sql;
};
const std::vector<Statement>& statements() {
    static const std::vector<Statement> list{
        {"assessment", "SELECT " + SummaryColumns +
                           ", a.input_json FROM assessment_ids i JOIN assessments a "
                           "ON a.id = i.id AND a.created_at = i.created_at WHERE i.id = $1"},
        {"latest_quote",
         "SELECT q.catalog_version, q.rates_version, q.composite, q.band, q.price, q.total_cost, "
         "q.billable_hours, q.quote_json, " TREEOPS_MS(
             "q.created_at") " FROM assessment_ids i JOIN quotes q ON q.assessment_id = i.id "
                             "AND q.assessment_created_at = i.created_at WHERE i.id = $1 "
                             "ORDER BY q.id DESC LIMIT 1"},
        // DO UPDATE rather than DO NOTHING so RETURNING yields the id of an existing customer.
        {"customer", "INSERT INTO customers (name, phone, email) VALUES ($1, $2, $3) "
                     "ON CONFLICT (name, phone, email) DO UPDATE SET name = EXCLUDED.name "
                     "RETURNING id"},
        {"insert_id", "INSERT INTO assessment_ids (id, created_at) VALUES ($1, $2) "
                      "ON CONFLICT (id) DO NOTHING"},
        {"insert_assessment",
         "INSERT INTO assessments (id, customer_id, customer_name, address, state, services, "
         "tree_count, status, created_at, updated_at, row_version, composite, band, price, "
         "input_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, 1, $10, $11, $12, $13)"},
        // The row version check is re-evaluated on the newest row after waiting for a concurrent
        // writer, so of two consoles saving the same version exactly one wins.
        {"update_assessment",
         "UPDATE assessments SET customer_id = $2, customer_name = $3, address = $4, state = $5, "
         "services = $6, tree_count = $7, status = $8, updated_at = $9, input_json = $10, "
         "composite = CASE WHEN $11 THEN $12 ELSE composite END, "
         "band = CASE WHEN $11 THEN $13 ELSE band END, "
         "price = CASE WHEN $11 THEN $14 ELSE price END, row_version = row_version + 1 "
         "WHERE id = $1 AND created_at = (SELECT created_at FROM assessment_ids WHERE id = $1) "
         "AND row_version = $15"},
        {"insert_quote",
         "INSERT INTO quotes (assessment_id, assessment_created_at, catalog_version, "
         "rates_version, created_at, composite, band, price, total_cost, billable_hours, "
         "quote_json) SELECT i.id, i.created_at, $2::text, $3::text, $4::timestamptz, "
         "$5::double precision, $6::text, $7::double precision, $8::double precision, "
         "$9::double precision, $10::text FROM assessment_ids i WHERE i.id = $1"},
        {"set_status",
         "UPDATE assessments SET status = $2, updated_at = $3, row_version = row_version + 1 "
         "WHERE id = $1 AND created_at = (SELECT created_at FROM assessment_ids WHERE id = $1) "
         "AND row_version = $4"},
        {"current_version",
         "SELECT a.row_version, " TREEOPS_MS(
             "a.updated_at") " FROM assessment_ids i JOIN assessments a ON a.id = i.id "
                             "AND a.created_at = i.created_at WHERE i.id = $1"},
        // One statement: the row version check, the removal of the assessment, its quotes and
        // its id, and the deletion record happen together or not at all.
        {"delete_assessment",
         "WITH gone AS (DELETE FROM assessments a USING assessment_ids i WHERE i.id = $1 "
         "AND a.id = i.id AND a.created_at = i.created_at AND a.row_version = $2 "
         "RETURNING a.id, a.created_at, a.customer_name, a.address, a.status, a.row_version, "
         "a.input_json), "
         "quotes_gone AS (DELETE FROM quotes q USING gone WHERE q.assessment_id = gone.id "
         "AND q.assessment_created_at = gone.created_at RETURNING q.id, q.quote_json), "
         "id_gone AS (DELETE FROM assessment_ids x USING gone WHERE x.id = gone.id) "
         "INSERT INTO assessment_deletions (assessment, deleted_at, customer, address, status, "
         "row_version, input_json, quote_json) SELECT gone.id, $3::timestamptz, "
         "gone.customer_name, gone.address, gone.status, gone.row_version, gone.input_json, "
         "(SELECT quote_json FROM quotes_gone ORDER BY id DESC LIMIT 1) FROM gone"},
        {"claim_write", "INSERT INTO applied_writes (idempotency_key, assessment_id, kind, "
                        "row_version, applied_at) VALUES ($1, $2, $3, 0, now()) "
                        "ON CONFLICT (idempotency_key) DO NOTHING"},
        {"applied_write", "SELECT assessment_id, kind, row_version FROM applied_writes "
                          "WHERE idempotency_key = $1"},
        {"record_write", "UPDATE applied_writes SET row_version = $2 WHERE idempotency_key = $1"},
        // The cold tier, read when the warm tier has no such id.
        {"archived_assessment",
         "SELECT " + SummaryColumns + ", a.input_json FROM archive.assessments a WHERE a.id = $1"},
        {"archived_quote",
         "SELECT q.catalog_version, q.rates_version, q.composite, q.band, q.price, q.total_cost, "
         "q.billable_hours, q.quote_json, " TREEOPS_MS(
             "q.created_at") " FROM archive.quotes q WHERE q.assessment_id = $1 "
                             "ORDER BY q.id DESC LIMIT 1"},
        {"is_archived", "SELECT 1 FROM archive.assessments WHERE id = $1"},
        {"deleted", "SELECT assessment, " TREEOPS_MS(
                        "deleted_at") ", customer, status, input_json FROM assessment_deletions "
                                      "ORDER BY id DESC LIMIT $1"},
    };
    return list;
}

void prepareStatements(pqxx::connection_base& connection) {
    for (const Statement& s : statements())
        connection.prepare(s.name, s.sql);
}

AssessmentSummary readSummary(const pqxx::row& r) {
    AssessmentSummary a;
    a.id = text(r[0]);
    a.customer = text(r[1]);
    a.address = text(r[2]);
    a.state = text(r[3]);
    a.services = text(r[4]).split(u',', Qt::SkipEmptyParts);
    a.treeCount = r[5].as<int>();
    a.status = statusFromKey(text(r[6])).value_or(AssessmentStatus::Draft);
    a.createdAt = time(r[7]);
    a.updatedAt = time(r[8]);
    a.rowVersion = r[9].as<qint64>();
    a.composite = optionalReal(r[10]);
    a.band = r[11].is_null() ? QString() : text(r[11]);
    a.price = optionalReal(r[12]);
    return a;
}

constexpr const char* CatalogTable = "catalog_versions";
constexpr const char* RatesTable = "rates_versions";

// --- Partitions --------------------------------------------------------------------------------

int monthKey(const QDateTime& utc) {
    const QDate d = utc.toUTC().date();
    return d.year() * 100 + d.month();
}

std::string monthStart(int key) {
    return QDate(key / 100, key % 100, 1).toString(Qt::ISODate).toStdString() + " 00:00:00+00";
}

int nextMonth(int key) {
    return key % 100 == 12 ? (key / 100 + 1) * 100 + 1 : key + 1;
}

std::string partitionName(const char* table, int month) {
    return std::string(table) + "_p" + std::to_string(month);
}

void createPartitions(pqxx::transaction_base& tx, int month) {
    for (const char* table : {"assessments", "quotes"}) {
        const std::string name = partitionName(table, month);
        if (!tx.exec_params1("SELECT to_regclass($1) IS NULL", name)[0].as<bool>())
            continue;
        tx.exec0("CREATE TABLE " + name + " PARTITION OF " + table + " FOR VALUES FROM ('" +
                 monthStart(month) + "') TO ('" + monthStart(nextMonth(month)) + "')");
    }
}

// --- Bulk writes -------------------------------------------------------------------------------

struct CustomerKey {
    QString name, phone, email;
    bool operator==(const CustomerKey&) const = default;
};
size_t qHash(const CustomerKey& k, size_t seed = 0) {
    return qHashMulti(seed, k.name, k.phone, k.email);
}
CustomerKey customerKey(const AssessmentWrite& a) {
    return {a.customerName, a.customerPhone, a.customerEmail};
}

// Customers of a batch in three statements whatever its size: COPY the distinct ones into a
// temporary table, insert those not yet known, read every id back.
QHash<CustomerKey, qint64> batchCustomers(pqxx::transaction_base& tx,
                                          const QList<AssessmentWrite>& writes) {
    QHash<CustomerKey, qint64> ids;
    for (const AssessmentWrite& a : writes)
        ids.insert(customerKey(a), 0);
    tx.exec0("CREATE TEMPORARY TABLE batch_customers (name text COLLATE \"C\", phone text "
             "COLLATE \"C\", email text COLLATE \"C\") ON COMMIT DROP");
    {
        CopyWriter copy(tx, "batch_customers", {"name", "phone", "email"});
        CopyRow row;
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            row.clear();
            copy.write(row.text(it.key().name).text(it.key().phone).text(it.key().email));
        }
        copy.complete();
    }
    tx.exec0("INSERT INTO customers (name, phone, email) SELECT name, phone, email "
             "FROM batch_customers ON CONFLICT DO NOTHING");
    const pqxx::result known =
        tx.exec("SELECT c.id, c.name, c.phone, c.email FROM customers c JOIN batch_customers b "
                "ON c.name = b.name AND c.phone = b.phone AND c.email = b.email");
    for (const pqxx::row& r : known)
        ids.insert({text(r[1]), text(r[2]), text(r[3])}, r[0].as<qint64>());
    return ids;
}

void copyIds(pqxx::transaction_base& tx, const QList<AssessmentWrite>& writes,
             const std::vector<qint64>& when) {
    CopyWriter copy(tx, "assessment_ids", {"id", "created_at"});
    CopyRow row;
    for (qsizetype i = 0; i < writes.size(); ++i) {
        if (writes[i].expectedRowVersion != 0)
            continue;
        row.clear();
        copy.write(row.text(writes[i].id).timestamp(when[static_cast<std::size_t>(i)]));
    }
    copy.complete();
}

// The new assessments at `rows` (indexes into writes) into `table`: the partitioned parent, or
// a month's table being loaded before it becomes a partition.
void copyAssessments(pqxx::transaction_base& tx, const std::string& table,
                     const QList<AssessmentWrite>& writes, const std::vector<qsizetype>& rows,
                     const std::vector<qint64>& when, const QHash<CustomerKey, qint64>& customers) {
    CopyWriter copy(tx, table,
                    {"id", "customer_id", "customer_name", "address", "state", "services",
                     "tree_count", "status", "created_at", "updated_at", "row_version", "composite",
                     "band", "price", "input_json"});
    const QString statuses[] = {
        statusKey(AssessmentStatus::Draft), statusKey(AssessmentStatus::Quoted),
        statusKey(AssessmentStatus::Accepted), statusKey(AssessmentStatus::Completed)};
    CopyRow row;
    QString services;
    for (const qsizetype i : rows) {
        const AssessmentWrite& a = writes[i];
        const qint64 at = when[static_cast<std::size_t>(i)];
        services = a.services.join(u',');
        row.clear();
        row.text(a.id).integer(customers.value(customerKey(a))).text(a.customerName);
        row.text(a.address).text(a.state).text(services).integer(a.treeCount);
        row.text(statuses[static_cast<int>(a.status)]).timestamp(at).timestamp(at).integer(1);
        if (a.quote)
            row.real(a.quote->composite).text(a.quote->band).real(a.quote->price);
        else
            row.null().null().null();
        copy.write(row.utf8(a.inputJson));
    }
    copy.complete();
}

void copyQuotes(pqxx::transaction_base& tx, const std::string& table,
                const QList<AssessmentWrite>& writes, const std::vector<qsizetype>& rows,
                const std::vector<qint64>& when) {
    CopyWriter copy(tx, table,
                    {"assessment_id", "assessment_created_at", "catalog_version", "rates_version",
                     "created_at", "composite", "band", "price", "total_cost", "billable_hours",
                     "quote_json"});
    CopyRow row;
    for (const qsizetype i : rows) {
        const AssessmentWrite& a = writes[i];
        if (!a.quote)
            continue;
        const qint64 at = when[static_cast<std::size_t>(i)];
        const QuoteRecord& q = *a.quote;
        row.clear();
        row.text(a.id).timestamp(at).text(q.catalogVersion).text(q.ratesVersion).timestamp(at);
        row.real(q.composite).text(q.band).real(q.price).real(q.totalCost).real(q.billableHours);
        copy.write(row.utf8(q.quoteJson));
    }
    copy.complete();
}

// A month with at least this many new assessments in one batch, and no partitions yet, is
// loaded into plain tables that become its partitions at the end of the batch (see
// saveAssessments). Below it, creating and attaching two tables costs more than it saves.
constexpr qsizetype BulkMonthRows = 5000;

// A month's assessments and quotes being loaded into plain tables that become its partitions.
struct LoadTables {
    int month;
    std::string assessments, quotes;
};

// The month's range, on the column the table is partitioned by.
std::string monthCheck(const char* column, int month) {
    return std::string("CHECK (") + column + " >= '" + monthStart(month) + "' AND " + column +
           " < '" + monthStart(nextMonth(month)) + "')";
}

// Plain tables shaped like a month's partitions (columns, defaults, CHECK and NOT NULL
// constraints, storage and compression), but with no index and no foreign key: COPY into them
// costs a heap insert per row, and nothing else. Quote ids come from the parent's identity
// sequence, which a table outside the partitioned one does not use by itself. The names hold
// the backend's pid so two consoles loading the same month never collide on them. The month's
// range as a CHECK lets ATTACH PARTITION skip scanning the rows to prove they belong.
LoadTables createLoadTables(pqxx::transaction_base& tx, int month, const std::string& quoteIds,
                            int pid) {
    const std::string suffix = "_load_" + std::to_string(pid) + "_" + std::to_string(month);
    LoadTables t{month, "assessments" + suffix, "quotes" + suffix};
    const std::string like = " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE "
                             "INCLUDING COMPRESSION, CONSTRAINT treeops_load_month ";
    tx.exec0("CREATE TABLE " + t.assessments + " (LIKE assessments" + like +
             monthCheck("created_at", month) + ")");
    tx.exec0("CREATE TABLE " + t.quotes + " (LIKE quotes" + like +
             monthCheck("assessment_created_at", month) + ")");
    tx.exec0("ALTER TABLE " + t.quotes + " ALTER COLUMN id SET DEFAULT nextval(" + quoteIds +
             "::regclass)");
    return t;
}

// What the parent tables' triggers keep for rows written through them, and not for rows COPYed
// into tables that become partitions: the facts of each document (migration 10) and the
// revisions of the quotes added (migration 12).
void keepWhatTriggersKeep(pqxx::transaction_base& tx, const LoadTables& t) {
    tx.exec0("INSERT INTO assessment_trees SELECT a.id, t.* FROM " + t.assessments +
             " a, treeops_tree_facts(a.input_json) t");
    tx.exec0("INSERT INTO assessment_factors SELECT a.id, f.* FROM " + t.assessments +
             " a, treeops_factor_facts(a.input_json) f");
    tx.exec1("SELECT treeops_quotes_added(ARRAY(SELECT assessment_id FROM " + t.quotes + "))");
}

// Makes the loaded tables the month's partitions. ATTACH PARTITION builds each index of the
// parent on the table by sorting it once, instead of the per-row inserts of an index that
// existed during the load, and validates the quotes' foreign keys to the published catalog
// and rates versions with one set-based query: a quote pinned to an unpublished version still
// fails the whole batch. Afterwards the tables are exactly what CREATE TABLE … PARTITION OF
// would have made, except that their CHECK constraints are also their own (conislocal), which
// matters only if the parent's are dropped one day.
void attachLoadTables(pqxx::transaction_base& tx, const LoadTables& t) {
    const std::string bounds = " FOR VALUES FROM ('" + monthStart(t.month) + "') TO ('" +
                               monthStart(nextMonth(t.month)) + "')";
    tx.exec0("ALTER TABLE " + t.quotes + " ALTER COLUMN id DROP DEFAULT");
    for (const auto& [parent, table] :
         {std::pair<const char*, std::string>{"assessments", t.assessments},
          std::pair<const char*, std::string>{"quotes", t.quotes}}) {
        const std::string name = partitionName(parent, t.month);
        tx.exec0("ALTER TABLE " + table + " RENAME TO " + name);
        tx.exec0(std::string("ALTER TABLE ") + parent + " ATTACH PARTITION " + name + bounds);
        tx.exec0("ALTER TABLE " + name + " DROP CONSTRAINT treeops_load_month");
    }
}

} // namespace

PostgresStore::PostgresStore(const QString& url, int connections, Connect connect)
    : m_pool(PostgresTarget(url), connections, prepareStatements) {
    try {
        ensureMigrated();
    } catch (const StoreError& e) {
        if (connect == Connect::Now || e.kind() != StoreError::Kind::Unavailable)
            throw;
    }
}

void PostgresStore::ensureMigrated() {
    if (m_migrated)
        return;
    const std::lock_guard lock(m_migrationMutex);
    if (m_migrated)
        return;
    // The first connection migrates before any statement is prepared on it, then joins the pool.
    PostgresConnectionPtr first = m_pool.target().connect();
    migrate(*first);
    m_pool.adopt(std::move(first));
    m_migrated = true;
}

PostgresStore::~PostgresStore() = default;

QString PostgresStore::location() const {
    return translate("Store", "PostgreSQL %1").arg(m_pool.target().description());
}

int PostgresStore::latestSchemaVersion() {
    return postgresMigrations().back().version;
}

void PostgresStore::run(const Work& work, bool transaction) {
    ensureMigrated();
    for (int attempt = 1;; ++attempt) {
        PostgresConnectionPool::Lease lease = m_pool.checkout();
        try {
            if (transaction) {
                pqxx::work tx(lease.connection());
                work(tx);
                tx.commit();
            } else {
                pqxx::nontransaction tx(lease.connection());
                work(tx);
            }
            return;
        } catch (const pqxx::broken_connection&) {
            if (attempt == 1 && !lease.fresh())
                continue; // the lease drops the stale connection
            rethrowAsStoreError(m_pool.target().description());
        } catch (...) {
            rethrowAsStoreError(m_pool.target().description());
        }
    }
}

void PostgresStore::migrate(pqxx::connection_base& connection) {
    const QString where = m_pool.target().description();
    try {
        pqxx::work tx(connection);
        tx.exec_params("SELECT pg_advisory_xact_lock($1)", MigrationLock);
        const pqxx::row state = tx.exec1(
            "SELECT to_regclass('schema_migrations') IS NOT NULL, "
            "coalesce(obj_description(to_regclass('schema_migrations'), 'pg_class'), ''), "
            "(SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm'))");
        const bool hasMigrations = state[0].as<bool>();
        if ((hasMigrations && state[1].as<std::string>() != MigrationsMarker) ||
            (!hasMigrations && state[2].as<qint64>() > 0))
            throw StoreError(StoreError::Kind::NotTreeOps,
                             translate("Store",
                                       "the PostgreSQL database at %1 holds tables of another "
                                       "application; TreeOps will not change it. Use an empty "
                                       "database or schema of its own.")
                                 .arg(where));
        if (!hasMigrations) {
            tx.exec0("CREATE TABLE schema_migrations (version integer PRIMARY KEY, "
                     "description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
            tx.exec0(std::string("COMMENT ON TABLE schema_migrations IS '") + MigrationsMarker +
                     "'");
        }
        m_schemaVersion =
            tx.exec1("SELECT coalesce(max(version), 0) FROM schema_migrations")[0].as<int>();
        if (m_schemaVersion > latestSchemaVersion())
            throw StoreError(StoreError::Kind::NewerSchema,
                             translate("Store",
                                       "the PostgreSQL database at %1 has schema version %2, "
                                       "newer than this TreeOps understands (%3). Use a newer "
                                       "TreeOps; the database was not changed.")
                                 .arg(where)
                                 .arg(m_schemaVersion.load())
                                 .arg(latestSchemaVersion()));
        // PostgreSQL changes schemas transactionally: all pending migrations apply, or none.
        for (const Migration& m : postgresMigrations()) {
            if (m.version <= m_schemaVersion)
                continue;
            tx.exec(std::string(m.sql.data(), static_cast<std::size_t>(m.sql.size())));
            tx.exec_params0("INSERT INTO schema_migrations (version, description) VALUES ($1, $2)",
                            m.version, str(QString(m.description)));
        }
        tx.commit();
        m_schemaVersion = latestSchemaVersion();
    } catch (...) {
        rethrowAsStoreError(where);
    }
}

void PostgresStore::ensurePartitions(const std::set<int>& months) {
    std::set<int> missing;
    {
        const std::lock_guard lock(m_monthsMutex);
        std::set_difference(months.begin(), months.end(), m_months.begin(), m_months.end(),
                            std::inserter(missing, missing.end()));
    }
    if (missing.empty())
        return;
    // Committed on its own, before the write: creating a partition locks the parent table, which
    // must not be held for the length of a big import.
    transact([&](pqxx::transaction_base& tx) {
        tx.exec_params("SELECT pg_advisory_xact_lock($1)", PartitionLock);
        for (const int month : missing)
            createPartitions(tx, month);
    });
    const std::lock_guard lock(m_monthsMutex);
    m_months.insert(missing.begin(), missing.end());
}

// --- Reference data ----------------------------------------------------------------------------

PublishOutcome PostgresStore::publish(const char* table, const QString& version,
                                      const QByteArray& content, bool activateNow) {
    const std::string sha =
        str(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const std::string t = table;
    PublishOutcome outcome = PublishOutcome::Published;
    transact([&](pqxx::transaction_base& tx) {
        const pqxx::result existing =
            tx.exec_params("SELECT sha256 FROM " + t + " WHERE version = $1", str(version));
        if (!existing.empty()) {
            if (existing[0][0].as<std::string>() != sha)
                throw StoreError(
                    StoreError::Kind::Conflict,
                    translate("Store",
                              "version \"%1\" is already published with different content; "
                              "published versions never change, so give this one a new version")
                        .arg(version));
            outcome = PublishOutcome::AlreadyPublished;
        } else {
            tx.exec_params0("INSERT INTO " + t +
                                " (version, published_at, active, sha256, content) "
                                "VALUES ($1, $2, false, $3, $4)",
                            str(version), isoTimestamp(QDateTime::currentDateTimeUtc()), sha,
                            str(content));
        }
        if (activateNow) {
            tx.exec_params0("UPDATE " + t + " SET active = false WHERE active AND version <> $1",
                            str(version));
            tx.exec_params0("UPDATE " + t + " SET active = true WHERE version = $1", str(version));
        }
    });
    return outcome;
}

void PostgresStore::activate(const char* table, const QString& version) {
    const std::string t = table;
    transact([&](pqxx::transaction_base& tx) {
        tx.exec0("UPDATE " + t + " SET active = false WHERE active");
        if (tx.exec_params("UPDATE " + t + " SET active = true WHERE version = $1", str(version))
                .affected_rows() == 0)
            throw StoreError(StoreError::Kind::NotFound,
                             translate("Store", "version \"%1\" is not published").arg(version));
    });
}

std::optional<QByteArray> PostgresStore::content(const char* table, const QString& version) {
    std::optional<QByteArray> out;
    const std::string t = table;
    query([&](pqxx::transaction_base& tx) {
        const pqxx::result r =
            version.isEmpty()
                ? tx.exec("SELECT content FROM " + t + " WHERE active")
                : tx.exec_params("SELECT content FROM " + t + " WHERE version = $1", str(version));
        if (!r.empty())
            out = bytes(r[0][0]);
    });
    return out;
}

std::optional<QString> PostgresStore::activeVersion(const char* table) {
    std::optional<QString> out;
    query([&](pqxx::transaction_base& tx) {
        const pqxx::result r =
            tx.exec(std::string("SELECT version FROM ") + table + " WHERE active");
        if (!r.empty())
            out = text(r[0][0]);
    });
    return out;
}

QList<PublishedVersion> PostgresStore::versions(const char* table) {
    QList<PublishedVersion> out;
    query([&](pqxx::transaction_base& tx) {
        for (const pqxx::row& r :
             tx.exec(std::string("SELECT version, " TREEOPS_MS("published_at") ", active, sha256 "
                                                                               "FROM ") +
                     table + " ORDER BY published_at, version"))
            out.append({text(r[0]), time(r[1]), r[2].as<bool>(), bytes(r[3])});
    });
    return out;
}

PublishOutcome PostgresStore::publishCatalog(const scoring::CatalogData& c, bool activateNow) {
    return publish(CatalogTable, c.version, catalogContent(c), activateNow);
}
void PostgresStore::activateCatalog(const QString& version) {
    activate(CatalogTable, version);
}
std::optional<scoring::CatalogData> PostgresStore::catalog(const QString& version) {
    if (version.isEmpty())
        return std::nullopt;
    return readStoredCatalog(content(CatalogTable, version),
                             translate("Store", "catalog %1").arg(version));
}
std::optional<scoring::CatalogData> PostgresStore::activeCatalog() {
    return readStoredCatalog(content(CatalogTable, {}), translate("Store", "active catalog"));
}
std::optional<QString> PostgresStore::activeCatalogVersion() {
    return activeVersion(CatalogTable);
}
QList<PublishedVersion> PostgresStore::catalogVersions() {
    return versions(CatalogTable);
}

PublishOutcome PostgresStore::publishRates(const scoring::RatesData& r, bool activateNow) {
    return publish(RatesTable, r.version, ratesContent(r), activateNow);
}
void PostgresStore::activateRates(const QString& version) {
    activate(RatesTable, version);
}
std::optional<scoring::RatesData> PostgresStore::rates(const QString& version) {
    if (version.isEmpty())
        return std::nullopt;
    return readStoredRates(content(RatesTable, version),
                           translate("Store", "rates %1").arg(version));
}
std::optional<scoring::RatesData> PostgresStore::activeRates() {
    return readStoredRates(content(RatesTable, {}), translate("Store", "active rates"));
}
std::optional<QString> PostgresStore::activeRatesVersion() {
    return activeVersion(RatesTable);
}
QList<PublishedVersion> PostgresStore::ratesVersions() {
    return versions(RatesTable);
}

// --- Assessments -------------------------------------------------------------------------------

qint64 PostgresStore::writeAssessment(pqxx::transaction_base& tx, const AssessmentWrite& a,
                                      const QDateTime& when) {
    const qint64 customer = tx.exec_prepared1("customer", str(a.customerName), str(a.customerPhone),
                                              str(a.customerEmail))[0]
                                .as<qint64>();
    const std::string id = str(a.id);
    const std::string at = isoTimestamp(when);
    const std::optional<QuoteRecord>& q = a.quote;
    const std::optional<double> composite = q ? std::optional(q->composite) : std::nullopt;
    const std::optional<std::string> band = q ? std::optional(str(q->band)) : std::nullopt;
    const std::optional<double> price = q ? std::optional(q->price) : std::nullopt;
    qint64 rowVersion = 1;
    if (a.expectedRowVersion == 0) {
        if (tx.exec_prepared("insert_id", id, at).affected_rows() == 0) {
            refuseIfArchived(tx, a.id);
            throw StoreError(
                StoreError::Kind::Conflict,
                translate("Store", "assessment %1 already exists; open it to change it").arg(a.id));
        }
        tx.exec_prepared0("insert_assessment", id, customer, str(a.customerName), str(a.address),
                          str(a.state), str(a.services.join(u',')), a.treeCount,
                          str(statusKey(a.status)), at, composite, band, price, str(a.inputJson));
    } else {
        if (tx.exec_prepared("update_assessment", id, customer, str(a.customerName), str(a.address),
                             str(a.state), str(a.services.join(u',')), a.treeCount,
                             str(statusKey(a.status)), at, str(a.inputJson), q.has_value(),
                             composite, band, price, a.expectedRowVersion)
                .affected_rows() == 0)
            refuseStale(tx, a.id, a.expectedRowVersion);
        rowVersion = a.expectedRowVersion + 1;
    }
    if (q)
        tx.exec_prepared0("insert_quote", id, str(q->catalogVersion), str(q->ratesVersion), at,
                          q->composite, str(q->band), q->price, q->totalCost, q->billableHours,
                          str(q->quoteJson));
    return rowVersion;
}

void PostgresStore::refuseStale(pqxx::transaction_base& tx, const QString& id,
                                qint64 expectedRowVersion) {
    const pqxx::result current = tx.exec_prepared("current_version", str(id));
    if (current.empty())
        refuseIfArchived(tx, id);
    if (current.empty())
        throw StoreError(StoreError::Kind::NotFound,
                         translate("Store", "assessment %1 does not exist").arg(id));
    throw StoreError(
        StoreError::Kind::Conflict,
        translate("Store",
                  "assessment %1 was changed elsewhere at %2 (version %3, you edited version "
                  "%4). Nothing was overwritten: reload it, or save yours as a copy.")
            .arg(id, time(current[0][1]).toString(Qt::ISODateWithMs))
            .arg(current[0][0].as<qint64>())
            .arg(expectedRowVersion));
}

void PostgresStore::refuseIfArchived(pqxx::transaction_base& tx, const QString& id) {
    if (!tx.exec_prepared("is_archived", str(id)).empty())
        throw StoreError(StoreError::Kind::Conflict,
                         translate("Store",
                                   "assessment %1 is in the archive and read-only; save it as a "
                                   "new draft to change it")
                             .arg(id));
}

std::optional<qint64> PostgresStore::claimWrite(pqxx::transaction_base& tx, const QString& key,
                                                const QString& id, const char* kind) {
    if (key.isEmpty() || tx.exec_prepared("claim_write", str(key), str(id), kind).affected_rows())
        return std::nullopt;
    const pqxx::row applied = tx.exec_prepared1("applied_write", str(key));
    if (text(applied[0]) != id || text(applied[1]) != QLatin1StringView(kind))
        throw StoreError(StoreError::Kind::InvalidInput,
                         translate("Store", "idempotency key %1 was already used for another "
                                            "change (%2 of assessment %3); nothing was changed")
                             .arg(key, text(applied[1]), text(applied[0])));
    return applied[2].as<qint64>();
}

void PostgresStore::recordWrite(pqxx::transaction_base& tx, const QString& key, qint64 rowVersion) {
    if (!key.isEmpty())
        tx.exec_prepared0("record_write", str(key), rowVersion);
}

qint64 PostgresStore::saveAssessment(const AssessmentWrite& a) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (a.expectedRowVersion == 0)
        ensurePartitions({monthKey(now)});
    qint64 rowVersion = 0;
    transact([&](pqxx::transaction_base& tx) {
        if (const auto applied = claimWrite(tx, a.idempotencyKey, a.id, "save")) {
            rowVersion = *applied;
            return;
        }
        rowVersion = writeAssessment(tx, a, now);
        recordWrite(tx, a.idempotencyKey, rowVersion);
    });
    return rowVersion;
}

// New assessments go through COPY (ids, assessments, quotes), updates of existing ones through
// the single-row path; all in one transaction, so a bad row anywhere leaves nothing stored.
//
// A month that gets many new assessments and has no partitions yet (an import of past records)
// is loaded into plain tables that become its partitions at the end, in the same transaction:
// its rows then pay neither the per-row maintenance of the list and search indexes and the primary
// keys nor the two per-row foreign-key checks of each quote; ATTACH PARTITION builds the
// indexes by sorting and validates the foreign keys in one query each. Other rows go through
// the partitioned tables.
void PostgresStore::saveAssessments(const QList<AssessmentWrite>& writes) {
    if (writes.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<qint64> when(static_cast<std::size_t>(writes.size()));
    std::map<int, qsizetype> newPerMonth;
    for (qsizetype i = 0; i < writes.size(); ++i) {
        const QDateTime at = writes[i].recordedAt.isValid() ? writes[i].recordedAt.toUTC() : now;
        when[static_cast<std::size_t>(i)] = at.toMSecsSinceEpoch();
        if (writes[i].expectedRowVersion == 0)
            ++newPerMonth[monthKey(at)];
    }
    std::set<int> small, large;
    for (const auto& [month, count] : newPerMonth)
        (count >= BulkMonthRows ? large : small).insert(month);
    ensurePartitions(small);
    std::set<int> created; // large months whose partitions exist once this commits
    transact([&](pqxx::transaction_base& tx) {
        created.clear(); // an attempt on a stale connection is tried once more
        // Writes whose idempotency key was already applied are left out of the batch.
        QList<AssessmentWrite> todo;
        std::vector<qint64> todoWhen;
        for (qsizetype i = 0; i < writes.size(); ++i) {
            if (claimWrite(tx, writes[i].idempotencyKey, writes[i].id, "save"))
                continue;
            todo.append(writes[i]);
            todoWhen.push_back(when[static_cast<std::size_t>(i)]);
        }
        // Held to commit, taken before this transaction touches the partitioned tables: a
        // console creating a partition meanwhile waits here instead of deadlocking with the
        // ATTACH below, and no one creates one of these months' partitions under us.
        std::set<int> fresh;
        if (!large.empty()) {
            tx.exec_params("SELECT pg_advisory_xact_lock($1)", PartitionLock);
            for (const int month : large)
                if (tx.exec_params1("SELECT to_regclass($1) IS NULL",
                                    partitionName("assessments", month))[0]
                        .as<bool>())
                    fresh.insert(month);
                else
                    created.insert(month);
        }
        std::vector<qsizetype> viaParent;
        std::map<int, std::vector<qsizetype>> viaLoad;
        for (qsizetype i = 0; i < todo.size(); ++i) {
            if (todo[i].expectedRowVersion != 0)
                continue;
            const int month = monthKey(
                QDateTime::fromMSecsSinceEpoch(todoWhen[static_cast<std::size_t>(i)], Qt::UTC));
            (fresh.contains(month) ? viaLoad[month] : viaParent).push_back(i);
        }
        const QHash<CustomerKey, qint64> customers = batchCustomers(tx, todo);
        copyIds(tx, todo, todoWhen);
        if (!viaParent.empty()) {
            copyAssessments(tx, "assessments", todo, viaParent, todoWhen, customers);
            copyQuotes(tx, "quotes", todo, viaParent, todoWhen);
        }
        if (!viaLoad.empty()) {
            const int pid = tx.exec1("SELECT pg_backend_pid()")[0].as<int>();
            // The sequence's oid: a number needs no quoting in the DEFAULT expression.
            const std::string quoteIds = tx.exec1("SELECT pg_get_serial_sequence('quotes', "
                                                  "'id')::regclass::oid")[0]
                                             .as<std::string>();
            for (const auto& [month, rows] : viaLoad) {
                const auto tables = createLoadTables(tx, month, quoteIds, pid);
                copyAssessments(tx, tables.assessments, todo, rows, todoWhen, customers);
                copyQuotes(tx, tables.quotes, todo, rows, todoWhen);
                keepWhatTriggersKeep(tx, tables);
                attachLoadTables(tx, tables);
                created.insert(month);
            }
        }
        for (qsizetype i = 0; i < todo.size(); ++i) {
            const AssessmentWrite& w = todo[i];
            qint64 rowVersion = 1;
            if (w.expectedRowVersion != 0)
                rowVersion = writeAssessment(
                    tx, w,
                    QDateTime::fromMSecsSinceEpoch(todoWhen[static_cast<std::size_t>(i)], Qt::UTC));
            recordWrite(tx, w.idempotencyKey, rowVersion);
        }
    });
    const std::lock_guard lock(m_monthsMutex);
    m_months.insert(created.begin(), created.end());
}

std::optional<StoredAssessment> PostgresStore::assessment(const QString& id) {
    std::optional<StoredAssessment> out;
    query([&](pqxx::transaction_base& tx) {
        pqxx::result r = tx.exec_prepared("assessment", str(id));
        const bool archived = r.empty();
        if (archived)
            r = tx.exec_prepared("archived_assessment", str(id));
        if (r.empty())
            return;
        out = StoredAssessment{readSummary(r[0]), bytes(r[0][13])};
        out->summary.archived = archived;
    });
    return out;
}

QList<AssessmentSummary> PostgresStore::listAssessments(const AssessmentFilter& f) {
    const PostgresListQuery list = listQuery(SummaryColumns, f);
    QList<AssessmentSummary> out;
    query([&](pqxx::transaction_base& tx) {
        const pqxx::result r =
            tx.exec_params(list.sql, pqxx::prepare::make_dynamic_params(list.values));
        out.reserve(static_cast<qsizetype>(r.size()));
        for (const pqxx::row& row : r) {
            AssessmentSummary summary = readSummary(row);
            summary.archived = row[13].as<bool>();
            out.append(std::move(summary));
        }
    });
    return out;
}

qint64 PostgresStore::countAssessments(const AssessmentFilter& f) {
    const PostgresListQuery count = countQuery(f);
    qint64 rows = 0;
    query([&](pqxx::transaction_base& tx) {
        rows = tx.exec_params1(count.sql, pqxx::prepare::make_dynamic_params(count.values))[0]
                   .as<qint64>();
    });
    return rows;
}

std::optional<QuoteRecord> PostgresStore::latestQuote(const QString& assessmentId) {
    std::optional<QuoteRecord> out;
    query([&](pqxx::transaction_base& tx) {
        pqxx::result r = tx.exec_prepared("latest_quote", str(assessmentId));
        if (r.empty())
            r = tx.exec_prepared("archived_quote", str(assessmentId));
        if (r.empty())
            return;
        const pqxx::row q = r[0];
        out = QuoteRecord{text(q[0]),        text(q[1]),        q[2].as<double>(),
                          text(q[3]),        q[4].as<double>(), q[5].as<double>(),
                          q[6].as<double>(), bytes(q[7]),       time(q[8])};
    });
    return out;
}

qint64 PostgresStore::setStatus(const QString& id, AssessmentStatus status,
                                qint64 expectedRowVersion, const WriteOptions& options) {
    qint64 rowVersion = expectedRowVersion + 1;
    transact([&](pqxx::transaction_base& tx) {
        if (const auto applied = claimWrite(tx, options.idempotencyKey, id, "status")) {
            rowVersion = *applied;
            return;
        }
        if (tx.exec_prepared("set_status", str(id), str(statusKey(status)),
                             isoTimestamp(QDateTime::currentDateTimeUtc()), expectedRowVersion)
                .affected_rows() != 1)
            refuseStale(tx, id, expectedRowVersion);
        recordWrite(tx, options.idempotencyKey, rowVersion);
    });
    return rowVersion;
}

void PostgresStore::deleteAssessment(const QString& id, qint64 expectedRowVersion,
                                     const WriteOptions& options) {
    transact([&](pqxx::transaction_base& tx) {
        if (claimWrite(tx, options.idempotencyKey, id, "delete"))
            return; // deleted already: no NotFound for a retried delete
        if (tx.exec_prepared("delete_assessment", str(id), expectedRowVersion,
                             isoTimestamp(QDateTime::currentDateTimeUtc()))
                .affected_rows() != 1)
            refuseStale(tx, id, expectedRowVersion);
        recordWrite(tx, options.idempotencyKey, expectedRowVersion);
    });
}

QList<DeletedAssessment> PostgresStore::deletedAssessments(int limit) {
    QList<DeletedAssessment> out;
    query([&](pqxx::transaction_base& tx) {
        for (const pqxx::row& r : tx.exec_prepared("deleted", limit))
            out.append({text(r[0]), time(r[1]), text(r[2]),
                        statusFromKey(text(r[3])).value_or(AssessmentStatus::Draft), bytes(r[4])});
    });
    return out;
}

ArchiveOutcome PostgresStore::archiveOlderThan(const ArchiveRequest& request,
                                               const ProgressCallback& progress,
                                               const CancelCheck& cancelled) {
    return m_archive.run(request, progress, cancelled);
}

ArchiveStats PostgresStore::archiveStats() {
    return m_archive.stats();
}

} // namespace treeops::storage

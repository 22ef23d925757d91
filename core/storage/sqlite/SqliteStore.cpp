#include "storage/sqlite/SqliteStore.h"

#include "i18n/Translate.h"
#include "storage/ReferenceContent.h"
#include "storage/StoreError.h"
#include "storage/sqlite/SqliteMigrations.h"
#include "storage/sqlite/SqliteRows.h"

#include "json/Problem.h"
#include <QCoreApplication>
#include <QCryptographicHash>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

// 'TREE': marks the file as ours so a foreign SQLite database is never migrated.
constexpr qint64 ApplicationId = 0x54524545;

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString likePattern(const QString& text) {
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// Lists name the customer `customerColumn`: the customers table's when they read the store's
// rows alone, the union's when they read the archive's too.
QString sortColumn(AssessmentSort sort, const QString& customerColumn) {
    switch (sort) {
    case AssessmentSort::Updated:
        return u"a.updated_at"_s;
    case AssessmentSort::Created:
        return u"a.created_at"_s;
    case AssessmentSort::Customer:
        return customerColumn + u" COLLATE NOCASE"_s;
    case AssessmentSort::Address:
        return u"a.address COLLATE NOCASE"_s;
    case AssessmentSort::State:
        return u"a.state"_s;
    case AssessmentSort::Status:
        return u"a.status"_s;
    case AssessmentSort::Price:
        return u"a.price"_s;
    case AssessmentSort::Trees:
        return u"a.tree_count"_s;
    case AssessmentSort::Composite:
        return u"a.composite"_s;
    }
    return u"a.updated_at"_s;
}

// WHERE clause and its bound values for a filter; values bind in order from 1.
struct FilterSql {
    QString where;
    QStringList values;
};

FilterSql filterSql(const AssessmentFilter& f, const QString& customerColumn) {
    QStringList clauses;
    FilterSql out;
    if (!f.search.trimmed().isEmpty()) {
        const int n = static_cast<int>(out.values.size()) + 1;
        clauses << u"(a.id LIKE ?%1 ESCAPE '\\' OR %2 LIKE ?%1 ESCAPE '\\' OR a.address LIKE ?%1 "
                   "ESCAPE '\\')"_s.arg(n)
                       .arg(customerColumn);
        out.values << likePattern(f.search.trimmed());
    }
    if (f.status) {
        clauses << u"a.status = ?%1"_s.arg(out.values.size() + 1);
        out.values << statusKey(*f.status);
    }
    if (!f.state.isEmpty()) {
        clauses << u"a.state = ?%1"_s.arg(out.values.size() + 1);
        out.values << f.state;
    }
    if (f.updatedFrom) {
        clauses << u"a.updated_at >= ?%1"_s.arg(out.values.size() + 1);
        out.values << QDateTime(*f.updatedFrom, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    }
    if (f.updatedTo) {
        clauses << u"a.updated_at < ?%1"_s.arg(out.values.size() + 1);
        out.values
            << QDateTime(f.updatedTo->addDays(1), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    }
    if (!clauses.isEmpty())
        out.where = u" WHERE "_s + clauses.join(u" AND "_s);
    return out;
}

const QString SummaryColumns =
    u"a.id, c.name, a.address, a.state, a.services, a.tree_count, a.status, a.created_at, "
    "a.updated_at, a.row_version, a.composite, a.band, a.price"_s;

// The store's rows in the columns of SqliteArchive::Listing::rowsSql(), for a union with them.
const QString WarmRows =
    u"SELECT a.id, c.name AS customer, a.address, a.state, a.services, a.tree_count, a.status, "
    "a.created_at, a.updated_at, a.row_version, a.composite, a.band, a.price, 0 AS archived "
    "FROM main.assessments a JOIN main.customers c ON c.id = a.customer_id"_s;

// What a list reads: the store's rows alone, joined to their customers (the indexed path every
// list took before the archive), or the store's and the archive's as one. Either way the
// columns are the summary's 0–12 and whether the row is archived (13).
struct ListSource {
    QString from;
    QString customer;
    QString columns;
};

ListSource listSource(const SqliteArchive::Listing* archive) {
    if (!archive || archive->rowsSql().isEmpty())
        return {u"assessments a JOIN customers c ON c.id = a.customer_id"_s, u"c.name"_s,
                SummaryColumns + u", 0"_s};
    return {u"("_s + WarmRows + u" UNION ALL "_s + archive->rowsSql() + u") a"_s, u"a.customer"_s,
            u"a.id, a.customer, a.address, a.state, a.services, a.tree_count, a.status, "
            "a.created_at, a.updated_at, a.row_version, a.composite, a.band, a.price, "
            "a.archived"_s};
}

constexpr QLatin1StringView SaveWrite{"save"};
constexpr QLatin1StringView StatusWrite{"status"};
constexpr QLatin1StringView DeleteWrite{"delete"};

constexpr QLatin1StringView CatalogTable{"catalog_versions"};
constexpr QLatin1StringView RatesTable{"rates_versions"};
const QString ByVersion = u"version = ?1"_s;
const QString Active = u"active = 1"_s;
} // namespace

SqliteStore::SqliteStore(const QString& path)
    : m_db(path) {
    checkIsTreeOpsDatabase();
    m_schemaVersion = readSchemaVersion();
    if (m_schemaVersion > latestSchemaVersion())
        throw StoreError(
            StoreError::Kind::NewerSchema,
            translate("Store",
                      "%1 has schema version %2, newer than this TreeOps understands (%3). "
                      "Use a newer TreeOps; the file was not changed.")
                .arg(path)
                .arg(m_schemaVersion)
                .arg(latestSchemaVersion()));
    if (m_schemaVersion == 0)
        choosePageSize();
    m_db.execute(u"PRAGMA journal_mode = WAL"_s);
    m_db.execute(u"PRAGMA foreign_keys = ON"_s);
    m_db.execute(u"PRAGMA synchronous = NORMAL"_s);
    migrate();
}

QString SqliteStore::location() const {
    return translate("Store", "SQLite %1").arg(m_db.path());
}

int SqliteStore::latestSchemaVersion() {
    return sqliteMigrations().back().version;
}

void SqliteStore::checkIsTreeOpsDatabase() {
    // Reading the header is the first access: a file that is not SQLite fails here, unchanged.
    auto id = m_db.prepare(u"PRAGMA application_id"_s);
    id.step();
    const qint64 applicationId = id.integer(0);
    auto objects = m_db.prepare(u"SELECT count(*) FROM sqlite_master"_s);
    objects.step();
    if (applicationId != ApplicationId && objects.integer(0) > 0)
        throw StoreError(
            StoreError::Kind::NotTreeOps,
            translate("Store", "%1 is an SQLite database of another application; TreeOps will not "
                               "change it. Choose another file.")
                .arg(m_db.path()));
}

// Data-quality checks read whole tables of a million rows: with 16 KB pages SQLite asks the
// system for a quarter as many pages and its b-trees are shallower, and the checks that walk the
// assessments ran about 30 % faster than with the default 4 KB. A page size is fixed once the
// first table is written (only a VACUUM outside WAL mode changes it), so it is chosen for new
// files only; a store made before keeps its pages.
void SqliteStore::choosePageSize() {
    m_db.execute(u"PRAGMA page_size = %1"_s.arg(PageSizeBytes));
}

int SqliteStore::readSchemaVersion() {
    auto exists = m_db.prepare(
        u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"_s);
    exists.step();
    if (exists.integer(0) == 0)
        return 0;
    auto max = m_db.prepare(u"SELECT coalesce(max(version), 0) FROM schema_migrations"_s);
    max.step();
    return static_cast<int>(max.integer(0));
}

void SqliteStore::migrate() {
    if (m_schemaVersion == 0) {
        SqliteTransaction tx(m_db);
        m_db.execute(u"PRAGMA application_id = %1"_s.arg(ApplicationId));
        m_db.execute(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                     "description TEXT NOT NULL, applied_at TEXT NOT NULL)"_s);
        tx.commit();
    }
    for (const Migration& m : sqliteMigrations()) {
        if (m.version <= m_schemaVersion)
            continue;
        SqliteTransaction tx(m_db);
        m_db.execute(QString(m.sql));
        m_db.prepare(u"INSERT INTO schema_migrations (version, description, applied_at) "
                     "VALUES (?1, ?2, ?3)"_s)
            .bind(1, m.version)
            .bind(2, QString(m.description))
            .bind(3, nowText())
            .run();
        tx.commit();
        m_schemaVersion = m.version;
    }
}

PublishOutcome SqliteStore::publish(QLatin1StringView table, const QString& version,
                                    const QByteArray& content, bool activateNow) {
    const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    SqliteTransaction tx(m_db);
    auto existing = m_db.prepare(u"SELECT sha256 FROM %1 WHERE version = ?1"_s.arg(table));
    existing.bind(1, version);
    PublishOutcome outcome = PublishOutcome::Published;
    if (existing.step()) {
        if (existing.text(0).toLatin1() != sha)
            throw StoreError(
                StoreError::Kind::Conflict,
                translate("Store",
                          "version \"%1\" is already published with different content; "
                          "published versions never change, so give this one a new version")
                    .arg(version));
        outcome = PublishOutcome::AlreadyPublished;
    } else {
        m_db.prepare(u"INSERT INTO %1 (version, published_at, active, sha256, content) "
                     "VALUES (?1, ?2, 0, ?3, ?4)"_s.arg(table))
            .bind(1, version)
            .bind(2, nowText())
            .bind(3, QString::fromLatin1(sha))
            .bind(4, QString::fromUtf8(content))
            .run();
    }
    if (activateNow) {
        m_db.prepare(u"UPDATE %1 SET active = 0 WHERE active = 1 AND version <> ?1"_s.arg(table))
            .bind(1, version)
            .run();
        m_db.prepare(u"UPDATE %1 SET active = 1 WHERE version = ?1"_s.arg(table))
            .bind(1, version)
            .run();
    }
    tx.commit();
    return outcome;
}

void SqliteStore::activate(QLatin1StringView table, const QString& version) {
    SqliteTransaction tx(m_db);
    m_db.prepare(u"UPDATE %1 SET active = 0 WHERE active = 1"_s.arg(table)).run();
    m_db.prepare(u"UPDATE %1 SET active = 1 WHERE version = ?1"_s.arg(table))
        .bind(1, version)
        .run();
    if (m_db.changes() == 0)
        throw StoreError(StoreError::Kind::NotFound,
                         translate("Store", "version \"%1\" is not published").arg(version));
    tx.commit();
}

std::optional<QByteArray> SqliteStore::content(QLatin1StringView table, const QString& where,
                                               const QString& version) {
    auto s = m_db.prepare(u"SELECT content FROM %1 WHERE %2"_s.arg(table, where));
    if (!version.isEmpty())
        s.bind(1, version);
    if (!s.step())
        return std::nullopt;
    return s.text(0).toUtf8();
}

std::optional<QString> SqliteStore::activeVersion(QLatin1StringView table) {
    auto s = m_db.prepare(u"SELECT version FROM %1 WHERE active = 1"_s.arg(table));
    if (!s.step())
        return std::nullopt;
    return s.text(0);
}

QList<PublishedVersion> SqliteStore::versions(QLatin1StringView table) {
    QList<PublishedVersion> out;
    auto s = m_db.prepare(
        u"SELECT version, published_at, active, sha256 FROM %1 ORDER BY published_at, version"_s
            .arg(table));
    while (s.step())
        out.append(
            {s.text(0), parseStoredTime(s.text(1)), s.integer(2) == 1, s.text(3).toLatin1()});
    return out;
}

PublishOutcome SqliteStore::publishCatalog(const scoring::CatalogData& c, bool activateNow) {
    return publish(CatalogTable, c.version, catalogContent(c), activateNow);
}
void SqliteStore::activateCatalog(const QString& version) {
    activate(CatalogTable, version);
}
std::optional<scoring::CatalogData> SqliteStore::catalog(const QString& version) {
    return readStoredCatalog(content(CatalogTable, ByVersion, version),
                             translate("Store", "catalog %1").arg(version));
}
std::optional<scoring::CatalogData> SqliteStore::activeCatalog() {
    return readStoredCatalog(content(CatalogTable, Active, {}),
                             translate("Store", "active catalog"));
}
std::optional<QString> SqliteStore::activeCatalogVersion() {
    return activeVersion(CatalogTable);
}
QList<PublishedVersion> SqliteStore::catalogVersions() {
    return versions(CatalogTable);
}

PublishOutcome SqliteStore::publishRates(const scoring::RatesData& r, bool activateNow) {
    return publish(RatesTable, r.version, ratesContent(r), activateNow);
}
void SqliteStore::activateRates(const QString& version) {
    activate(RatesTable, version);
}
std::optional<scoring::RatesData> SqliteStore::rates(const QString& version) {
    return readStoredRates(content(RatesTable, ByVersion, version),
                           translate("Store", "rates %1").arg(version));
}
std::optional<scoring::RatesData> SqliteStore::activeRates() {
    return readStoredRates(content(RatesTable, Active, {}), translate("Store", "active rates"));
}
std::optional<QString> SqliteStore::activeRatesVersion() {
    return activeVersion(RatesTable);
}
QList<PublishedVersion> SqliteStore::ratesVersions() {
    return versions(RatesTable);
}

qint64 SqliteStore::customerId(const AssessmentWrite& a) {
    m_db.prepare(u"INSERT INTO customers (name, phone, email) VALUES (?1, ?2, ?3) "
                 "ON CONFLICT (name, phone, email) DO NOTHING"_s)
        .bind(1, a.customerName)
        .bind(2, a.customerPhone)
        .bind(3, a.customerEmail)
        .run();
    auto s =
        m_db.prepare(u"SELECT id FROM customers WHERE name = ?1 AND phone = ?2 AND email = ?3"_s);
    s.bind(1, a.customerName).bind(2, a.customerPhone).bind(3, a.customerEmail);
    s.step();
    return s.integer(0);
}

qint64 SqliteStore::writeAssessment(const AssessmentWrite& a, const QString& now) {
    const qint64 customer = customerId(a);
    const QString services = a.services.join(u',');
    if (a.expectedRowVersion == 0) {
        auto exists = m_db.prepare(u"SELECT 1 FROM assessments WHERE id = ?1"_s);
        exists.bind(1, a.id);
        if (exists.step())
            throw StoreError(
                StoreError::Kind::Conflict,
                translate("Store", "assessment %1 already exists; open it to change it").arg(a.id));
        if (m_archive.yearOf(a.id))
            refuseArchived(a.id);
        m_db.prepare(u"INSERT INTO assessments (id, customer_id, address, state, services, "
                     "tree_count, status, created_at, updated_at, row_version, input_json) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, 1, ?9)"_s)
            .bind(1, a.id)
            .bind(2, customer)
            .bind(3, a.address)
            .bind(4, a.state)
            .bind(5, services)
            .bind(6, a.treeCount)
            .bind(7, statusKey(a.status))
            .bind(8, now)
            .bind(9, QString::fromUtf8(a.inputJson))
            .run();
        return 1;
    }
    m_db.prepare(
            u"UPDATE assessments SET customer_id = ?2, address = ?3, state = ?4, services = ?5, "
            "tree_count = ?6, status = ?7, updated_at = ?8, input_json = ?9, "
            "row_version = row_version + 1 WHERE id = ?1 AND row_version = ?10"_s)
        .bind(1, a.id)
        .bind(2, customer)
        .bind(3, a.address)
        .bind(4, a.state)
        .bind(5, services)
        .bind(6, a.treeCount)
        .bind(7, statusKey(a.status))
        .bind(8, now)
        .bind(9, QString::fromUtf8(a.inputJson))
        .bind(10, a.expectedRowVersion)
        .run();
    if (m_db.changes() == 1)
        return a.expectedRowVersion + 1;
    refuseStale(a.id, a.expectedRowVersion);
}

void SqliteStore::refuseStale(const QString& id, qint64 expectedRowVersion) {
    auto current = m_db.prepare(u"SELECT row_version, updated_at FROM assessments WHERE id = ?1"_s);
    current.bind(1, id);
    if (!current.step()) {
        if (m_archive.yearOf(id))
            refuseArchived(id);
        throw StoreError(StoreError::Kind::NotFound,
                         translate("Store", "assessment %1 does not exist").arg(id));
    }
    throw StoreError(
        StoreError::Kind::Conflict,
        translate("Store",
                  "assessment %1 was changed elsewhere at %2 (version %3, you edited version "
                  "%4). Nothing was overwritten: reload it, or save yours as a copy.")
            .arg(id, current.text(1))
            .arg(current.integer(0))
            .arg(expectedRowVersion));
}

void SqliteStore::refuseArchived(const QString& id) {
    throw StoreError(StoreError::Kind::Conflict,
                     translate("Store",
                               "assessment %1 is in the archive and read-only; save it as a "
                               "new draft to change it")
                         .arg(id));
}

void SqliteStore::writeQuote(const QString& assessmentId, const QuoteRecord& q,
                             const QString& now) {
    m_db.prepare(u"INSERT INTO quotes (assessment_id, catalog_version, rates_version, created_at, "
                 "composite, band, price, total_cost, billable_hours, quote_json) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"_s)
        .bind(1, assessmentId)
        .bind(2, q.catalogVersion)
        .bind(3, q.ratesVersion)
        .bind(4, now)
        .bind(5, q.composite)
        .bind(6, q.band)
        .bind(7, q.price)
        .bind(8, q.totalCost)
        .bind(9, q.billableHours)
        .bind(10, QString::fromUtf8(q.quoteJson))
        .run();
    m_db.prepare(u"UPDATE assessments SET composite = ?2, band = ?3, price = ?4 WHERE id = ?1"_s)
        .bind(1, assessmentId)
        .bind(2, q.composite)
        .bind(3, q.band)
        .bind(4, q.price)
        .run();
}

// Read inside the write's transaction, so two connections sending the same key cannot both
// apply it: the second waits for the first's commit and then finds its record.
std::optional<qint64> SqliteStore::appliedWrite(const QString& key, const QString& id,
                                                QLatin1StringView kind) {
    if (key.isEmpty())
        return std::nullopt;
    auto s = m_db.prepare(
        u"SELECT assessment_id, kind, row_version FROM applied_writes WHERE idempotency_key = ?1"_s);
    s.bind(1, key);
    if (!s.step())
        return std::nullopt;
    if (s.text(0) != id || s.text(1) != kind)
        throw StoreError(StoreError::Kind::InvalidInput,
                         translate("Store", "idempotency key %1 was already used for another "
                                            "change (%2 of assessment %3); nothing was changed")
                             .arg(key, s.text(1), s.text(0)));
    return s.integer(2);
}

void SqliteStore::recordWrite(const QString& key, const QString& id, QLatin1StringView kind,
                              qint64 rowVersion) {
    if (key.isEmpty())
        return;
    m_db.prepare(u"INSERT INTO applied_writes (idempotency_key, assessment_id, kind, row_version, "
                 "applied_at) VALUES (?1, ?2, ?3, ?4, ?5)"_s)
        .bind(1, key)
        .bind(2, id)
        .bind(3, QString(kind))
        .bind(4, rowVersion)
        .bind(5, nowText())
        .run();
}

qint64 SqliteStore::saveAssessment(const AssessmentWrite& a) {
    const QString now = nowText();
    SqliteTransaction tx(m_db);
    if (const auto applied = appliedWrite(a.idempotencyKey, a.id, SaveWrite))
        return *applied; // the transaction rolls back: nothing changes
    const qint64 rowVersion = writeAssessment(a, now);
    if (a.quote)
        writeQuote(a.id, *a.quote, now);
    recordWrite(a.idempotencyKey, a.id, SaveWrite, rowVersion);
    tx.commit();
    return rowVersion;
}

void SqliteStore::saveAssessments(const QList<AssessmentWrite>& assessments) {
    const QString now = nowText();
    SqliteTransaction tx(m_db);
    for (const AssessmentWrite& a : assessments) {
        if (appliedWrite(a.idempotencyKey, a.id, SaveWrite))
            continue;
        const QString when =
            a.recordedAt.isValid() ? a.recordedAt.toUTC().toString(Qt::ISODateWithMs) : now;
        const qint64 rowVersion = writeAssessment(a, when);
        if (a.quote)
            writeQuote(a.id, *a.quote, when);
        recordWrite(a.idempotencyKey, a.id, SaveWrite, rowVersion);
    }
    tx.commit();
}

std::optional<StoredAssessment> SqliteStore::assessment(const QString& id) {
    auto s =
        m_db.prepare(u"SELECT "_s + SummaryColumns +
                     u", a.input_json FROM assessments a JOIN customers c ON c.id = a.customer_id "
                     "WHERE a.id = ?1"_s);
    s.bind(1, id);
    if (!s.step())
        return m_archive.assessment(id);
    return StoredAssessment{readSummaryRow(s), s.text(13).toUtf8()};
}

QList<AssessmentSummary> SqliteStore::listAssessments(const AssessmentFilter& f) {
    // Declared before the statement, so the year files are detached after it is finalized.
    std::optional<SqliteArchive::Listing> archive;
    if (f.includeArchived)
        archive.emplace(m_archive);
    const ListSource source = listSource(archive ? &*archive : nullptr);
    const FilterSql filter = filterSql(f, source.customer);
    const int n = static_cast<int>(filter.values.size());
    // The id breaks ties in the same direction, so one index (column, id) serves both directions
    // (the PostgreSQL store orders the same way).
    const QString direction = f.descending ? u" DESC"_s : u" ASC"_s;
    auto s =
        m_db.prepare(u"SELECT "_s + source.columns + u" FROM "_s + source.from + filter.where +
                     u" ORDER BY "_s + sortColumn(f.sort, source.customer) + direction +
                     u", a.id"_s + direction + u" LIMIT ?%1 OFFSET ?%2"_s.arg(n + 1).arg(n + 2));
    for (int i = 0; i < n; ++i)
        s.bind(i + 1, filter.values[i]);
    s.bind(n + 1, f.limit).bind(n + 2, f.offset);
    QList<AssessmentSummary> out;
    while (s.step()) {
        AssessmentSummary row = readSummaryRow(s);
        row.archived = s.integer(13) == 1;
        out.append(std::move(row));
    }
    return out;
}

qint64 SqliteStore::countAssessments(const AssessmentFilter& f) {
    std::optional<SqliteArchive::Listing> archive;
    if (f.includeArchived)
        archive.emplace(m_archive);
    const ListSource source = listSource(archive ? &*archive : nullptr);
    const FilterSql filter = filterSql(f, source.customer);
    auto s = m_db.prepare(u"SELECT count(*) FROM "_s + source.from + filter.where);
    for (int i = 0; i < filter.values.size(); ++i)
        s.bind(i + 1, filter.values[i]);
    s.step();
    return s.integer(0);
}

qint64 SqliteStore::setStatus(const QString& id, AssessmentStatus status, qint64 expectedRowVersion,
                              const WriteOptions& options) {
    SqliteTransaction tx(m_db);
    if (const auto applied = appliedWrite(options.idempotencyKey, id, StatusWrite))
        return *applied;
    m_db.prepare(
            u"UPDATE assessments SET status = ?2, updated_at = ?3, row_version = row_version + 1 "
            "WHERE id = ?1 AND row_version = ?4"_s)
        .bind(1, id)
        .bind(2, statusKey(status))
        .bind(3, nowText())
        .bind(4, expectedRowVersion)
        .run();
    if (m_db.changes() != 1)
        refuseStale(id, expectedRowVersion);
    recordWrite(options.idempotencyKey, id, StatusWrite, expectedRowVersion + 1);
    tx.commit();
    return expectedRowVersion + 1;
}

void SqliteStore::deleteAssessment(const QString& id, qint64 expectedRowVersion,
                                   const WriteOptions& options) {
    SqliteTransaction tx(m_db);
    if (appliedWrite(options.idempotencyKey, id, DeleteWrite))
        return;
    m_db.prepare(u"INSERT INTO assessment_deletions (assessment, deleted_at, customer, address, "
                 "status, row_version, input_json, quote_json) "
                 "SELECT a.id, ?3, c.name, a.address, a.status, a.row_version, a.input_json, "
                 "(SELECT q.quote_json FROM quotes q WHERE q.assessment_id = a.id ORDER BY q.id "
                 "DESC LIMIT 1) "
                 "FROM assessments a JOIN customers c ON c.id = a.customer_id "
                 "WHERE a.id = ?1 AND a.row_version = ?2"_s)
        .bind(1, id)
        .bind(2, expectedRowVersion)
        .bind(3, nowText())
        .run();
    if (m_db.changes() != 1)
        refuseStale(id, expectedRowVersion);
    m_db.prepare(u"DELETE FROM assessments WHERE id = ?1"_s).bind(1, id).run();
    // The version that was deleted: what a replayed delete reports having acted on.
    recordWrite(options.idempotencyKey, id, DeleteWrite, expectedRowVersion);
    tx.commit();
}

QList<DeletedAssessment> SqliteStore::deletedAssessments(int limit) {
    auto s = m_db.prepare(u"SELECT assessment, deleted_at, customer, status, input_json "
                          "FROM assessment_deletions ORDER BY id DESC LIMIT ?1"_s);
    s.bind(1, limit);
    QList<DeletedAssessment> out;
    while (s.step())
        out.append({s.text(0), parseStoredTime(s.text(1)), s.text(2),
                    statusFromKey(s.text(3)).value_or(AssessmentStatus::Draft),
                    s.text(4).toUtf8()});
    return out;
}

std::optional<QuoteRecord> SqliteStore::latestQuote(const QString& assessmentId) {
    auto s = m_db.prepare(LatestQuoteSql);
    s.bind(1, assessmentId);
    if (!s.step())
        return m_archive.latestQuote(assessmentId);
    return readQuoteRow(s);
}

ArchiveOutcome SqliteStore::archiveOlderThan(const ArchiveRequest& request,
                                             const ProgressCallback& progress,
                                             const CancelCheck& cancelled) {
    return m_archive.run(request, progress, cancelled);
}

ArchiveStats SqliteStore::archiveStats() {
    return m_archive.stats();
}

} // namespace treeops::storage

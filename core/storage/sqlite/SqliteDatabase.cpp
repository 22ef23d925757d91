#include "storage/sqlite/SqliteDatabase.h"

#include "i18n/Translate.h"
#include "storage/StoreError.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace treeops::storage {
namespace {

constexpr int BusyTimeoutMs = 5000;

StoreError::Kind kindOf(int code) {
    switch (code & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return StoreError::Kind::NotTreeOps;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::Kind::Unavailable;
    default:
        return StoreError::Kind::Failed;
    }
}

// Before the first connection: data-quality checks run on several connections side by side, and
// with memory statistics every allocation of every connection takes one global mutex, for
// figures TreeOps never reads.
void configureSqliteOnce() {
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
}

} // namespace

sqlite3* openSqliteFile(const QString& path, int flags) {
    configureSqliteOnce();
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc == SQLITE_OK)
        return db;
    const QString reason =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(db);
    throw StoreError(StoreError::Kind::Unavailable,
                     translate("Store", "cannot open %1: %2").arg(path, reason));
}

SqliteDatabase::SqliteDatabase(const QString& path)
    : m_db(openSqliteFile(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX))
    , m_path(path) {
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
}

SqliteDatabase::~SqliteDatabase() {
    sqlite3_close_v2(m_db);
}

void SqliteDatabase::fail(int code, const QString& context) const {
    QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    if ((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT)
        reason = translate(
                     "Store",
                     "the file is not a TreeOps database or is damaged (%1); it was left untouched")
                     .arg(reason);
    throw StoreError(kindOf(code), translate("Store", "%1: %2 (%3)").arg(m_path, reason, context));
}

void SqliteDatabase::execute(const QString& sql) {
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    sqlite3_free(error);
    if (rc != SQLITE_OK)
        fail(rc, sql.left(60));
}

SqliteStatement SqliteDatabase::prepare(const QString& sql) {
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                                      &statement, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, sql.left(60));
    return SqliteStatement(*this, statement);
}

qint64 SqliteDatabase::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}
int SqliteDatabase::changes() const {
    return sqlite3_changes(m_db);
}
int SqliteDatabase::attachLimit() const {
    return sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, -1);
}

SqliteStatement::SqliteStatement(SqliteDatabase& db, sqlite3_stmt* statement)
    : m_db(&db)
    , m_statement(statement) {}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(other.m_db)
    , m_statement(std::exchange(other.m_statement, nullptr)) {}

SqliteStatement& SqliteStatement::bind(int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QByteArray& value) {
    sqlite3_bind_blob(m_statement, index, value.constData(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindUtf8(int index, QByteArrayView text) {
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool SqliteStatement::step() {
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(rc, QString::fromUtf8(sqlite3_sql(m_statement)).left(60));
}

void SqliteStatement::run() {
    step();
    reset();
}

void SqliteStatement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QString SqliteStatement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::utf8(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}
double SqliteStatement::real(int column) const {
    return sqlite3_column_double(m_statement, column);
}
bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

SqliteTransaction::SqliteTransaction(SqliteDatabase& db)
    : m_db(db) {
    m_db.execute(QStringLiteral("BEGIN IMMEDIATE"));
}

SqliteTransaction::~SqliteTransaction() {
    if (m_open) {
        try {
            m_db.execute(QStringLiteral("ROLLBACK"));
        } catch (const StoreError&) {
            // The connection already rolled back (e.g. after SQLITE_FULL); nothing is left open.
        }
    }
}

void SqliteTransaction::commit() {
    m_db.execute(QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace treeops::storage

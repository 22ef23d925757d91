#include "storage/sqlite/SqliteReadOnlySql.h"

#include "i18n/Translate.h"
#include "storage/StoreError.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QScopeGuard>
#include <array>
#include <cstring>
#include <sqlite3.h>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

constexpr int ProgressEveryInstructions = 10'000;

// Pragmas that only describe the schema, allowed so that rules can check it.
constexpr std::array SchemaPragmas{"table_info", "table_xinfo", "index_list", "index_info",
                                   "foreign_key_list"};

bool isSchemaPragma(const char* name) {
    for (const char* allowed : SchemaPragmas)
        if (name && std::strcmp(name, allowed) == 0)
            return true;
    return false;
}

QString textColumn(sqlite3_stmt* statement, int c) {
    const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
    return value ? QString::fromUtf8(value, sqlite3_column_bytes(statement, c)) : QString();
}

// Valid until the next step.
QByteArrayView utf8Column(sqlite3_stmt* statement, int c) {
    const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
    return value ? QByteArrayView(value, sqlite3_column_bytes(statement, c)) : QByteArrayView();
}

} // namespace

SqliteReadOnlySql::SqliteReadOnlySql(const QString& path, int statementTimeoutMs)
    : m_db(openSqliteFile(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX))
    , m_timeoutMs(statementTimeoutMs) {
    sqlite3_busy_timeout(m_db, statementTimeoutMs);
    // Checks sort and group a million rows; spilled to temporary files, a sort of the
    // assessments took four times as long as in memory.
    sqlite3_exec(m_db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);
    // The latest quotes are joined to the assessments of a day out of storage order, and a day
    // of assessments (about 3 MB at a million a year) outgrows the default 2 MB cache: each
    // page was read again from the file, 4.9 s instead of 3.4 s for the quote recompute's
    // query. Larger caches were slower, every page of them a new page of memory.
    sqlite3_exec(m_db, "PRAGMA cache_size = -8192", nullptr, nullptr, nullptr);
    sqlite3_set_authorizer(m_db, &SqliteReadOnlySql::authorize, this);
    sqlite3_progress_handler(m_db, ProgressEveryInstructions, &SqliteReadOnlySql::interruptIfDue,
                             this);
}

SqliteReadOnlySql::~SqliteReadOnlySql() {
    sqlite3_close_v2(m_db);
}

int SqliteReadOnlySql::authorize(void* self, int action, const char* a, const char*, const char*,
                                 const char*) {
    auto* me = static_cast<SqliteReadOnlySql*>(self);
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_PRAGMA:
        if (isSchemaPragma(a))
            return SQLITE_OK;
        break;
    case SQLITE_UPDATE:
        // SQLite asks this of itself while it reads the schema for a table-valued function
        // such as json_each; the connection is read-only, so no statement can write it.
        if (a && std::strcmp(a, "sqlite_master") == 0)
            return SQLITE_OK;
        break;
    default:
        break;
    }
    me->m_refused = true;
    return SQLITE_DENY;
}

int SqliteReadOnlySql::interruptIfDue(void* self) {
    auto* me = static_cast<SqliteReadOnlySql*>(self);
    if (me->m_cancelled && me->m_cancelled())
        return 1;
    if (me->m_steppedMs + me->m_stepping.elapsed() > me->m_timeoutMs) {
        me->m_timedOut = true;
        return 1;
    }
    return 0;
}

void SqliteReadOnlySql::fail(int code) {
    if (m_refused)
        throw writeRefused();
    if (m_timedOut)
        throw queryTimedOut(m_timeoutMs);
    if ((code & 0xff) == SQLITE_INTERRUPT)
        throw queryCancelled();
    throw StoreError(StoreError::Kind::Failed, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

int SqliteReadOnlySql::step(sqlite3_stmt* statement) {
    m_stepping.start();
    const int rc = sqlite3_step(statement);
    m_steppedMs += m_stepping.elapsed();
    return rc;
}

sqlite3_stmt* SqliteReadOnlySql::prepare(const QString& sql) {
    m_refused = false;
    m_timedOut = false;
    m_steppedMs = 0;
    m_stepping.start();
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, text.constData(), static_cast<int>(text.size()),
                                      &statement, &tail);
    auto finalize = qScopeGuard([&] { sqlite3_finalize(statement); });
    if (rc != SQLITE_OK)
        fail(rc);
    if (!statement || QByteArrayView(tail).trimmed().size() > 0 ||
        !sqlite3_stmt_readonly(statement))
        throw StoreError(StoreError::Kind::InvalidInput,
                         translate("Store", "a quality check is one statement that only reads "
                                            "data (SELECT)"));
    finalize.dismiss();
    return statement;
}

template <typename Columns, typename Handler, typename ReadColumn>
void SqliteReadOnlySql::stepThrough(const QString& sql, const Handler& row, ReadColumn read) {
    sqlite3_stmt* statement = prepare(sql);
    const auto finalize = qScopeGuard([&] { sqlite3_finalize(statement); });
    const int columns = sqlite3_column_count(statement);
    Columns values;
    int rc = SQLITE_OK;
    while ((rc = step(statement)) == SQLITE_ROW) {
        values.clear();
        for (int c = 0; c < columns; ++c)
            values << read(statement, c);
        if (!row(values))
            return;
    }
    if (rc != SQLITE_DONE)
        fail(rc);
}

void SqliteReadOnlySql::query(const QString& sql, const RowHandler& row) {
    stepThrough<QStringList>(sql, row, textColumn);
}

void SqliteReadOnlySql::queryUtf8(const QString& sql, const Utf8RowHandler& row) {
    stepThrough<QList<QByteArrayView>>(sql, row, utf8Column);
}

} // namespace treeops::storage

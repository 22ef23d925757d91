#pragma once

#include "storage/ReadOnlySql.h"

#include <QElapsedTimer>

struct sqlite3;
struct sqlite3_stmt;

namespace treeops::storage {

// A connection opened read-only, with an authorizer that lets a statement read tables and call
// functions and nothing else (no writes, ATTACH, transactions or changing pragmas), and a
// progress handler that stops it at the timeout or on cancel. The timeout counts the time the
// statement itself runs (in sqlite3_step), not the time the caller spends on its rows, as a
// PostgreSQL server counts each fetch of a cursor.
class SqliteReadOnlySql final : public ReadOnlySql {
public:
    SqliteReadOnlySql(const QString& path, int statementTimeoutMs);
    ~SqliteReadOnlySql() override;
    SqliteReadOnlySql(const SqliteReadOnlySql&) = delete;
    SqliteReadOnlySql& operator=(const SqliteReadOnlySql&) = delete;

    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    void query(const QString& sql, const RowHandler& row) override;
    void queryUtf8(const QString& sql, const Utf8RowHandler& row) override;
    void setCancelCheck(CancelCheck cancelled) override { m_cancelled = std::move(cancelled); }

private:
    static int authorize(void* self, int action, const char* a, const char* b, const char* c,
                         const char* d);
    static int interruptIfDue(void* self);
    [[noreturn]] void fail(int code);
    int step(sqlite3_stmt* statement);
    sqlite3_stmt* prepare(const QString& sql);
    template <typename Columns, typename Handler, typename ReadColumn>
    void stepThrough(const QString& sql, const Handler& row, ReadColumn read);

    sqlite3* m_db = nullptr;
    int m_timeoutMs;
    CancelCheck m_cancelled;
    QElapsedTimer m_stepping; // since the current step started
    qint64 m_steppedMs = 0;   // the statement's earlier steps
    bool m_timedOut = false;
    bool m_refused = false; // the authorizer refused the statement being prepared
};

} // namespace treeops::storage

#pragma once

#include "storage/postgres/PostgresConnection.h"

#include <QtGlobal>
#include <functional>
#include <string>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace treeops::storage {

// A libpq connection of its own, for reads that hand rows on as the server sends them (libpq's
// single-row mode). libpqxx 6.4 can only read a large result through a cursor, and PostgreSQL
// copies every row a FETCH returns into a tuple store before sending it: the server spent
// 11.0 s of CPU on a million documents read that way, 5.2 s sending them as they were read.
// Failures are thrown as libpqxx's exceptions (sql_error with its SQLSTATE, broken_connection),
// as in the rest of the PostgreSQL backend.
class PostgresSession {
public:
    // Connects in UTF-8 with notices quieted; throws StoreError as PostgresTarget::connect does.
    explicit PostgresSession(const PostgresTarget& target);
    ~PostgresSession();
    PostgresSession(const PostgresSession&) = delete;
    PostgresSession& operator=(const PostgresSession&) = delete;

    bool isOpen() const;

    // A statement of TreeOps' own that gives no rows (BEGIN, SET LOCAL, COMMIT).
    void command(const std::string& sql);

    // Row `row` of `result`, valid during the call; false stops the statement.
    using RowHandler = std::function<bool(const PGresult* result, int row)>;

    // How long a streamed statement may keep the reader waiting for its rows, all waits added
    // up, and what to call every tenth of a second of waiting (it may throw, to stop).
    struct Wait {
        int timeoutMs = 0;
        std::function<void()> meanwhile;
    };

    // One statement (sent with the extended protocol, which takes no second one), its rows
    // handed on one at a time as they arrive. A statement stopped early, by the handler or by
    // an exception it throws, is cancelled on the server and its rows left unread. One that
    // keeps the reader waiting past the timeout is cancelled and thrown as PostgreSQL's own
    // timeout: the server's statement_timeout would count the time the reader spends on the
    // rows too, as the server waits for it to take more.
    void stream(const std::string& sql, const RowHandler& row, const Wait& wait);
    // The same, the result read whole first: for a statement that gives a few rows.
    void readWhole(const std::string& sql, const RowHandler& row);

private:
    PGresult* nextResult(const Wait& wait, qint64& waitedMs);
    void cancelAndDrain();
    [[noreturn]] void throwFailure(const PGresult* result, const std::string& sql) const;

    PGconn* m_connection;
};

} // namespace treeops::storage

#pragma once

#include "storage/ReadOnlySql.h"
#include "storage/postgres/PostgresConnection.h"

namespace pqxx {
class result;
class transaction_base;
} // namespace pqxx

namespace treeops::storage {

// Each query runs in its own READ ONLY transaction with a statement timeout, sent with the
// extended protocol (one statement, no way to COMMIT out of the transaction) and read
// through a cursor, so a query over a million rows is never held in memory at once; a query
// of a few rows is read whole, in one round trip. Plans run without parallel workers: the runner
// already checks rules side by side, one per connection.
class PostgresReadOnlySql final : public ReadOnlySql {
public:
    PostgresReadOnlySql(PostgresTarget target, int statementTimeoutMs);
    ~PostgresReadOnlySql() override;

    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    void query(const QString& sql, const RowHandler& row) override;
    void queryUtf8(const QString& sql, const Utf8RowHandler& row) override;
    void queryFew(const QString& sql, const RowHandler& row) override;
    void setCancelCheck(CancelCheck cancelled) override { m_cancelled = std::move(cancelled); }

private:
    // Hands one fetch's rows on; false once the caller asks to stop.
    using RowsHandler = std::function<bool(const pqxx::result&)>;

    void run(const std::function<void(pqxx::transaction_base&)>& read);
    void streamThroughCursor(const QString& sql, const RowsHandler& rows);
    void fetchAll(pqxx::transaction_base& tx, const RowsHandler& handle);
    bool cancelled() const { return m_cancelled && m_cancelled(); }

    PostgresTarget m_target;
    int m_timeoutMs;
    PostgresConnectionPtr m_connection;
    CancelCheck m_cancelled;
};

} // namespace treeops::storage

#pragma once

#include "storage/ReadOnlySql.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresSession.h"

#include <memory>

namespace treeops::storage {

// Each query runs in its own READ ONLY transaction with a statement timeout, sent with the
// extended protocol (one statement, no way to COMMIT out of the transaction); its rows are
// handed on as the server sends them, so a query over a million rows is never held in memory at
// once, and a query of a few rows is read whole. Plans run without parallel workers: the runner
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
    // In a READ ONLY transaction with the server's statement_timeout (0: none).
    void run(int statementTimeoutMs, const std::function<void()>& read);
    void readWhole(const QString& sql, const RowHandler& row);
    void stream(const QString& sql, const PostgresSession::RowHandler& rows);
    bool cancelled() const { return m_cancelled && m_cancelled(); }

    PostgresTarget m_target;
    int m_timeoutMs;
    std::unique_ptr<PostgresSession> m_session;
    CancelCheck m_cancelled;
};

} // namespace treeops::storage

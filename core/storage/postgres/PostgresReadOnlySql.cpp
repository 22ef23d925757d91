#include "storage/postgres/PostgresReadOnlySql.h"

#include "storage/postgres/PostgresErrors.h"
#include "storage/postgres/PostgresSession.h"

#include <libpq-fe.h>
#include <pqxx/except>

namespace treeops::storage {
namespace {

constexpr auto ReadOnlyViolation = "25006";
constexpr auto QueryCanceled = "57014";
constexpr int RowsBetweenCancelChecks = 1000;

QString textField(const PGresult* result, int row, int column) {
    if (PQgetisnull(result, row, column))
        return QString();
    return QString::fromUtf8(PQgetvalue(result, row, column), PQgetlength(result, row, column));
}

// Valid for as long as the result it is a field of.
QByteArrayView utf8Field(const PGresult* result, int row, int column) {
    if (PQgetisnull(result, row, column))
        return QByteArrayView();
    return QByteArrayView(PQgetvalue(result, row, column), PQgetlength(result, row, column));
}

// Hands each row's columns to `handler`, read by `read`.
template <typename Columns, typename Handler, typename ReadField>
PostgresSession::RowHandler columnsTo(const Handler& handler, ReadField read) {
    return [&handler, read, columns = Columns()](const PGresult* result, int row) mutable {
        columns.clear();
        for (int column = 0; column < PQnfields(result); ++column)
            columns << read(result, row, column);
        return handler(columns);
    };
}

// Ends the transaction on the way out: committed when asked, rolled back otherwise (after a
// failed statement, or one stopped early), unless the connection is gone.
class ReadOnlyTransaction {
public:
    explicit ReadOnlyTransaction(PostgresSession& session)
        : m_session(session) {
        m_session.command("BEGIN READ ONLY");
    }
    ~ReadOnlyTransaction() {
        if (m_open && m_session.isOpen()) {
            try {
                m_session.command("ROLLBACK");
            } catch (const std::exception&) {
                // The transaction ends with the session anyway.
            }
        }
    }
    ReadOnlyTransaction(const ReadOnlyTransaction&) = delete;
    ReadOnlyTransaction& operator=(const ReadOnlyTransaction&) = delete;

    void commit() {
        m_session.command("COMMIT");
        m_open = false;
    }

private:
    PostgresSession& m_session;
    bool m_open = true;
};

} // namespace

PostgresReadOnlySql::PostgresReadOnlySql(PostgresTarget target, int statementTimeoutMs)
    : m_target(std::move(target))
    , m_timeoutMs(statementTimeoutMs)
    , m_session(std::make_unique<PostgresSession>(m_target)) {}

PostgresReadOnlySql::~PostgresReadOnlySql() = default;

void PostgresReadOnlySql::query(const QString& sql, const RowHandler& row) {
    stream(sql, columnsTo<QStringList>(row, textField));
}

void PostgresReadOnlySql::queryUtf8(const QString& sql, const Utf8RowHandler& row) {
    stream(sql, columnsTo<QList<QByteArrayView>>(row, utf8Field));
}

void PostgresReadOnlySql::queryFew(const QString& sql, const RowHandler& row) {
    readWhole(sql, row);
}

void PostgresReadOnlySql::readWhole(const QString& sql, const RowHandler& row) {
    run(m_timeoutMs,
        [&] { m_session->readWhole(sql.toStdString(), columnsTo<QStringList>(row, textField)); });
}

// The timeout is kept by the session, which counts only the time spent waiting for rows.
void PostgresReadOnlySql::stream(const QString& sql, const PostgresSession::RowHandler& rows) {
    const auto stopIfCancelled = [this] {
        if (cancelled())
            throw queryCancelled();
    };
    run(0, [&] {
        int sinceCheck = 0;
        const auto checked = [&](const PGresult* result, int row) {
            if (++sinceCheck == RowsBetweenCancelChecks) {
                sinceCheck = 0;
                stopIfCancelled();
            }
            return rows(result, row);
        };
        m_session->stream(sql.toStdString(), checked, {m_timeoutMs, stopIfCancelled});
    });
}

void PostgresReadOnlySql::run(int statementTimeoutMs, const std::function<void()>& read) {
    if (cancelled())
        throw queryCancelled();
    if (!m_session->isOpen())
        m_session = std::make_unique<PostgresSession>(m_target);
    try {
        ReadOnlyTransaction tx(*m_session);
        m_session->command("SET LOCAL statement_timeout = " + std::to_string(statementTimeoutMs));
        // Checks group and sort a row per assessment; with the default 4 MB a million of them
        // spill to disk in dozens of batches (assessments.tree_measurements: 32 s, not 27 s).
        m_session->command("SET LOCAL work_mem = '64MB'");
        // Compiling a check's expressions took longer than it saved: the shared pass over a
        // million assessments ran in 3.1-3.4 s without, 3.6-3.7 s with.
        m_session->command("SET LOCAL jit = off");
        // The runner checks rules side by side, one per connection: a plan's parallel workers
        // only took cores from the other checks (the shared pass gained nothing alone, and a
        // whole run over a million assessments took 10.2-12.3 s with them, 7.6-7.7 s without).
        m_session->command("SET LOCAL max_parallel_workers_per_gather = 0");
        read();
        tx.commit();
    } catch (const pqxx::sql_error& e) {
        if (e.sqlstate() == ReadOnlyViolation)
            throw writeRefused();
        if (e.sqlstate() == QueryCanceled)
            throw queryTimedOut(m_timeoutMs);
        throw StoreError(StoreError::Kind::Failed, QString::fromStdString(e.what()).trimmed());
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception&) {
        rethrowAsStoreError(m_target.description());
    }
}

} // namespace treeops::storage

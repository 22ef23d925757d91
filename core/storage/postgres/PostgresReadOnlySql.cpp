#include "storage/postgres/PostgresReadOnlySql.h"

#include "storage/postgres/PostgresErrors.h"

#include <pqxx/pqxx>

namespace treeops::storage {
namespace {

constexpr int FetchRows = 2000;
constexpr auto ReadOnlyViolation = "25006";
constexpr auto QueryCanceled = "57014";

QString textField(const pqxx::field& field) {
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str(), int(field.size()));
}

// Valid for as long as the result it is a field of.
QByteArrayView utf8Field(const pqxx::field& field) {
    return field.is_null() ? QByteArrayView()
                           : QByteArrayView(field.c_str(), qsizetype(field.size()));
}

// Hands each row to `row`; false once it asks to stop.
template <typename Columns, typename Handler, typename ReadField>
bool deliver(const pqxx::result& rows, const Handler& row, ReadField read) {
    Columns values;
    for (const auto& r : rows) {
        values.clear();
        for (const auto& field : r)
            values << read(field);
        if (!row(values))
            return false;
    }
    return true;
}

} // namespace

PostgresReadOnlySql::PostgresReadOnlySql(PostgresTarget target, int statementTimeoutMs)
    : m_target(std::move(target))
    , m_timeoutMs(statementTimeoutMs)
    , m_connection(m_target.connect()) {}

PostgresReadOnlySql::~PostgresReadOnlySql() = default;

void PostgresReadOnlySql::query(const QString& sql, const RowHandler& row) {
    streamThroughCursor(
        sql, [&](const pqxx::result& rows) { return deliver<QStringList>(rows, row, textField); });
}

void PostgresReadOnlySql::queryUtf8(const QString& sql, const Utf8RowHandler& row) {
    streamThroughCursor(sql, [&](const pqxx::result& rows) {
        return deliver<QList<QByteArrayView>>(rows, row, utf8Field);
    });
}

void PostgresReadOnlySql::streamThroughCursor(const QString& sql, const RowsHandler& rows) {
    run([&](pqxx::transaction_base& tx) {
        tx.exec_params0("DECLARE treeops_check NO SCROLL CURSOR FOR " + sql.toStdString());
        fetchAll(tx, rows);
    });
}

void PostgresReadOnlySql::queryFew(const QString& sql, const RowHandler& row) {
    run([&](pqxx::transaction_base& tx) {
        if (cancelled())
            throw queryCancelled();
        deliver<QStringList>(tx.exec_params(sql.toStdString()), row, textField);
    });
}

void PostgresReadOnlySql::run(const std::function<void(pqxx::transaction_base&)>& read) {
    if (!m_connection || !m_connection->is_open())
        m_connection = m_target.connect();
    try {
        pqxx::read_transaction tx(*m_connection);
        tx.exec0("SET LOCAL statement_timeout = " + std::to_string(m_timeoutMs));
        // Checks group and sort a row per assessment; with the default 4 MB a million of them
        // spill to disk in dozens of batches (assessments.tree_measurements: 32 s, not 27 s).
        tx.exec0("SET LOCAL work_mem = '64MB'");
        // Compiling a check's expressions took longer than it saved: the shared pass over a
        // million assessments ran in 3.1-3.4 s without, 3.6-3.7 s with.
        tx.exec0("SET LOCAL jit = off");
        // The runner checks rules side by side, one per connection: a plan's parallel workers
        // only took cores from the other checks (the shared pass gained nothing alone, and a
        // whole run over a million assessments took 10.2-12.3 s with them, 7.6-7.7 s without).
        tx.exec0("SET LOCAL max_parallel_workers_per_gather = 0");
        read(tx);
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

void PostgresReadOnlySql::fetchAll(pqxx::transaction_base& tx, const RowsHandler& handle) {
    const std::string fetch = "FETCH " + std::to_string(FetchRows) + " FROM treeops_check";
    for (;;) {
        if (cancelled())
            throw queryCancelled();
        const pqxx::result rows = tx.exec(fetch);
        if (!handle(rows) || rows.size() < FetchRows)
            return;
    }
}

} // namespace treeops::storage

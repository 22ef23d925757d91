#include "storage/postgres/PostgresSession.h"

#include "storage/postgres/PostgresErrors.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <libpq-fe.h>
#include <memory>
#include <optional>
#include <poll.h>
#include <pqxx/except>

namespace treeops::storage {
namespace {

struct ResultFree {
    void operator()(PGresult* result) const noexcept { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultFree>;

void ignoreNotice(void*, const char*) {}

// Hands on every row of `result` (none for a result without rows); false once one asks to stop.
bool handOn(const PGresult* result, const PostgresSession::RowHandler& row) {
    for (int i = 0; i < PQntuples(result); ++i)
        if (!row(result, i))
            return false;
    return true;
}

// Closes a connection that failed to start and says why, as PostgresTarget::connect does.
[[noreturn]] void failToConnect(PGconn* connection, const PostgresTarget& target) {
    const std::string message = PQerrorMessage(connection);
    PQfinish(connection);
    throw connectionError(message, target.description());
}

} // namespace

PostgresSession::PostgresSession(const PostgresTarget& target)
    : m_connection(PQconnectdb(target.conninfo().c_str())) {
    if (!m_connection)
        throw connectionError("out of memory", target.description());
    if (PQstatus(m_connection) != CONNECTION_OK)
        failToConnect(m_connection, target);
    PQsetNoticeProcessor(m_connection, ignoreNotice, nullptr);
    if (PQsetClientEncoding(m_connection, "UTF8") != 0)
        failToConnect(m_connection, target);
}

PostgresSession::~PostgresSession() {
    PQfinish(m_connection);
}

bool PostgresSession::isOpen() const {
    return PQstatus(m_connection) == CONNECTION_OK;
}

void PostgresSession::command(const std::string& sql) {
    const ResultPtr result(PQexec(m_connection, sql.c_str()));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        throwFailure(result.get(), sql);
}

void PostgresSession::stream(const std::string& sql, const RowHandler& row, const Wait& wait) {
    if (!PQsendQueryParams(m_connection, sql.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0))
        throwFailure(nullptr, sql);
    PQsetSingleRowMode(m_connection); // else the rows come in one result, handed on the same
    std::optional<ResultPtr> failure;
    qint64 waitedMs = 0;
    for (;;) {
        ResultPtr result;
        bool more = true;
        try {
            result.reset(nextResult(wait, waitedMs));
            if (result)
                more = handOn(result.get(), row);
        } catch (...) {
            cancelAndDrain();
            throw;
        }
        if (!more) {
            cancelAndDrain();
            return;
        }
        if (!result)
            break;
        const ExecStatusType status = PQresultStatus(result.get());
        if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK &&
            status != PGRES_COMMAND_OK && !failure)
            failure = std::move(result);
    }
    if (failure)
        throwFailure(failure->get(), sql);
}

// Waits on the socket rather than in PQgetResult, so that the wait can be counted, cut short
// at the timeout and interrupted by `wait.meanwhile`. What the socket already holds is read
// first: while the server is ahead, most rows need no wait.
PGresult* PostgresSession::nextResult(const Wait& wait, qint64& waitedMs) {
    constexpr int SliceMs = 100;
    while (PQisBusy(m_connection)) {
        if (!PQconsumeInput(m_connection))
            throwFailure(nullptr, {});
        if (!PQisBusy(m_connection))
            break;
        if (waitedMs >= wait.timeoutMs)
            throw pqxx::sql_error("the statement kept the reader waiting past its timeout", {},
                                  "57014");
        pollfd socket{PQsocket(m_connection), POLLIN, 0};
        QElapsedTimer waited;
        waited.start();
        const int slice = int(std::min<qint64>(SliceMs, wait.timeoutMs - waitedMs));
        if (poll(&socket, 1, slice) < 0 && errno != EINTR)
            throw pqxx::broken_connection(std::strerror(errno));
        waitedMs += waited.elapsed();
        if (wait.meanwhile)
            wait.meanwhile();
    }
    return PQgetResult(m_connection);
}

void PostgresSession::readWhole(const std::string& sql, const RowHandler& row) {
    const ResultPtr result(
        PQexecParams(m_connection, sql.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        throwFailure(result.get(), sql);
    handOn(result.get(), row);
}

// The server stops sending at the next row it would send; what it sent before is read and
// dropped, so that the connection is ready for the next statement.
void PostgresSession::cancelAndDrain() {
    if (PGcancel* cancel = PQgetCancel(m_connection)) {
        char error[256];
        PQcancel(cancel, error, sizeof error);
        PQfreeCancel(cancel);
    }
    while (PGresult* rest = PQgetResult(m_connection))
        PQclear(rest);
}

void PostgresSession::throwFailure(const PGresult* result, const std::string& sql) const {
    if (!isOpen())
        throw pqxx::broken_connection(PQerrorMessage(m_connection));
    if (!result)
        throw pqxx::failure(PQerrorMessage(m_connection));
    throw pqxx::sql_error(PQresultErrorMessage(result), sql,
                          PQresultErrorField(result, PG_DIAG_SQLSTATE));
}

} // namespace treeops::storage

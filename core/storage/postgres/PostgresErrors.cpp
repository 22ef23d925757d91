#include "storage/postgres/PostgresErrors.h"

#include "i18n/Translate.h"

#include <QStringList>
#include <pqxx/except>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

// libpq and server messages are several lines ("ERROR:  …", "DETAIL:  …"); one line reads better
// after our own sentence.
QString oneLine(const std::string& message) {
    QStringList lines;
    for (QString line : QString::fromUtf8(message).split(u'\n', Qt::SkipEmptyParts)) {
        line = line.trimmed();
        for (const QString& prefix : {u"ERROR:"_s, u"FATAL:"_s})
            if (line.startsWith(prefix))
                line = line.mid(prefix.size()).trimmed();
        if (!line.isEmpty())
            lines << line;
    }
    return lines.join(u"; "_s);
}

bool mentions(const std::string& message, const char* text) {
    return message.find(text) != std::string::npos;
}

// libpq reports a lost server in several wordings, depending on when the loss is noticed.
bool isConnectionLoss(const std::string& message) {
    for (const char* text :
         {"server closed the connection", "terminating connection", "connection to server",
          "no connection to the server", "could not receive data", "could not send data",
          "Connection refused", "Lost connection", "connection not open", "broken connection"})
        if (mentions(message, text))
            return true;
    return false;
}

StoreError fromSqlState(const std::string& state, const std::string& message,
                        const QString& where) {
    const QString detail = oneLine(message);
    if (state == "23505")
        return {StoreError::Kind::Conflict,
                translate("Store", "this record already exists, so nothing was saved (%1)")
                    .arg(detail)};
    if (state == "23503")
        return {StoreError::Kind::InvalidInput,
                translate("Store",
                          "a quote names a catalog or rates version that is not published; "
                          "nothing was saved (%1)")
                    .arg(detail)};
    if (state == "23001")
        return {StoreError::Kind::InvalidInput,
                translate("Store", "refused: %1; nothing was changed").arg(detail)};
    if (state.starts_with("23") || state.starts_with("22"))
        return {StoreError::Kind::InvalidInput,
                translate("Store", "the database refused a value, so nothing was saved (%1)")
                    .arg(detail)};
    if (state == "40001" || state == "40P01")
        return {StoreError::Kind::Conflict,
                translate("Store",
                          "another console changed the same data at the same moment; nothing "
                          "was saved, try again")};
    if (state.starts_with("08") || state.starts_with("57P"))
        return {StoreError::Kind::Unavailable,
                translate("Store",
                          "lost the connection to the PostgreSQL server at %1: it stopped or "
                          "cannot be reached; nothing was changed (%2)")
                    .arg(where, detail)};
    if (state == "42501")
        return {StoreError::Kind::Failed,
                translate("Store", "the PostgreSQL user at %1 is not allowed to do this (%2)")
                    .arg(where, detail)};
    if (state.starts_with("53"))
        return {StoreError::Kind::Failed,
                translate("Store", "the PostgreSQL server at %1 is out of disk space, memory or "
                                   "connections (%2)")
                    .arg(where, detail)};
    return {
        StoreError::Kind::Failed,
        translate("Store", "the PostgreSQL server at %1 reported an error: %2").arg(where, detail)};
}

} // namespace

StoreError connectionError(const std::string& m, const QString& where) {
    const QString detail = oneLine(m);
    if (mentions(m, "password authentication failed") || mentions(m, "no password supplied") ||
        mentions(m, "authentication failed"))
        return {StoreError::Kind::Unavailable,
                translate("Store",
                          "the PostgreSQL server at %1 refused the login: wrong user name or "
                          "password. Keep the password in ~/.pgpass, a service file or "
                          "PGPASSWORD, not in the store URL (%2)")
                    .arg(where, detail)};
    if (mentions(m, "does not exist") && mentions(m, "database"))
        return {StoreError::Kind::Unavailable,
                translate("Store",
                          "the PostgreSQL server at %1 has no database of that name; check the "
                          "name in the store URL or create the database (%2)")
                    .arg(where, detail)};
    if (mentions(m, "does not support SSL") || mentions(m, "SSL was required"))
        return {StoreError::Kind::Unavailable,
                translate("Store",
                          "the store URL requires an encrypted (TLS) connection but the "
                          "PostgreSQL server at %1 does not offer one; enable ssl on the server "
                          "or change sslmode (%2)")
                    .arg(where, detail)};
    if (mentions(m, "could not translate host name"))
        return {StoreError::Kind::Unavailable,
                translate("Store", "the host name of %1 is unknown; check the store URL (%2)")
                    .arg(where, detail)};
    if (mentions(m, "timeout expired"))
        return {StoreError::Kind::Unavailable,
                translate("Store", "the PostgreSQL server at %1 did not answer in time (%2)")
                    .arg(where, detail)};
    if (mentions(m, "invalid") || mentions(m, "missing \"=\"") || mentions(m, "unterminated"))
        return {StoreError::Kind::InvalidInput,
                translate("Store", "the PostgreSQL store URL is not valid: %1").arg(detail)};
    return {StoreError::Kind::Unavailable,
            translate("Store",
                      "cannot reach the PostgreSQL server at %1: check that it is running and "
                      "that the host and port are right (%2)")
                .arg(where, detail)};
}

void rethrowAsStoreError(const QString& where) {
    try {
        throw;
    } catch (const StoreError&) {
        throw;
    } catch (const pqxx::broken_connection& e) {
        throw StoreError(
            StoreError::Kind::Unavailable,
            translate("Store",
                      "lost the connection to the PostgreSQL server at %1: it stopped or cannot "
                      "be reached; nothing was changed (%2)")
                .arg(where, oneLine(e.what())));
    } catch (const pqxx::in_doubt_error& e) {
        throw StoreError(StoreError::Kind::Failed,
                         translate("Store",
                                   "the connection to %1 was lost while saving, so the change "
                                   "may or may not be stored; reload to check (%2)")
                             .arg(where, oneLine(e.what())));
    } catch (const pqxx::sql_error& e) {
        // A timeout or a lost server can arrive as an SQL error without a state.
        if (e.sqlstate().empty() && isConnectionLoss(e.what()))
            throw fromSqlState("08000", e.what(), where);
        throw fromSqlState(e.sqlstate(), e.what(), where);
    } catch (const std::exception& e) {
        if (isConnectionLoss(e.what()))
            throw fromSqlState("08000", e.what(), where);
        throw StoreError(StoreError::Kind::Failed,
                         translate("Store", "the PostgreSQL store at %1 failed: %2")
                             .arg(where, oneLine(e.what())));
    }
}

} // namespace treeops::storage

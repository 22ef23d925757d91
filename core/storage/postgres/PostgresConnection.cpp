#include "storage/postgres/PostgresConnection.h"

#include "i18n/Translate.h"
#include "storage/StoreError.h"
#include "storage/postgres/PostgresErrors.h"

#include <QHash>
#include <QRegularExpression>
#include <libpq-fe.h>
#include <pqxx/connection>
#include <pqxx/except>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

// The parsed options, so messages can name the server; libpq frees what it allocated.
QHash<QString, QString> parseOptions(const std::string& conninfo) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
    if (!options) {
        QString reason =
            error ? QString::fromUtf8(error).trimmed() : translate("Store", "out of memory");
        // libpq quotes the whole URI, which may hold a password; the reason alone is enough.
        reason.truncate(reason.indexOf(u" in URI"_s));
        PQfreemem(error);
        throw StoreError(
            StoreError::Kind::InvalidInput,
            // Not echoed: a malformed URL may still hold a password.
            translate("Store", "the PostgreSQL store URL is not valid: %1").arg(reason));
    }
    QHash<QString, QString> values;
    for (const PQconninfoOption* o = options; o->keyword; ++o)
        if (o->val && *o->val)
            values.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    PQconninfoFree(options);
    return values;
}

QString describe(const QHash<QString, QString>& o) {
    const QString host = o.value(u"host"_s, o.value(u"hostaddr"_s, u"localhost"_s));
    const QString port = o.value(u"port"_s, u"5432"_s);
    QString user = o.value(u"user"_s);
    QString text = host + u':' + port;
    if (!user.isEmpty())
        text = user + u'@' + text;
    if (o.contains(u"dbname"_s))
        text += u'/' + o.value(u"dbname"_s);
    if (o.contains(u"service"_s))
        text += u" (service "_s + o.value(u"service"_s) + u')';
    return text;
}

} // namespace

bool isPostgresUrl(const QString& url) {
    static const QRegularExpression conninfo(
        u"(^|\\s)(host|hostaddr|dbname|service|port|user|sslmode)\\s*="_s);
    const QString text = url.trimmed();
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           text.startsWith(u"postgres://"_s, Qt::CaseInsensitive) ||
           conninfo.match(text).hasMatch();
}

PostgresTarget::PostgresTarget(const QString& url)
    : m_conninfo(url.trimmed().toStdString()) {
    // Only what the string says: PQconninfoParse reads no PG* variable and no .pgpass.
    const QHash<QString, QString> options = parseOptions(m_conninfo);
    m_description = describe(options);
    m_hasPassword = options.contains(u"password"_s);
}

void PostgresConnectionCloser::operator()(pqxx::connection_base* connection) const noexcept {
    delete static_cast<pqxx::connection*>(connection); // connect() makes no other kind
}

PostgresConnectionPtr PostgresTarget::connect() const {
    std::unique_ptr<pqxx::connection> connection;
    try {
        connection = std::make_unique<pqxx::connection>(m_conninfo);
    } catch (const pqxx::broken_connection& e) {
        throw connectionError(e.what(), m_description);
    } catch (const std::exception& e) {
        throw connectionError(e.what(), m_description);
    }
    try {
        connection->set_client_encoding("UTF8");
        // Routine notices ("relation already exists, skipping") are not for users.
        connection->set_variable("client_min_messages", "warning");
    } catch (...) {
        rethrowAsStoreError(m_description);
    }
    return PostgresConnectionPtr(connection.release());
}

} // namespace treeops::storage

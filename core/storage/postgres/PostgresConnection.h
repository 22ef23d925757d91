#pragma once

#include <QString>
#include <memory>
#include <string>

namespace pqxx {
class connection_base;
}

namespace treeops::storage {

// Closes and frees a connection that connect() made. pqxx::connection_base has no virtual
// destructor: deleting a connection through it would skip closing it, and leave the server
// holding a session until the process ends.
struct PostgresConnectionCloser {
    void operator()(pqxx::connection_base* connection) const noexcept;
};
using PostgresConnectionPtr = std::unique_ptr<pqxx::connection_base, PostgresConnectionCloser>;

// True when `url` names a PostgreSQL database: a postgresql:// or postgres:// URI, or a libpq
// key=value connection string such as "host=db.local dbname=treeops".
bool isPostgresUrl(const QString& url);

// A libpq connection string checked by libpq itself, without connecting. Passwords, PG*
// variables, ~/.pgpass and service files are left to libpq: TreeOps never stores a password.
class PostgresTarget {
public:
    // Throws StoreError (InvalidInput) naming what libpq could not parse.
    explicit PostgresTarget(const QString& url);

    const std::string& conninfo() const { return m_conninfo; }
    // "user@host:port/database" as far as the URL says, never the password; for messages.
    const QString& description() const { return m_description; }
    // Whether the URL itself carries a password (user:password@ or password=…), which settings
    // must never keep.
    bool hasPassword() const { return m_hasPassword; }

    // A new connection in UTF-8 with notices quieted; throws StoreError with a plain-language
    // reason (unreachable, login refused, no such database, TLS required).
    PostgresConnectionPtr connect() const;

private:
    std::string m_conninfo;
    QString m_description;
    bool m_hasPassword = false;
};

} // namespace treeops::storage

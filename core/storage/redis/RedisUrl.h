#pragma once

#include <QString>

namespace treeops::storage::redis {

// Where a Redis server is and how to log in: `redis://[[user]:password@]host[:port][/db]`.
// Parsing never reads or writes settings; a URL without a password takes the one in the
// environment variable REDISCLI_AUTH (as redis-cli does), so the password need not be saved.
struct RedisUrl {
    QString host;
    int port = 6379;
    int database = 0;
    QString user;     // empty: the default user (AUTH with the password only)
    QString password; // empty: no AUTH

    // Throws StoreError (InvalidInput) naming what is wrong: the scheme, the host, the port or
    // the database number.
    static RedisUrl parse(const QString& url);
    // As parse(), with `environmentPassword` standing for REDISCLI_AUTH (for tests).
    static RedisUrl parse(const QString& url, const QString& environmentPassword);

    // `redis://host:port/db` without credentials, for messages and the Data tiers page.
    QString displayString() const;
    // `host:port`, as messages about reaching the server name it.
    QString address() const;
};

} // namespace treeops::storage::redis

#pragma once

#include "storage/QualityHistory.h"
#include "storage/ReadOnlySql.h"
#include "storage/Store.h"

#include <memory>

namespace treeops::storage {

// Where the embedded store lives when no URL is given: the user's data directory.
QString defaultSqlitePath();
QString defaultStoreUrl();

// What a store URL names, read without opening anything: a file for the embedded store, or a
// PostgreSQL database.
struct StoreLocation {
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString sqlitePath;       // Sqlite: the file
    bool hasPassword = false; // Postgres: the URL itself carries a password
};

// Reads `url` as openStore() does (empty for the default) and throws StoreError (InvalidInput)
// for the same malformed URLs, without touching a file or a server.
StoreLocation parseStoreUrl(const QString& url);

// Opens a store from a URL: `sqlite:///absolute/path.db` (or empty for the default), a libpq
// URI `postgresql://user@host:port/database` (`postgres://` too) or a libpq connection string
// such as `host=db.local dbname=treeops`. Passwords come from ~/.pgpass, a service file or PG*
// variables, as libpq reads them. Throws StoreError with a message naming what is wrong.
//
// With `hotTierUrl` (`redis://[:password@]host:port/db`, the password otherwise from
// REDISCLI_AUTH) the store is the tier compositor: that Redis in front of the store as its hot
// tier, and changes announced to other consoles on it. Redis being down does not fail the open.
//
// A PostgreSQL server that cannot be reached fails the open, unless `unreachable` says
// ConnectLater: the store is returned, throws Unavailable until the server answers, then
// migrates and works (a console starting while its server is down).
enum class WhenUnreachable { Fail, ConnectLater };
std::unique_ptr<Store> openStore(const QString& url, const QString& hotTierUrl = {},
                                 WhenUnreachable unreachable = WhenUnreachable::Fail);

// A read-only connection for data-quality checks to the store `url` names (as openStore reads
// it). The store must have been opened, and so migrated, before.
std::unique_ptr<ReadOnlySql> openReadOnlySql(const QString& url,
                                             int statementTimeoutMs = DefaultStatementTimeoutMs);

// The data-quality runs and custom rules kept in the store `url` names; opening applies any
// pending migrations.
std::unique_ptr<QualityHistory> openQualityHistory(const QString& url);

// Whether `url` names a store on a server (PostgreSQL), which can be unreachable while the
// console runs, rather than a file on this computer.
bool isServerStoreUrl(const QString& url);

// The URLs the environment gives when none is on the command line: $TREEOPS_STORE and
// $TREEOPS_HOT_TIER, or empty.
QString environmentStoreUrl();
QString environmentHotTierUrl();

} // namespace treeops::storage

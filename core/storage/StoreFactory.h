#pragma once

#include "storage/Store.h"

#include <memory>

namespace treeops::storage {

// Where the embedded store lives when no URL is given: the user's data directory.
QString defaultSqlitePath();
QString defaultStoreUrl();

// Opens a store from a URL: `sqlite:///absolute/path.db` (or empty for the default), a libpq
// URI `postgresql://user@host:port/database` (`postgres://` too) or a libpq connection string
// such as `host=db.local dbname=treeops`. Passwords come from ~/.pgpass, a service file or PG*
// variables, as libpq reads them. Throws StoreError with a message naming what is wrong.
std::unique_ptr<Store> openStore(const QString& url);

} // namespace treeops::storage

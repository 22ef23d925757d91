#pragma once

#include "storage/Store.h"

#include <memory>

namespace treeops::storage {

// Where the embedded store lives when no URL is given: the user's data directory.
QString defaultSqlitePath();
QString defaultStoreUrl();

// Opens a store from a URL: `sqlite:///absolute/path.db` (or empty for the default).
// Throws StoreError with a message naming what is wrong with the URL.
std::unique_ptr<Store> openStore(const QString& url);

} // namespace treeops::storage

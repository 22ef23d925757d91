#pragma once

#include "storage/Migration.h"

#include <span>

namespace treeops::storage {

// Forward-only, numbered schema changes for the SQLite dialect. A migration is never edited
// once released; a change is a new entry.
std::span<const Migration> sqliteMigrations();

} // namespace treeops::storage

#pragma once

#include "storage/Migration.h"

#include <span>

namespace treeops::storage {

// Forward-only, numbered schema changes for the PostgreSQL dialect: the same logical schema as
// the SQLite one, with assessments and quotes partitioned by month. A migration is never edited
// once released; a change is a new entry.
std::span<const Migration> postgresMigrations();

} // namespace treeops::storage

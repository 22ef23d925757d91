#pragma once

#include <QLatin1StringView>
#include <span>

namespace treeops::storage {

struct Migration {
    int version;
    QLatin1StringView description;
    QLatin1StringView sql;
};

// Forward-only, numbered schema changes for the SQLite dialect. A migration is never edited
// once released; a change is a new entry.
std::span<const Migration> sqliteMigrations();

} // namespace treeops::storage

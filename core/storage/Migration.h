#pragma once

#include <QLatin1StringView>

namespace treeops::storage {

// One forward-only, numbered schema change of a backend's dialect. A migration is never edited
// once released; a change is a new entry.
struct Migration {
    int version;
    QLatin1StringView description;
    QLatin1StringView sql;
};

} // namespace treeops::storage

#include "storage/sqlite/SqliteVersion.h"

#include <sqlite3.h>

namespace treeops::storage {

QString sqliteLibraryVersion() {
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace treeops::storage

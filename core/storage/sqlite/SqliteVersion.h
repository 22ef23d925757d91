#pragma once

#include <QString>

namespace treeops::storage {

// The SQLite library TreeOps runs against, for About boxes and bug reports; callers need not
// include the SQLite headers.
QString sqliteLibraryVersion();

} // namespace treeops::storage

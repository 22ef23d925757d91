#pragma once

#include <QString>

namespace treeops::storage {

// The PostgreSQL and Redis client libraries this build of TreeOps is made against, for About
// boxes and bug reports.
QString pqxxVersion();
QString hiredisVersion();

} // namespace treeops::storage

#include "storage/ClientLibraries.h"

#include <hiredis/hiredis.h>
#include <pqxx/version.hxx>

namespace treeops::storage {

QString pqxxVersion() {
    return QStringLiteral(PQXX_VERSION);
}

QString hiredisVersion() {
    return QStringLiteral("%1.%2.%3").arg(HIREDIS_MAJOR).arg(HIREDIS_MINOR).arg(HIREDIS_PATCH);
}

} // namespace treeops::storage

#include "storage/ReadOnlySql.h"

#include "i18n/Translate.h"

namespace treeops::storage {

StoreError writeRefused() {
    return StoreError(StoreError::Kind::InvalidInput,
                      translate("Store", "a quality check may only read data (SELECT)"));
}

StoreError queryTimedOut(int statementTimeoutMs) {
    return StoreError(StoreError::Kind::Failed,
                      translate("Store", "the query ran longer than %1 s and was stopped")
                          .arg(statementTimeoutMs / 1000.0));
}

StoreError queryCancelled() {
    return StoreError(StoreError::Kind::Failed, translate("Store", "the query was cancelled"));
}

} // namespace treeops::storage

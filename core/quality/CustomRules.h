#pragma once

#include "quality/QualityRun.h"
#include "quality/QualityTypes.h"

namespace treeops::storage {
class QualityHistory;
class ReadOnlySql;
} // namespace treeops::storage

namespace treeops::quality {

// A data engineer's SQL rule checked once over the store's data as it stands, with up to
// `sampleLimit` failing keys, to see what it finds before keeping it. Throws StoreError:
// InvalidInput when the id is a built-in rule's, and whatever the query meets on the read-only
// connection (a syntax error, a write refused, the statement timeout).
CheckOutcome tryCustomRule(const CustomRule& rule, storage::ReadOnlySql& sql, int sampleLimit);

// Tries the rule (a query that does not run, or tries to write, is never kept), then stores it
// as the next version of its id. Returns that version.
int keepCustomRule(const CustomRule& rule, storage::QualityHistory& history,
                   storage::ReadOnlySql& sql);

} // namespace treeops::quality

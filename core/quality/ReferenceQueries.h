#pragma once

#include "scoring/Catalog.h"
#include "scoring/Rates.h"
#include "storage/ReadOnlySql.h"

#include <optional>

namespace treeops::quality {

// Published catalog and rates versions read through a check's read-only connection.
// Content that cannot be read back as reference data throws StoreError saying why.
std::optional<QString> activeRatesVersion(storage::ReadOnlySql& sql);
std::optional<scoring::CatalogData> catalogVersion(storage::ReadOnlySql& sql,
                                                   const QString& version);
std::optional<scoring::RatesData> ratesVersion(storage::ReadOnlySql& sql, const QString& version);

} // namespace treeops::quality

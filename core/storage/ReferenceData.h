#pragma once

#include "scoring/Catalog.h"
#include "scoring/Rates.h"

namespace treeops::storage {

class Store;

// The AFISS catalog and default rates shipped inside TreeOps.
scoring::CatalogData shippedCatalog();
scoring::RatesData shippedRates();

// A store opened for the first time gets the shipped catalog and rates, published and active,
// so quoting works with no set-up. A store that already has active versions is left alone.
void ensureReferenceData(Store& store);

} // namespace treeops::storage

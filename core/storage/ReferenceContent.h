#pragma once

#include "scoring/Catalog.h"
#include "scoring/Rates.h"

#include <QByteArray>
#include <optional>

namespace treeops::storage {

// How every store keeps a published catalog or rates version: its canonical JSON, whose
// SHA-256 tells a republished version with the same content from a changed one.
QByteArray catalogContent(const scoring::CatalogData& catalog);
QByteArray ratesContent(const scoring::RatesData& rates);

// Reads stored content back; nullopt for no content. Content that no longer reads is a broken
// store, not bad input: StoreError Failed naming `what` and every problem.
std::optional<scoring::CatalogData> readStoredCatalog(const std::optional<QByteArray>& content,
                                                      const QString& what);
std::optional<scoring::RatesData> readStoredRates(const std::optional<QByteArray>& content,
                                                  const QString& what);

} // namespace treeops::storage

#pragma once

#include "scoring/Catalog.h"

#include "json/Problem.h"
#include <QJsonObject>
#include <optional>

namespace treeops::scoring {

// Reads a catalog document and checks every rule a published catalog must meet; returns the
// data only when there is no problem at all.
std::optional<CatalogData> readCatalog(const QByteArray& json, const QString& source,
                                       Problems& problems);
std::optional<CatalogData> readCatalog(const QJsonObject& root, Problems& problems);

// Rules that hold for every catalog; JSON paths name the offending entry.
void validateCatalog(const CatalogData& catalog, Problems& problems);

QJsonObject catalogToJson(const CatalogData& catalog);

} // namespace treeops::scoring

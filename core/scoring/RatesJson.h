#pragma once

#include "scoring/Rates.h"

#include "json/Problem.h"
#include <QJsonObject>
#include <optional>

namespace treeops::scoring {

// Reads a rates document (`treeops-cli rates export` format), checking types, ranges and
// uniqueness; returns the data only when there is no problem at all.
std::optional<RatesData> readRates(const QByteArray& json, const QString& source,
                                   Problems& problems);
std::optional<RatesData> readRates(const QJsonObject& root, Problems& problems);

QJsonObject ratesToJson(const RatesData& rates);

} // namespace treeops::scoring

#pragma once

#include "scoring/Catalog.h"
#include "scoring/Quote.h"
#include "scoring/Rates.h"

#include <QJsonObject>

namespace treeops::scoring {

inline constexpr QLatin1StringView QuoteSchema{"treeops.quote/1"};

// Output rounding of the specification: money to cents, half away from zero; every other
// figure to six decimals.
double roundMoney(double value);
double roundFigure(double value);

// The `treeops.quote/1` document for a quote priced with this catalog and these rates.
QJsonObject quoteToJson(const Quote& quote, const QString& assessmentId, const Catalog& catalog,
                        const Rates& rates);

} // namespace treeops::scoring

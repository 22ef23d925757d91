#pragma once

#include "scoring/Assessment.h"
#include "scoring/Catalog.h"
#include "scoring/Rates.h"

#include "json/Problem.h"
#include <QJsonObject>
#include <optional>

namespace treeops::scoring {

inline constexpr QLatin1StringView AssessmentSchema{"treeops.assessment/1"};
inline constexpr int MaxTrees = 500;

// Reads and validates a `treeops.assessment/1` document against one catalog and one rates
// version. Every problem is reported with its JSON path; the assessment is returned only when
// there are none.
class AssessmentReader {
public:
    AssessmentReader(const Catalog& catalog, const Rates& rates)
        : m_catalog(catalog)
        , m_rates(rates) {}

    std::optional<Assessment> read(const QJsonObject& root, Problems& problems) const;
    // Whole, or for pricing: the same checks and problems, but the texts the price does not
    // depend on (the id, the customer, the site's address, species and fixed costs' labels) are
    // left empty, for pricing stored documents again, where making those strings is much of
    // the cost of reading them.
    enum class Reading { Whole, ForPricing };
    std::optional<Assessment> read(const QByteArray& json, const QString& source,
                                   Problems& problems, Reading reading = Reading::Whole) const;

private:
    const Catalog& m_catalog;
    const Rates& m_rates;
};

QJsonObject assessmentToJson(const Assessment& a, const Catalog& catalog, const Rates& rates);

} // namespace treeops::scoring

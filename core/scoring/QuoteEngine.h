#pragma once

#include "scoring/Assessment.h"
#include "scoring/Catalog.h"
#include "scoring/Quote.h"
#include "scoring/Rates.h"

#include <memory>

namespace treeops::scoring {

// Prices a validated assessment exactly as the scoring specification defines: AFISS domain
// scores and complexity band, TreeScore points, crew hours, true costs, margins and minimums.
// Pure and thread-safe; one engine serves any number of threads.
class QuoteEngine {
public:
    QuoteEngine(std::shared_ptr<const Catalog> catalog, std::shared_ptr<const Rates> rates);

    const Catalog& catalog() const { return *m_catalog; }
    const Rates& rates() const { return *m_rates; }
    std::shared_ptr<const Catalog> sharedCatalog() const { return m_catalog; }
    std::shared_ptr<const Rates> sharedRates() const { return m_rates; }

    Quote quote(const Assessment& assessment) const;
    // Fills `out`, reusing its buffers: the form for tight loops.
    void quote(const Assessment& assessment, Quote& out) const;

    static double overlapForCount(int selectedInDomain);
    static double treePoints(const Tree& tree);

private:
    void scoreAfiss(const Assessment& a, Quote& q) const;
    void priceLines(const Assessment& a, Quote& q) const;
    void costCrew(const Assessment& a, Quote& q) const;
    void costEquipment(const Assessment& a, Quote& q) const;
    double smallToolsHourly(const Assessment& a) const;
    void settlePrice(const Assessment& a, Quote& q) const;

    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const Rates> m_rates;
};

} // namespace treeops::scoring

#include "scoring/QuoteEngine.h"

#include <algorithm>
#include <cmath>

namespace treeops::scoring {

QuoteEngine::QuoteEngine(std::shared_ptr<const Catalog> catalog, std::shared_ptr<const Rates> rates)
    : m_catalog(std::move(catalog))
    , m_rates(std::move(rates)) {}

Quote QuoteEngine::quote(const Assessment& assessment) const {
    Quote q;
    quote(assessment, q);
    return q;
}

void QuoteEngine::quote(const Assessment& a, Quote& q) const {
    scoreAfiss(a, q);
    costCrew(a, q);
    costEquipment(a, q);
    q.smallToolsHourly = smallToolsHourly(a);
    q.hourlyCost = q.crewHourly + q.equipmentHourly + q.smallToolsHourly;
    priceLines(a, q);
    settlePrice(a, q);
}

double QuoteEngine::overlapForCount(int selectedInDomain) {
    if (selectedInDomain <= 1)
        return 0;
    if (selectedInDomain == 2)
        return 2;
    if (selectedInDomain == 3)
        return 4;
    return 6;
}

double QuoteEngine::treePoints(const Tree& t) {
    switch (t.service) {
    case Service::Removal:
        return t.heightFt * (2 * t.canopyRadiusFt) * (t.dbhIn / 12);
    case Service::Trimming:
        return t.heightFt * t.canopyRadiusFt * (t.dbhIn / 24);
    case Service::StumpGrinding:
        return (t.heightAboveGradeIn + t.grindDepthIn) * t.diameterIn;
    }
    return 0;
}

void QuoteEngine::scoreAfiss(const Assessment& a, Quote& q) const {
    const Catalog& catalog = *m_catalog;
    DomainArray<double> raw{};
    DomainArray<int> selected{};
    for (const SelectedFactor& s : a.factors) {
        double contribution = catalog.basePct(s.factor);
        const int modifiers = catalog.modifierCount(s.factor);
        for (int m = 0; m < modifiers; ++m) {
            if (s.hasModifier(m))
                contribution += catalog.modifierPct(s.factor, m);
        }
        const auto d = static_cast<std::size_t>(catalog.domainOf(s.factor));
        raw[d] += contribution;
        ++selected[d];
    }
    for (std::size_t d = 0; d < DomainCount; ++d)
        raw[d] -= overlapForCount(selected[d]);

    const auto isSelected = [&a](int factor) {
        return std::any_of(a.factors.cbegin(), a.factors.cend(),
                           [factor](const SelectedFactor& s) { return s.factor == factor; });
    };
    q.interactions.clear();
    const auto rules = catalog.rules();
    for (std::size_t r = 0; r < rules.size(); ++r) {
        if (isSelected(rules[r].a) && isSelected(rules[r].b)) {
            raw[static_cast<std::size_t>(rules[r].domainOfB)] -= rules[r].overlap;
            q.interactions.push_back(static_cast<int>(r));
        }
    }

    q.composite = 0;
    for (std::size_t d = 0; d < DomainCount; ++d) {
        DomainScore& score = q.domains[d];
        score.selected = selected[d];
        score.raw = raw[d];
        score.score = std::min(100.0, std::max(0.0, raw[d]));
        score.weight = catalog.weight(static_cast<Domain>(d));
        score.weighted = score.weight * score.score;
        q.composite += score.weighted;
    }

    q.band = catalog.bandIndex(q.composite);
    const BandDef& band = catalog.band(q.band);
    q.multiplier = band.multiplierFrom + (band.multiplierTo - band.multiplierFrom) *
                                             (q.composite - band.from) / (band.to - band.from);
}

void QuoteEngine::costCrew(const Assessment& a, Quote& q) const {
    q.crew.clear();
    q.crewHourly = 0;
    for (const CrewMember& m : a.crew) {
        const double trueHourly = m_rates->trueHourly(a.site.state, m.position);
        q.crew.push_back({m.position, m.count, trueHourly});
        q.crewHourly += m.count * trueHourly;
    }
}

void QuoteEngine::costEquipment(const Assessment& a, Quote& q) const {
    const double severity = m_catalog->band(q.band).severity;
    q.equipment.clear();
    q.equipmentHourly = 0;
    double vehiclesHourly = 0;
    for (const EquipmentUse& use : a.equipment) {
        const EquipmentHourly cost = m_rates->equipmentHourly(use.equipment, severity);
        q.equipment.push_back(
            {use.equipment, use.count, severity, cost.ownership, cost.operating, cost.hourly});
        q.equipmentHourly += use.count * cost.hourly;
        if (m_rates->isVehicle(use.equipment))
            vehiclesHourly += use.count * cost.hourly;
    }
    q.travelHours = a.travelHours;
    q.travelCost = a.travelHours * (q.crewHourly + vehiclesHourly);
}

double QuoteEngine::smallToolsHourly(const Assessment& a) const {
    int people = 0;
    int climbers = 0;
    for (const CrewMember& m : a.crew) {
        people += m.count;
        if (m_rates->climbs(m.position))
            climbers += m.count;
    }
    const int ground = people - climbers;
    const int chainsaws = std::max(2, 2 * climbers + std::max(1, ground / 2));
    const SmallToolRates& t = m_rates->data().smallTools;
    return t.chainsaw * chainsaws + t.climbingGear * climbers + (t.safetyGear + t.ppe) * people +
           (t.handTools + t.rigging + t.fuel);
}

void QuoteEngine::priceLines(const Assessment& a, Quote& q) const {
    q.lines.clear();
    q.workHours = 0;
    for (const Tree& tree : a.trees) {
        QuoteLine line;
        line.service = tree.service;
        line.basePoints = treePoints(tree);
        line.adjustedPoints = line.basePoints * q.multiplier;
        line.pph = m_rates->pph(tree.service, a.tier);
        line.hours = line.adjustedPoints / line.pph;
        q.workHours += line.hours;
        q.lines.push_back(line);
    }
    q.billableHours = std::max(q.workHours, m_rates->params().minBillableHours);

    q.fixedCosts = 0;
    for (const FixedCost& c : a.fixedCosts)
        q.fixedCosts += c.amount;

    const double sharedCosts = q.travelCost + q.fixedCosts;
    for (QuoteLine& line : q.lines) {
        line.billableHours = line.hours * q.billableHours / q.workHours;
        line.cost =
            line.billableHours * q.hourlyCost + sharedCosts * line.billableHours / q.billableHours;
        const PricingClass pricing =
            a.emergency ? PricingClass::Emergency : pricingClassOf(line.service);
        line.margin = m_rates->service(pricing).margin;
        line.price = line.cost / (1 - line.margin);
    }
}

void QuoteEngine::settlePrice(const Assessment& a, Quote& q) const {
    double listPrice = 0;
    q.totalCost = 0;
    std::size_t busiest = 0;
    for (std::size_t i = 0; i < q.lines.size(); ++i) {
        listPrice += q.lines[i].price;
        q.totalCost += q.lines[i].cost;
        if (q.lines[i].hours > q.lines[busiest].hours)
            busiest = i;
    }
    q.price = std::max(listPrice, m_rates->params().minJobPrice);
    q.effectiveRate = q.price / q.billableHours;

    Competitive& c = q.competitive;
    c.pricingClass =
        a.emergency ? PricingClass::Emergency : pricingClassOf(q.lines[busiest].service);
    const ServiceRate& range = m_rates->service(c.pricingClass);
    c.low = range.low;
    c.high = range.high;
    if (q.effectiveRate < range.low)
        c.position = CompetitivePosition::Below;
    else if (q.effectiveRate > range.high)
        c.position = CompetitivePosition::Above;
    else
        c.position = CompetitivePosition::Within;
}

} // namespace treeops::scoring

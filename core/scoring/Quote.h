#pragma once

#include "scoring/ScoringTypes.h"

#include <vector>

namespace treeops::scoring {

struct DomainScore {
    int selected = 0;
    double raw = 0;
    double score = 0;
    double weight = 0;
    double weighted = 0;
};

struct QuoteLine {
    Service service = Service::Removal;
    double basePoints = 0;
    double adjustedPoints = 0;
    double pph = 0;
    double hours = 0;
    double billableHours = 0;
    double cost = 0;
    double margin = 0;
    double price = 0;
};

struct CrewCost {
    int position = -1;
    int count = 0;
    double trueHourly = 0;
};

struct EquipmentCost {
    int equipment = -1;
    int count = 0;
    double severity = 1;
    double ownership = 0;
    double operating = 0;
    double hourly = 0;
};

struct Competitive {
    PricingClass pricingClass = PricingClass::Removal;
    double low = 0;
    double high = 0;
    CompetitivePosition position = CompetitivePosition::Within;
};

// Every figure of a quote at full double precision; rounding happens only on output.
struct Quote {
    DomainArray<DomainScore> domains{};
    std::vector<int> interactions; // triggered rules, in catalog order
    double composite = 0;
    int band = 0;
    double multiplier = 1;
    std::vector<QuoteLine> lines;
    std::vector<CrewCost> crew;
    std::vector<EquipmentCost> equipment;
    double smallToolsHourly = 0;
    double crewHourly = 0;
    double equipmentHourly = 0;
    double hourlyCost = 0;
    double workHours = 0;
    double billableHours = 0;
    double travelHours = 0;
    double travelCost = 0;
    double fixedCosts = 0;
    double totalCost = 0;
    double price = 0;
    double effectiveRate = 0;
    Competitive competitive;
};

} // namespace treeops::scoring

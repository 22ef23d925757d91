#pragma once

#include "scoring/ScoringTypes.h"

#include <QList>
#include <QString>
#include <cstdint>

namespace treeops::scoring {

struct Customer {
    QString name;
    QString phone;
    QString email;
};

struct Site {
    QString address;
    int state = -1; // index into the rates' states
};

struct CrewMember {
    int position = -1; // index into the rates' positions
    int count = 0;
};

struct EquipmentUse {
    int equipment = -1; // index into the rates' equipment
    int count = 0;
};

inline constexpr double DefaultGrindDepthIn = 8;

struct Tree {
    Service service = Service::Removal;
    QString species;
    // Removal and trimming.
    double heightFt = 0;
    double canopyRadiusFt = 0;
    double dbhIn = 0;
    // Stump grinding.
    double heightAboveGradeIn = 0;
    double grindDepthIn = DefaultGrindDepthIn;
    double diameterIn = 0;
};

// A selected factor and its selected modifiers, as a bit per modifier of that factor (bit i is
// the factor's i-th modifier), so a selection never allocates.
struct SelectedFactor {
    int factor = -1; // index into the catalog
    std::uint32_t modifiers = 0;

    bool hasModifier(int local) const { return (modifiers >> local) & 1U; }
};

struct FixedCost {
    QString label;
    double amount = 0;
};

// A validated `treeops.assessment/1`, resolved against one catalog and one rates version.
struct Assessment {
    QString id;
    Customer customer;
    Site site;
    CrewTier tier = CrewTier::Experienced;
    QList<CrewMember> crew;
    QList<EquipmentUse> equipment;
    double travelHours = 0;
    bool emergency = false;
    QList<Tree> trees;
    QList<SelectedFactor> factors;
    QList<FixedCost> fixedCosts;
};

} // namespace treeops::scoring

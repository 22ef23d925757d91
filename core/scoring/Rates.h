#pragma once

#include "scoring/ScoringTypes.h"

#include <QList>
#include <QString>
#include <vector>

namespace treeops::scoring {

struct RateParams {
    double fuelPrice = 0;
    double interestRate = 0;
    double annualHours = 0;
    double insuranceTaxStorageRate = 0;
    double lubeRate = 0;
    double wearRate = 0;
    double ficaRate = 0;
    double futaRate = 0;
    double futaWageBase = 0;
    double overheadRate = 0;
    double fixedAnnualPerEmployee = 0;
    double nonproductiveHours = 0;
    double minBillableHours = 0;
    double minJobPrice = 0;
};

struct ServiceRate {
    double margin = 0;
    double low = 0;
    double high = 0;
};

struct StateRate {
    QString state;
    double sutaRate = 0;
    double sutaWageBase = 0;
    double wcRate = 0;
    double weatherHours = 0;
    double minWage = 0;
};

struct PositionRate {
    QString position;
    double hourlyWage = 0;
    bool climbs = false;
};

struct EquipmentRate {
    QString code;
    QString name;
    double purchasePrice = 0;
    double salvageRate = 0;
    double lifeHours = 0;
    double fuelGph = 0;
    double maintenanceFactor = 0;
    bool vehicle = false;
};

// $ per crew hour.
struct SmallToolRates {
    double chainsaw = 0;     // each
    double climbingGear = 0; // per climber
    double safetyGear = 0;   // per person
    double ppe = 0;          // per person
    double handTools = 0;    // once per crew
    double rigging = 0;      // once per crew
    double fuel = 0;         // once per crew
};

// Pricing reference data as published: what is imported, exported and stored.
struct RatesData {
    QString version;
    RateParams params;
    std::array<std::array<double, CrewTierCount>, ServiceCount> pph{};
    std::array<ServiceRate, PricingClassCount> services{};
    QList<StateRate> states;
    QList<PositionRate> positions;
    QList<EquipmentRate> equipment;
    SmallToolRates smallTools;
};

struct EquipmentHourly {
    double ownership;
    double operating;
    double hourly;
};

// Published rates with the figures that depend only on them computed once: each employee's
// true hourly cost per state and position, and each machine's depreciation and ownership cost.
class Rates {
public:
    explicit Rates(RatesData data); // the data must have passed RatesValidator

    const RatesData& data() const { return m_data; }
    const QString& version() const { return m_data.version; }
    const RateParams& params() const { return m_data.params; }

    int stateIndex(QStringView code) const;
    int positionIndex(QStringView code) const;
    int equipmentIndex(QStringView code) const;

    double pph(Service s, CrewTier t) const {
        return m_data.pph[static_cast<std::size_t>(s)][static_cast<std::size_t>(t)];
    }
    const ServiceRate& service(PricingClass p) const {
        return m_data.services[static_cast<std::size_t>(p)];
    }
    bool climbs(int position) const { return m_data.positions[position].climbs; }
    bool isVehicle(int equipment) const { return m_data.equipment[equipment].vehicle; }

    double trueHourly(int state, int position) const {
        return m_trueHourly[static_cast<std::size_t>(state * m_data.positions.size() + position)];
    }
    EquipmentHourly equipmentHourly(int equipment, double severity) const;

private:
    RatesData m_data;
    std::vector<double> m_trueHourly;   // [state][position]
    std::vector<double> m_depreciation; // per equipment, $/h
    std::vector<double> m_ownership;    // per equipment, $/h
};

// Employee true hourly cost (wages, payroll taxes, workers' comp, overhead and fixed costs over
// productive hours) and the USACE equipment cost method, exposed for tests and reports.
double employeeTrueHourly(const RateParams& params, const StateRate& state,
                          const PositionRate& position);

} // namespace treeops::scoring

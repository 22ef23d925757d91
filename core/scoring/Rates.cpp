#include "scoring/Rates.h"

#include <algorithm>

namespace treeops::scoring {
namespace {

constexpr double PaidHoursPerYear = 2080;

template <typename List, typename Key> int indexOf(const List& list, QStringView code, Key key) {
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].*key == code)
            return i;
    }
    return -1;
}

} // namespace

double employeeTrueHourly(const RateParams& p, const StateRate& state,
                          const PositionRate& position) {
    const double wages = position.hourlyWage * PaidHoursPerYear;
    const double taxes = wages * p.ficaRate + std::min(wages, p.futaWageBase) * p.futaRate +
                         std::min(wages, state.sutaWageBase) * state.sutaRate;
    const double annual =
        wages + taxes + wages * state.wcRate + wages * p.overheadRate + p.fixedAnnualPerEmployee;
    return annual / (PaidHoursPerYear - p.nonproductiveHours - state.weatherHours);
}

Rates::Rates(RatesData data)
    : m_data(std::move(data)) {
    m_trueHourly.reserve(static_cast<std::size_t>(m_data.states.size() * m_data.positions.size()));
    for (const StateRate& state : m_data.states) {
        for (const PositionRate& position : m_data.positions)
            m_trueHourly.push_back(employeeTrueHourly(m_data.params, state, position));
    }
    const RateParams& p = m_data.params;
    for (const EquipmentRate& e : m_data.equipment) {
        const double price = e.purchasePrice;
        const double salvage = price * e.salvageRate;
        const double depreciation = (price - salvage) / e.lifeHours;
        m_depreciation.push_back(depreciation);
        m_ownership.push_back(depreciation +
                              ((price + salvage) / 2 * p.interestRate) / p.annualHours +
                              price * p.insuranceTaxStorageRate / p.annualHours);
    }
}

int Rates::stateIndex(QStringView code) const {
    return indexOf(m_data.states, code, &StateRate::state);
}
int Rates::positionIndex(QStringView code) const {
    return indexOf(m_data.positions, code, &PositionRate::position);
}
int Rates::equipmentIndex(QStringView code) const {
    return indexOf(m_data.equipment, code, &EquipmentRate::code);
}

EquipmentHourly Rates::equipmentHourly(int equipment, double severity) const {
    const auto i = static_cast<std::size_t>(equipment);
    const EquipmentRate& e = m_data.equipment[equipment];
    const RateParams& p = m_data.params;
    const double depreciation = m_depreciation[i];
    const double operating = e.fuelGph * p.fuelPrice * (1 + p.lubeRate) +
                             depreciation * e.maintenanceFactor * severity +
                             depreciation * p.wearRate;
    return {m_ownership[i], operating, m_ownership[i] + operating};
}

} // namespace treeops::scoring

#include "editor/EditorColumns.h"

#include "editor/EditorText.h"
#include "scoring/Rates.h"

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

constexpr int MaxCrewCount = 20;
constexpr int MaxEquipmentCount = 10;
constexpr int MaxFixedAmount = 100000;

ColumnSpec count(int maximum, const QString& title, const QString& toolTip) {
    return {.key = u"count"_s,
            .title = title,
            .toolTip = toolTip,
            .kind = CellKind::Count,
            .minimum = 1,
            .maximum = maximum};
}

// Without rates the pickers offer nothing rather than guess.
QList<scoring::PositionRate> positionRates(const scoring::Rates* rates) {
    return rates ? rates->data().positions : QList<scoring::PositionRate>();
}

QList<scoring::EquipmentRate> equipmentRates(const scoring::Rates* rates) {
    return rates ? rates->data().equipment : QList<scoring::EquipmentRate>();
}

QList<scoring::StateRate> stateRates(const scoring::Rates* rates) {
    return rates ? rates->data().states : QList<scoring::StateRate>();
}

} // namespace

QList<ColumnSpec> EditorColumns::crewMembers(const scoring::Rates* rates) {
    ColumnSpec position{.key = u"position"_s, .title = tr("Position"), .kind = CellKind::Choice};
    for (const scoring::PositionRate& p : positionRates(rates))
        position.choices.append({p.position, EditorText::position(p.position)});
    return {position, count(MaxCrewCount, tr("Count"),
                            tr("People in this position, 1 to %1").arg(MaxCrewCount))};
}

QList<ColumnSpec> EditorColumns::equipment(const scoring::Rates* rates) {
    ColumnSpec code{.key = u"code"_s, .title = tr("Equipment"), .kind = CellKind::Choice};
    for (const scoring::EquipmentRate& e : equipmentRates(rates))
        code.choices.append({e.code, e.name});
    return {code, count(MaxEquipmentCount, tr("Count"),
                        tr("Machines of this kind, 1 to %1").arg(MaxEquipmentCount))};
}

QList<ColumnSpec> EditorColumns::fixedCosts() {
    return {{.key = u"label"_s,
             .title = tr("Cost"),
             .toolTip = tr("What the cost is for, e.g. dump fee")},
            {.key = u"amount"_s,
             .title = tr("Amount"),
             .toolTip = tr("US dollars, up to %1").arg(EditorText::money(MaxFixedAmount)),
             .kind = CellKind::Money,
             .maximum = MaxFixedAmount}};
}

QList<Choice> EditorColumns::states(const scoring::Rates* rates) {
    QList<Choice> choices;
    for (const scoring::StateRate& s : stateRates(rates))
        choices.append({s.state, s.state});
    return choices;
}

QList<Choice> EditorColumns::crewTiers() {
    QList<Choice> choices;
    for (const auto tier :
         {scoring::CrewTier::Beginner, scoring::CrewTier::Experienced, scoring::CrewTier::Expert}) {
        const QString key = scoring::crewTierKey(tier);
        choices.append({key, EditorText::crewTier(key)});
    }
    return choices;
}

} // namespace treeops::widgets

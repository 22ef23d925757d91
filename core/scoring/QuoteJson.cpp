#include "scoring/QuoteJson.h"

#include <QJsonArray>
#include <cmath>

namespace treeops::scoring {
namespace {

using namespace Qt::StringLiterals;

QJsonObject afissToJson(const Quote& q, const Catalog& catalog) {
    QJsonArray domains;
    for (Domain d : AllDomains) {
        const DomainScore& s = q.domains[static_cast<std::size_t>(d)];
        domains.append(QJsonObject{{u"domain"_s, QString(domainKey(d))},
                                   {u"selected"_s, s.selected},
                                   {u"raw"_s, roundFigure(s.raw)},
                                   {u"score"_s, roundFigure(s.score)},
                                   {u"weight"_s, roundFigure(s.weight)},
                                   {u"weighted"_s, roundFigure(s.weighted)}});
    }
    QJsonArray interactions;
    for (int rule : q.interactions) {
        const InteractionDef& r = catalog.interaction(rule);
        interactions.append(QJsonObject{{u"a"_s, r.a},
                                        {u"b"_s, r.b},
                                        {u"overlap"_s, roundFigure(r.overlap)},
                                        {u"protocol"_s, r.protocol}});
    }
    return QJsonObject{{u"domains"_s, domains},
                       {u"interactions"_s, interactions},
                       {u"composite"_s, roundFigure(q.composite)},
                       {u"band"_s, catalog.band(q.band).name},
                       {u"multiplier"_s, roundFigure(q.multiplier)}};
}

QJsonArray linesToJson(const Quote& q) {
    QJsonArray lines;
    for (std::size_t i = 0; i < q.lines.size(); ++i) {
        const QuoteLine& l = q.lines[i];
        lines.append(QJsonObject{{u"index"_s, static_cast<qint64>(i)},
                                 {u"service"_s, QString(serviceKey(l.service))},
                                 {u"base_points"_s, roundFigure(l.basePoints)},
                                 {u"adjusted_points"_s, roundFigure(l.adjustedPoints)},
                                 {u"pph"_s, roundFigure(l.pph)},
                                 {u"hours"_s, roundFigure(l.hours)},
                                 {u"billable_hours"_s, roundFigure(l.billableHours)},
                                 {u"cost"_s, roundMoney(l.cost)},
                                 {u"margin"_s, roundFigure(l.margin)},
                                 {u"price"_s, roundMoney(l.price)}});
    }
    return lines;
}

QJsonArray crewToJson(const Quote& q, const Rates& rates) {
    QJsonArray crew;
    for (const CrewCost& c : q.crew)
        crew.append(QJsonObject{{u"position"_s, rates.data().positions[c.position].position},
                                {u"count"_s, c.count},
                                {u"true_hourly"_s, roundMoney(c.trueHourly)}});
    return crew;
}

QJsonArray equipmentToJson(const Quote& q, const Rates& rates) {
    QJsonArray equipment;
    for (const EquipmentCost& e : q.equipment)
        equipment.append(QJsonObject{{u"code"_s, rates.data().equipment[e.equipment].code},
                                     {u"count"_s, e.count},
                                     {u"severity"_s, roundFigure(e.severity)},
                                     {u"ownership"_s, roundMoney(e.ownership)},
                                     {u"operating"_s, roundMoney(e.operating)},
                                     {u"hourly"_s, roundMoney(e.hourly)}});
    return equipment;
}

} // namespace

double roundMoney(double value) {
    return std::round(value * 100) / 100;
}
double roundFigure(double value) {
    return std::round(value * 1e6) / 1e6;
}

QJsonObject quoteToJson(const Quote& q, const QString& assessmentId, const Catalog& catalog,
                        const Rates& rates) {
    const Competitive& c = q.competitive;
    return QJsonObject{
        {u"schema"_s, QString(QuoteSchema)},
        {u"assessment_id"_s, assessmentId.isEmpty() ? QJsonValue() : QJsonValue(assessmentId)},
        {u"catalog_version"_s, catalog.version()},
        {u"rates_version"_s, rates.version()},
        {u"afiss"_s, afissToJson(q, catalog)},
        {u"lines"_s, linesToJson(q)},
        {u"crew"_s, crewToJson(q, rates)},
        {u"equipment"_s, equipmentToJson(q, rates)},
        {u"small_tools_hourly"_s, roundMoney(q.smallToolsHourly)},
        {u"crew_hourly"_s, roundMoney(q.crewHourly)},
        {u"equipment_hourly"_s, roundMoney(q.equipmentHourly)},
        {u"hourly_cost"_s, roundMoney(q.hourlyCost)},
        {u"work_hours"_s, roundFigure(q.workHours)},
        {u"billable_hours"_s, roundFigure(q.billableHours)},
        {u"travel_hours"_s, roundFigure(q.travelHours)},
        {u"travel_cost"_s, roundMoney(q.travelCost)},
        {u"fixed_costs"_s, roundMoney(q.fixedCosts)},
        {u"total_cost"_s, roundMoney(q.totalCost)},
        {u"price"_s, roundMoney(q.price)},
        {u"effective_rate"_s, roundMoney(q.effectiveRate)},
        {u"competitive"_s,
         QJsonObject{{u"service"_s, QString(pricingClassKey(c.pricingClass))},
                     {u"low"_s, c.low},
                     {u"high"_s, c.high},
                     {u"position"_s, QString(competitivePositionKey(c.position))}}}};
}

} // namespace treeops::scoring

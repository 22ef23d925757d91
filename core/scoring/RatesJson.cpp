#include "scoring/RatesJson.h"

#include "i18n/Translate.h"

#include "json/JsonReader.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace treeops::scoring {
namespace {

using namespace Qt::StringLiterals;
using Presence = JsonReader::Presence;

constexpr double Big = 1e9;
constexpr NumberRule Fraction{0, 1};
constexpr NumberRule Money{0, Big, "$"_L1};
constexpr NumberRule Hours{0, 2080, "h"_L1};

// Each numeric field is declared once here and drives reading, range checks and writing.
template <typename Struct> struct NumberField {
    QLatin1StringView key;
    double Struct::*member;
    NumberRule rule;
};

constexpr NumberField<RateParams> ParamFields[] = {
    {"fuel_price"_L1, &RateParams::fuelPrice, {0, 100, "$/gal"_L1}},
    {"interest_rate"_L1, &RateParams::interestRate, Fraction},
    {"annual_hours"_L1, &RateParams::annualHours, {1, 8760, "h"_L1}},
    {"insurance_tax_storage_rate"_L1, &RateParams::insuranceTaxStorageRate, Fraction},
    {"lube_rate"_L1, &RateParams::lubeRate, Fraction},
    {"wear_rate"_L1, &RateParams::wearRate, Fraction},
    {"fica_rate"_L1, &RateParams::ficaRate, Fraction},
    {"futa_rate"_L1, &RateParams::futaRate, Fraction},
    {"futa_wage_base"_L1, &RateParams::futaWageBase, Money},
    {"overhead_rate"_L1, &RateParams::overheadRate, Fraction},
    {"fixed_annual_per_employee"_L1, &RateParams::fixedAnnualPerEmployee, Money},
    {"nonproductive_hours"_L1, &RateParams::nonproductiveHours, {0, 1500, "h"_L1}},
    {"min_billable_hours"_L1, &RateParams::minBillableHours, {0.1, 24, "h"_L1}},
    {"min_job_price"_L1, &RateParams::minJobPrice, Money},
};

constexpr NumberField<ServiceRate> ServiceFields[] = {
    {"margin"_L1, &ServiceRate::margin, {0, 0.95}},
    {"low"_L1, &ServiceRate::low, {0, 100000, "$/h"_L1}},
    {"high"_L1, &ServiceRate::high, {0, 100000, "$/h"_L1}},
};

constexpr NumberField<StateRate> StateFields[] = {
    {"suta_rate"_L1, &StateRate::sutaRate, Fraction},
    {"suta_wage_base"_L1, &StateRate::sutaWageBase, Money},
    {"wc_rate"_L1, &StateRate::wcRate, Fraction},
    {"weather_hours"_L1, &StateRate::weatherHours, {0, 500, "h"_L1}},
    {"min_wage"_L1, &StateRate::minWage, {0, 1000, "$/h"_L1}},
};

constexpr NumberField<PositionRate> PositionFields[] = {
    {"hourly_wage"_L1, &PositionRate::hourlyWage, {0.01, 1000, "$/h"_L1}},
};

constexpr NumberField<EquipmentRate> EquipmentFields[] = {
    {"purchase_price"_L1, &EquipmentRate::purchasePrice, {1, Big, "$"_L1}},
    {"salvage_rate"_L1, &EquipmentRate::salvageRate, {0, 0.99}},
    {"life_hours"_L1, &EquipmentRate::lifeHours, {1, 1e6, "h"_L1}},
    {"fuel_gph"_L1, &EquipmentRate::fuelGph, {0, 100, "gal/h"_L1}},
    {"maintenance_factor"_L1, &EquipmentRate::maintenanceFactor, {0, 10}},
};

constexpr NumberField<SmallToolRates> SmallToolFields[] = {
    {"chainsaw"_L1, &SmallToolRates::chainsaw, Money},
    {"climbing_gear"_L1, &SmallToolRates::climbingGear, Money},
    {"safety_gear"_L1, &SmallToolRates::safetyGear, Money},
    {"ppe"_L1, &SmallToolRates::ppe, Money},
    {"hand_tools"_L1, &SmallToolRates::handTools, Money},
    {"rigging"_L1, &SmallToolRates::rigging, Money},
    {"fuel"_L1, &SmallToolRates::fuel, Money},
};

template <typename Struct, std::size_t N>
void readNumbers(JsonReader& r, const JsonReader::Fields& o, const NumberField<Struct> (&fields)[N],
                 Struct& out) {
    for (const auto& f : fields) {
        if (auto v = r.number(o, f.key, f.rule, Presence::Required))
            out.*(f.member) = *v;
    }
}

template <typename Struct, std::size_t N>
void writeNumbers(QJsonObject& o, const NumberField<Struct> (&fields)[N], const Struct& in) {
    for (const auto& f : fields)
        o.insert(f.key, in.*(f.member));
}

template <typename Struct, std::size_t N>
void rejectUnknown(JsonReader& r, const QJsonObject& o, const QString& path,
                   const NumberField<Struct> (&fields)[N], QList<QLatin1StringView> keys) {
    for (const auto& f : fields)
        keys.append(f.key);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()))
            r.fail(QString(path + u'.' + it.key()), translate("Rates", "unknown field"));
    }
}

// Reads a list of records keyed by a unique code; `extra` reads the non-numeric fields.
template <typename Struct, std::size_t N, typename Extra>
QList<Struct> readTable(JsonReader& r, const JsonReader::Fields& root, QLatin1StringView key,
                        QLatin1StringView codeKey, QString Struct::*code,
                        const NumberField<Struct> (&fields)[N],
                        std::initializer_list<QLatin1StringView> otherKeys, Extra extra) {
    QList<Struct> rows;
    QSet<QString> seen;
    const QJsonArray array = r.array(root, key, Presence::Required).value_or(QJsonArray());
    if (array.isEmpty())
        r.fail(QString(key), translate("Rates", "at least one entry is required"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = jsonPath(QString(key), i);
        const auto o = r.objectAt(array[i], path);
        if (!o)
            continue;
        QList<QLatin1StringView> allowed{codeKey};
        allowed.append(QList<QLatin1StringView>(otherKeys));
        rejectUnknown(r, *o, path, fields, allowed);
        const auto unlisted = r.unlisted(*o, path);
        Struct row;
        row.*code = r.string(unlisted, codeKey, Presence::Required).value_or(QString());
        if (seen.contains(row.*code))
            r.fail(jsonPath(path, codeKey),
                   translate("Rates", "\"%1\" is listed twice").arg(row.*code));
        seen.insert(row.*code);
        readNumbers(r, unlisted, fields, row);
        extra(r, unlisted, row);
        rows.append(row);
    }
    return rows;
}

void readPph(JsonReader& r, const JsonReader::Fields& root, RatesData& out) {
    const auto pph = r.object(root, "pph"_L1, Presence::Required);
    if (!pph)
        return;
    for (int s = 0; s < ServiceCount; ++s) {
        const auto service = static_cast<Service>(s);
        const QString path = jsonPath(u"pph"_s, serviceKey(service));
        const auto tiers =
            r.object(r.unlisted(*pph, u"pph"_s), serviceKey(service), Presence::Required);
        if (!tiers)
            continue;
        const auto byTier = r.unlisted(*tiers, path);
        for (int t = 0; t < CrewTierCount; ++t) {
            const auto tier = static_cast<CrewTier>(t);
            if (auto v = r.number(byTier, crewTierKey(tier), {1, 100000, "points/h"_L1},
                                  Presence::Required))
                out.pph[static_cast<std::size_t>(s)][static_cast<std::size_t>(t)] = *v;
        }
    }
}

void readServices(JsonReader& r, const JsonReader::Fields& root, RatesData& out) {
    const auto services = r.object(root, "services"_L1, Presence::Required);
    for (int p = 0; services && p < PricingClassCount; ++p) {
        const auto pricing = static_cast<PricingClass>(p);
        const QString path = jsonPath(u"services"_s, pricingClassKey(pricing));
        const auto o = r.object(r.unlisted(*services, u"services"_s), pricingClassKey(pricing),
                                Presence::Required);
        if (!o)
            continue;
        ServiceRate& rate = out.services[static_cast<std::size_t>(p)];
        readNumbers(r, r.unlisted(*o, path), ServiceFields, rate);
        if (rate.low > rate.high)
            r.fail(jsonPath(path, "low"_L1),
                   translate("Rates", "is above high (%1)").arg(rate.high));
    }
}

void readStates(JsonReader& r, const JsonReader::Fields& root, RatesData& out) {
    static const QRegularExpression usps(u"^[A-Z]{2}$"_s);
    out.states = readTable(
        r, root, "states"_L1, "state"_L1, &StateRate::state, StateFields, {},
        [](JsonReader& rd, const JsonReader::Fields& fields, const StateRate& row) {
            if (!usps.match(row.state).hasMatch())
                rd.fail(fields.path().key("state"_L1),
                        translate("Rates", "\"%1\" is not a two-letter USPS code").arg(row.state));
        });
}

void readPositions(JsonReader& r, const JsonReader::Fields& root, RatesData& out) {
    out.positions = readTable(
        r, root, "positions"_L1, "position"_L1, &PositionRate::position, PositionFields,
        {"climbs"_L1}, [](JsonReader& rd, const JsonReader::Fields& o, PositionRate& row) {
            row.climbs = rd.boolean(o, "climbs"_L1, Presence::Required).value_or(false);
        });
}

void readEquipment(JsonReader& r, const JsonReader::Fields& root, RatesData& out) {
    out.equipment =
        readTable(r, root, "equipment"_L1, "code"_L1, &EquipmentRate::code, EquipmentFields,
                  {"name"_L1, "vehicle"_L1},
                  [](JsonReader& rd, const JsonReader::Fields& o, EquipmentRate& row) {
                      row.name = rd.string(o, "name"_L1, Presence::Required).value_or(QString());
                      row.vehicle = rd.boolean(o, "vehicle"_L1, Presence::Required).value_or(false);
                  });
}

void validateWorkingHours(JsonReader& r, const RatesData& out) {
    for (qsizetype i = 0; i < out.states.size(); ++i) {
        if (out.params.nonproductiveHours + out.states[i].weatherHours >= 2080)
            r.fail(jsonPath(jsonPath(u"states"_s, i), "weather_hours"_L1),
                   translate("Rates",
                             "with nonproductive_hours it leaves no productive hours in the year"));
    }
}

} // namespace

std::optional<RatesData> readRates(const QJsonObject& document, Problems& problems) {
    JsonReader r(problems);
    const qsizetype before = r.problemCount();
    const auto root = r.fields(document, {},
                               {"version"_L1, "params"_L1, "pph"_L1, "services"_L1, "states"_L1,
                                "positions"_L1, "equipment"_L1, "small_tools"_L1});
    RatesData out;
    out.version = r.string(root, "version"_L1, Presence::Required).value_or(QString());
    if (out.version.trimmed().isEmpty() && r.problemCount() == before)
        r.fail(u"version"_s, translate("Rates", "must not be empty"));
    if (const auto params = r.object(root, "params"_L1, Presence::Required)) {
        rejectUnknown(r, *params, u"params"_s, ParamFields, {});
        readNumbers(r, r.unlisted(*params, u"params"_s), ParamFields, out.params);
    }
    readPph(r, root, out);
    readServices(r, root, out);
    readStates(r, root, out);
    readPositions(r, root, out);
    readEquipment(r, root, out);
    if (const auto tools = r.object(root, "small_tools"_L1, Presence::Required)) {
        rejectUnknown(r, *tools, u"small_tools"_s, SmallToolFields, {});
        readNumbers(r, r.unlisted(*tools, u"small_tools"_s), SmallToolFields, out.smallTools);
    }
    validateWorkingHours(r, out);
    if (r.problemCount() != before)
        return std::nullopt;
    return out;
}

std::optional<RatesData> readRates(const QByteArray& json, const QString& source,
                                   Problems& problems) {
    const auto root = parseJsonObject(json, source, problems);
    return root ? readRates(*root, problems) : std::nullopt;
}

QJsonObject ratesToJson(const RatesData& rates) {
    QJsonObject params;
    writeNumbers(params, ParamFields, rates.params);
    QJsonObject pph;
    QJsonObject services;
    for (int s = 0; s < ServiceCount; ++s) {
        QJsonObject tiers;
        for (int t = 0; t < CrewTierCount; ++t)
            tiers.insert(crewTierKey(static_cast<CrewTier>(t)),
                         rates.pph[static_cast<std::size_t>(s)][static_cast<std::size_t>(t)]);
        pph.insert(serviceKey(static_cast<Service>(s)), tiers);
    }
    for (int p = 0; p < PricingClassCount; ++p) {
        QJsonObject service;
        writeNumbers(service, ServiceFields, rates.services[static_cast<std::size_t>(p)]);
        services.insert(pricingClassKey(static_cast<PricingClass>(p)), service);
    }
    QJsonArray states;
    for (const StateRate& s : rates.states) {
        QJsonObject o{{u"state"_s, s.state}};
        writeNumbers(o, StateFields, s);
        states.append(o);
    }
    QJsonArray positions;
    for (const PositionRate& p : rates.positions) {
        QJsonObject o{{u"position"_s, p.position}, {u"climbs"_s, p.climbs}};
        writeNumbers(o, PositionFields, p);
        positions.append(o);
    }
    QJsonArray equipment;
    for (const EquipmentRate& e : rates.equipment) {
        QJsonObject o{{u"code"_s, e.code}, {u"name"_s, e.name}, {u"vehicle"_s, e.vehicle}};
        writeNumbers(o, EquipmentFields, e);
        equipment.append(o);
    }
    QJsonObject tools;
    writeNumbers(tools, SmallToolFields, rates.smallTools);
    return QJsonObject{
        {u"version"_s, rates.version}, {u"params"_s, params},    {u"pph"_s, pph},
        {u"services"_s, services},     {u"states"_s, states},    {u"positions"_s, positions},
        {u"equipment"_s, equipment},   {u"small_tools"_s, tools}};
}

} // namespace treeops::scoring

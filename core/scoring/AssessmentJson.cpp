#include "scoring/AssessmentJson.h"

#include "i18n/Translate.h"
#include "scoring/TreeLimits.h"

#include "json/JsonReader.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace treeops::scoring {
namespace {

using namespace Qt::StringLiterals;
using Presence = JsonTreeReader::Presence;
using Object = JsonTree::Object;
using Fields = JsonTreeReader::Fields;
using Value = JsonTree::Value;
using namespace tree_limits;
using Reading = AssessmentReader::Reading;

constexpr NumberRule CrewCount{1, 20, {}, true};
constexpr NumberRule EquipmentCount{1, 10, {}, true};
constexpr NumberRule TravelHours{0, 24, "h"_L1};
constexpr NumberRule FixedAmount{0, 100000, "$"_L1};

QString allowedList(QStringList names) {
    return names.join(u", ");
}

// Reads one section of an assessment; each method records its own problems.
class Parser {
public:
    Parser(const Catalog& c, const Rates& r, Problems& problems, Reading reading)
        : m_catalog(c)
        , m_rates(r)
        , m_r(problems)
        , m_reading(reading) {}

    std::optional<Assessment> run(const Object& document) {
        const qsizetype before = m_r.problemCount();
        const auto root = m_r.fields(document, m_root,
                                     {"schema"_L1, "id"_L1, "customer"_L1, "site"_L1, "crew"_L1,
                                      "equipment"_L1, "travel_hours"_L1, "emergency"_L1, "trees"_L1,
                                      "factors"_L1, "fixed_costs"_L1});
        Assessment a;
        readSchema(root);
        a.id = text(root, "id"_L1);
        readCustomer(root, a);
        readSite(root, a);
        readCrew(root, a);
        readEquipment(root, a);
        a.travelHours =
            m_r.number(root, "travel_hours"_L1, TravelHours, Presence::Optional).value_or(0);
        a.emergency = m_r.boolean(root, "emergency"_L1, Presence::Optional).value_or(false);
        readTrees(root, a);
        readFactors(root, a);
        readFixedCosts(root, a);
        if (m_r.problemCount() != before)
            return std::nullopt;
        return a;
    }

private:
    // A text the price does not depend on, only checked when reading for pricing.
    QString text(const Fields& fields, QLatin1StringView key) {
        if (m_reading == Reading::ForPricing) {
            m_r.stringValue(fields, key, Presence::Optional);
            return {};
        }
        return m_r.string(fields, key, Presence::Optional).value_or(QString());
    }

    // A name to look up, such as a code, made in m_name without allocating; the view is valid
    // until the next.
    std::optional<QStringView> name(const Fields& fields, QLatin1StringView key) {
        const auto value = m_r.stringValue(fields, key, Presence::Required);
        return value ? std::optional(value->toStringView(m_name)) : std::nullopt;
    }

    void readSchema(const Fields& root) {
        const auto schema = name(root, "schema"_L1);
        if (schema && *schema != AssessmentSchema)
            m_r.fail(u"schema"_s,
                     translate("Assessment", "\"%1\" is not supported; expected \"%2\"")
                         .arg(*schema, AssessmentSchema));
    }

    void readCustomer(const Fields& root, Assessment& a) {
        const auto object = m_r.object(root, "customer"_L1, Presence::Optional);
        if (!object)
            return;
        const JsonPath path = m_root.key("customer"_L1);
        const auto customer = m_r.fields(*object, path, {"name"_L1, "phone"_L1, "email"_L1});
        a.customer.name = text(customer, "name"_L1);
        a.customer.phone = text(customer, "phone"_L1);
        a.customer.email = text(customer, "email"_L1);
    }

    void readSite(const Fields& root, Assessment& a) {
        const auto object = m_r.object(root, "site"_L1, Presence::Required);
        if (!object)
            return;
        const JsonPath path = m_root.key("site"_L1);
        const auto site = m_r.fields(*object, path, {"address"_L1, "state"_L1});
        a.site.address = text(site, "address"_L1);
        const auto state = name(site, "state"_L1);
        if (!state)
            return;
        a.site.state = m_rates.stateIndex(*state);
        if (a.site.state < 0) {
            QStringList known;
            for (const StateRate& s : m_rates.data().states)
                known << s.state;
            m_r.fail(u"site.state"_s,
                     translate("Assessment", "\"%1\" has no rates; known states: %2")
                         .arg(*state, allowedList(known)));
        }
    }

    void readCrew(const Fields& root, Assessment& a) {
        const auto object = m_r.object(root, "crew"_L1, Presence::Required);
        if (!object)
            return;
        const JsonPath path = m_root.key("crew"_L1);
        const auto crew = m_r.fields(*object, path, {"tier"_L1, "members"_L1});
        if (const auto tier = name(crew, "tier"_L1)) {
            if (const auto t = crewTierFromKey(*tier))
                a.tier = *t;
            else
                m_r.fail(u"crew.tier"_s,
                         translate("Assessment", "\"%1\" is not a crew tier; allowed: beginner, "
                                                 "experienced, expert")
                             .arg(*tier));
        }
        const auto members = m_r.array(crew, "members"_L1, Presence::Required);
        if (!members)
            return;
        if (members->isEmpty())
            m_r.fail(u"crew.members"_s,
                     translate("Assessment", "at least one crew member is required"));
        const JsonPath membersPath = path.key("members"_L1);
        a.crew.reserve(members->size());
        qsizetype i = 0;
        for (const Value& member : *members)
            if (const auto m = readCounted(
                    member, membersPath.at(i++), "position"_L1,
                    [&](QStringView name) { return m_rates.positionIndex(name); },
                    [](QStringView name) {
                        return translate("Assessment", "\"%1\" is not a known position").arg(name);
                    },
                    CrewCount))
                a.crew.append({m->first, m->second});
    }

    void readEquipment(const Fields& root, Assessment& a) {
        const auto list = m_r.array(root, "equipment"_L1, Presence::Optional);
        if (!list)
            return;
        const JsonPath listPath = m_root.key("equipment"_L1);
        a.equipment.reserve(list->size());
        qsizetype i = 0;
        for (const Value& item : *list)
            if (const auto use = readCounted(
                    item, listPath.at(i++), "code"_L1,
                    [&](QStringView name) { return m_rates.equipmentIndex(name); },
                    [](QStringView name) {
                        return translate("Assessment", "\"%1\" is not known equipment").arg(name);
                    },
                    EquipmentCount))
                a.equipment.append({use->first, use->second});
    }

    // An item of a list naming something of the rates and how many: {key: name, "count": n}.
    // The name's index as `lookup` gives it (-1, reported in the words of `unknown`, when it is
    // not known) and the count; nothing when the item is not an object.
    template <typename Lookup, typename Unknown>
    std::optional<std::pair<int, int>> readCounted(const Value& item, const JsonPath& path,
                                                   QLatin1StringView key, Lookup lookup,
                                                   Unknown unknown, const NumberRule& counts) {
        const auto o = m_r.objectAt(item, path);
        if (!o)
            return std::nullopt;
        const auto fields = m_r.fields(*o, path, {key, "count"_L1});
        int index = -1;
        if (const auto given = name(fields, key)) {
            index = lookup(*given);
            if (index < 0)
                m_r.fail(path.key(key), unknown(*given));
        }
        const auto count = m_r.number(fields, "count"_L1, counts, Presence::Required);
        return std::pair{index, static_cast<int>(count.value_or(0))};
    }

    void readTree(const Object& o, const JsonPath& path, Tree& t) {
        // Which names a tree allows depends on its service, read first.
        const auto unchecked = m_r.unlisted(o, path);
        const auto service = name(unchecked, "service"_L1);
        if (!service)
            return;
        const auto s = serviceFromKey(*service);
        if (!s) {
            m_r.fail(
                path.key("service"_L1),
                translate("Assessment",
                          "\"%1\" is not a service; allowed: removal, trimming, stump_grinding")
                    .arg(*service));
            return;
        }
        t.service = *s;
        t.species = text(unchecked, "species"_L1);
        if (t.service == Service::StumpGrinding)
            readStump(m_r.fields(o, path,
                                 {"service"_L1, "species"_L1, "height_above_grade_in"_L1,
                                  "grind_depth_in"_L1, "diameter_in"_L1}),
                      t);
        else
            readStanding(m_r.fields(o, path,
                                    {"service"_L1, "species"_L1, "height_ft"_L1,
                                     "canopy_radius_ft"_L1, "dbh_in"_L1}),
                         t);
    }

    void readStump(const Fields& stump, Tree& t) {
        t.heightAboveGradeIn =
            m_r.number(stump, "height_above_grade_in"_L1, HeightAboveGradeIn, Presence::Required)
                .value_or(0);
        t.grindDepthIn = m_r.number(stump, "grind_depth_in"_L1, GrindDepthIn, Presence::Optional)
                             .value_or(DefaultGrindDepthIn);
        t.diameterIn =
            m_r.number(stump, "diameter_in"_L1, StumpDiameterIn, Presence::Required).value_or(0);
    }

    void readStanding(const Fields& tree, Tree& t) {
        t.heightFt = m_r.number(tree, "height_ft"_L1, HeightFt, Presence::Required).value_or(0);
        t.canopyRadiusFt =
            m_r.number(tree, "canopy_radius_ft"_L1, CanopyRadiusFt, Presence::Required).value_or(0);
        t.dbhIn = m_r.number(tree, "dbh_in"_L1, DbhIn, Presence::Required).value_or(0);
    }

    void readTrees(const Fields& root, Assessment& a) {
        const auto trees = m_r.array(root, "trees"_L1, Presence::Required);
        if (!trees)
            return;
        if (trees->isEmpty() || trees->size() > MaxTrees)
            m_r.fail(u"trees"_s, translate("Assessment", "%1 trees; an assessment has 1..%2")
                                     .arg(trees->size())
                                     .arg(MaxTrees));
        const JsonPath treesPath = m_root.key("trees"_L1);
        a.trees.reserve(std::min<qsizetype>(trees->size(), MaxTrees));
        qsizetype i = 0;
        for (const Value& item : *trees) {
            if (i == MaxTrees)
                break;
            const JsonPath path = treesPath.at(i++);
            const auto o = m_r.objectAt(item, path);
            if (!o)
                continue;
            Tree t;
            readTree(*o, path, t);
            a.trees.append(t);
        }
    }

    std::uint32_t readModifiers(const Fields& selected, int factor) {
        std::uint32_t mask = 0;
        const auto list = m_r.array(selected, "modifiers"_L1, Presence::Optional);
        if (!list)
            return mask;
        const JsonPath listPath = selected.path().key("modifiers"_L1);
        qsizetype i = 0;
        for (const Value& item : *list) {
            const JsonPath modPath = listPath.at(i++);
            if (!m_r.isStringAt(item, modPath) || factor < 0)
                continue;
            const QStringView code = item.toStringView(m_name);
            const int local = m_catalog.modifierIndex(factor, code);
            if (local < 0) {
                m_r.fail(modPath, translate("Assessment", "\"%1\" is not a modifier of %2")
                                      .arg(code, m_catalog.factor(factor).code));
            } else if ((mask >> local) & 1U) {
                m_r.fail(modPath, translate("Assessment", "\"%1\" is selected twice").arg(code));
            }
            if (local >= 0)
                mask |= 1U << local;
        }
        return mask;
    }

    void readFactors(const Fields& root, Assessment& a) {
        const auto list = m_r.array(root, "factors"_L1, Presence::Optional);
        if (!list)
            return;
        const JsonPath listPath = m_root.key("factors"_L1);
        a.factors.reserve(list->size());
        qsizetype i = 0;
        for (const Value& item : *list) {
            const JsonPath path = listPath.at(i++);
            const auto o = m_r.objectAt(item, path);
            if (!o)
                continue;
            const auto selected = m_r.fields(*o, path, {"code"_L1, "modifiers"_L1});
            SelectedFactor s;
            if (const auto code = name(selected, "code"_L1)) {
                s.factor = m_catalog.factorIndex(*code);
                if (s.factor < 0)
                    m_r.fail(path.key("code"_L1),
                             translate("Assessment", "\"%1\" is not in catalog %2")
                                 .arg(*code, m_catalog.version()));
                else if (!m_catalog.isActive(s.factor))
                    m_r.fail(path.key("code"_L1),
                             translate("Assessment", "\"%1\" is retired in catalog %2")
                                 .arg(*code, m_catalog.version()));
                else if (isSelected(a, s.factor))
                    m_r.fail(path.key("code"_L1),
                             translate("Assessment", "\"%1\" is selected twice").arg(*code));
            }
            s.modifiers = readModifiers(selected, s.factor);
            a.factors.append(s);
        }
    }

    // An assessment selects a few factors of hundreds: looking through them costs less than
    // building a set.
    static bool isSelected(const Assessment& a, int factor) {
        return std::any_of(a.factors.cbegin(), a.factors.cend(),
                           [factor](const SelectedFactor& s) { return s.factor == factor; });
    }

    void readFixedCosts(const Fields& root, Assessment& a) {
        const auto list = m_r.array(root, "fixed_costs"_L1, Presence::Optional);
        if (!list)
            return;
        const JsonPath listPath = m_root.key("fixed_costs"_L1);
        qsizetype i = 0;
        for (const Value& item : *list) {
            const JsonPath path = listPath.at(i++);
            const auto o = m_r.objectAt(item, path);
            if (!o)
                continue;
            const auto cost = m_r.fields(*o, path, {"label"_L1, "amount"_L1});
            FixedCost c;
            c.label = text(cost, "label"_L1);
            c.amount = m_r.number(cost, "amount"_L1, FixedAmount, Presence::Required).value_or(0);
            a.fixedCosts.append(c);
        }
    }

    const Catalog& m_catalog;
    const Rates& m_rates;
    JsonTreeReader m_r;
    const Reading m_reading;
    const JsonPath m_root;
    JsonTree::TextBuffer m_name;
};

QJsonObject treeToJson(const Tree& t) {
    QJsonObject o{{u"service"_s, QString(serviceKey(t.service))}};
    if (!t.species.isEmpty())
        o.insert(u"species"_s, t.species);
    if (t.service == Service::StumpGrinding) {
        o.insert(u"height_above_grade_in"_s, t.heightAboveGradeIn);
        o.insert(u"grind_depth_in"_s, t.grindDepthIn);
        o.insert(u"diameter_in"_s, t.diameterIn);
    } else {
        o.insert(u"height_ft"_s, t.heightFt);
        o.insert(u"canopy_radius_ft"_s, t.canopyRadiusFt);
        o.insert(u"dbh_in"_s, t.dbhIn);
    }
    return o;
}

QJsonObject customerToJson(const Customer& c) {
    QJsonObject o{{u"name"_s, c.name}};
    if (!c.phone.isEmpty())
        o.insert(u"phone"_s, c.phone);
    if (!c.email.isEmpty())
        o.insert(u"email"_s, c.email);
    return o;
}

} // namespace

std::optional<Assessment> AssessmentReader::read(const QJsonObject& root,
                                                 Problems& problems) const {
    return read(QJsonDocument(root).toJson(QJsonDocument::Compact), QString(), problems);
}

std::optional<Assessment> AssessmentReader::read(const QByteArray& json, const QString& source,
                                                 Problems& problems, Reading reading) const {
    const auto tree = parseJsonTree(json, source, problems);
    return tree ? Parser(m_catalog, m_rates, problems, reading).run(tree->root().toObject())
                : std::nullopt;
}

QJsonObject assessmentToJson(const Assessment& a, const Catalog& catalog, const Rates& rates) {
    QJsonArray members;
    for (const CrewMember& m : a.crew)
        members.append(QJsonObject{{u"position"_s, rates.data().positions[m.position].position},
                                   {u"count"_s, m.count}});
    QJsonArray equipment;
    for (const EquipmentUse& e : a.equipment)
        equipment.append(QJsonObject{{u"code"_s, rates.data().equipment[e.equipment].code},
                                     {u"count"_s, e.count}});
    QJsonArray trees;
    for (const Tree& t : a.trees)
        trees.append(treeToJson(t));
    QJsonArray factors;
    for (const SelectedFactor& s : a.factors) {
        const FactorDef& f = catalog.factor(s.factor);
        QJsonObject o{{u"code"_s, f.code}};
        QJsonArray modifiers;
        for (int m = 0; m < f.modifiers.size(); ++m) {
            if (s.hasModifier(m))
                modifiers.append(f.modifiers[m].code);
        }
        if (!modifiers.isEmpty())
            o.insert(u"modifiers"_s, modifiers);
        factors.append(o);
    }
    QJsonObject root{
        {u"schema"_s, QString(AssessmentSchema)},
        {u"customer"_s, customerToJson(a.customer)},
        {u"site"_s, QJsonObject{{u"address"_s, a.site.address},
                                {u"state"_s, rates.data().states[a.site.state].state}}},
        {u"crew"_s,
         QJsonObject{{u"tier"_s, QString(crewTierKey(a.tier))}, {u"members"_s, members}}},
        {u"equipment"_s, equipment},
        {u"travel_hours"_s, a.travelHours},
        {u"emergency"_s, a.emergency},
        {u"trees"_s, trees},
        {u"factors"_s, factors}};
    if (!a.id.isEmpty())
        root.insert(u"id"_s, a.id);
    if (!a.fixedCosts.isEmpty()) {
        QJsonArray costs;
        for (const FixedCost& c : a.fixedCosts)
            costs.append(QJsonObject{{u"label"_s, c.label}, {u"amount"_s, c.amount}});
        root.insert(u"fixed_costs"_s, costs);
    }
    return root;
}

} // namespace treeops::scoring

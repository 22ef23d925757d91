#include "assessments/DemoData.h"

#include <QJsonArray>
#include <array>
#include <cmath>

namespace treeops::assessments {
namespace {

using namespace Qt::StringLiterals;

constexpr std::array FirstNames{
    "Ana",    "Marcus", "Linda",  "José", "Priya", "Tom", "Keisha", "Robert",  "Mei",   "Carlos",
    "Denise", "Hank",   "Fatima", "Greg", "Lucía", "Sam", "Olivia", "Darnell", "Irene", "Wes"};
constexpr std::array LastNames{"Ruiz",   "Whitfield", "Okafor", "Hernández", "Patel",  "Nguyen",
                               "Brooks", "Kowalski",  "Chen",   "Delgado",   "Marsh",  "Sutton",
                               "Haddad", "Lindqvist", "Moreno", "Baptiste",  "Fuller", "Yates"};
constexpr std::array Organisations{"Oak Hollow HOA",       "First Baptist Church",
                                   "Pinecrest Elementary", "Riverside Apartments",
                                   "Magnolia Office Park", "Lakeview Golf Club"};
constexpr std::array Streets{"Oak Ln",       "Magnolia Ave", "Cypress Dr",     "Live Oak Blvd",
                             "Pecan St",     "Willow Way",   "Hickory Rd",     "Dogwood Ct",
                             "Sweetgum Trl", "Palmetto Dr",  "Cedar Ridge Rd", "Laurel Oak Cir",
                             "Sycamore St",  "Bay Tree Ln"};
struct City {
    const char* state;
    const char* name;
};
constexpr std::array Cities{
    City{"FL", "Tampa"},   City{"FL", "Gainesville"}, City{"FL", "Orlando"},
    City{"GA", "Atlanta"}, City{"GA", "Savannah"},    City{"TX", "Austin"},
    City{"TX", "Houston"}, City{"CA", "Sacramento"},  City{"CA", "Pasadena"},
    City{"NC", "Raleigh"}, City{"NC", "Asheville"}};
constexpr std::array Species{"live oak",          "laurel oak",    "water oak",    "loblolly pine",
                             "slash pine",        "sweetgum",      "red maple",    "silver maple",
                             "southern magnolia", "pecan",         "sabal palm",   "bald cypress",
                             "tulip poplar",      "Bradford pear", "black cherry", "hackberry",
                             "American elm",      "sycamore",      "eucalyptus",   "valley oak"};

} // namespace

DemoData::DemoData(scoring::CatalogData catalog, scoring::RatesData rates, quint32 seed)
    : m_catalog(std::move(catalog))
    , m_rates(std::move(rates))
    , m_state(seed * 2654435761ULL + 1) {
    for (int i = 0; i < m_catalog.factors.size(); ++i) {
        if (m_catalog.factors[i].active)
            m_activeFactors.append(i);
    }
}

// A small xorshift generator: reproducible across platforms, unlike std distributions.
int DemoData::pick(int count) {
    m_state ^= m_state << 13;
    m_state ^= m_state >> 7;
    m_state ^= m_state << 17;
    return static_cast<int>(m_state % static_cast<quint64>(count));
}

double DemoData::between(double low, double high, double step) {
    const int steps = static_cast<int>(std::round((high - low) / step));
    return low + step * pick(steps + 1);
}

QJsonObject DemoData::customer() {
    if (pick(8) == 0)
        return QJsonObject{
            {u"name"_s, QString::fromUtf8(
                            Organisations[static_cast<std::size_t>(pick(Organisations.size()))])}};
    const QString first =
        QString::fromUtf8(FirstNames[static_cast<std::size_t>(pick(FirstNames.size()))]);
    const QString last =
        QString::fromUtf8(LastNames[static_cast<std::size_t>(pick(LastNames.size()))]);
    QJsonObject c{{u"name"_s, QString(first + u' ' + last)}};
    if (pick(3) != 0)
        c.insert(u"phone"_s, u"(%1) 555-%2"_s.arg(200 + pick(700)).arg(1000 + pick(9000)));
    if (pick(2) == 0)
        c.insert(u"email"_s, QString((first.left(1) + last).toLower() + u"@example.com"_s));
    return c;
}

QJsonObject DemoData::site() {
    // Only cities whose state the rates know, so every demo assessment prices.
    QList<const City*> usable;
    for (const City& city : Cities) {
        for (const scoring::StateRate& s : m_rates.states) {
            if (s.state == QLatin1StringView(city.state))
                usable.append(&city);
        }
    }
    const City* city = usable.isEmpty() ? nullptr : usable[pick(static_cast<int>(usable.size()))];
    const QString state = city ? QString::fromLatin1(city->state) : m_rates.states.first().state;
    const QString cityName = city ? QString::fromUtf8(city->name) : u"Springfield"_s;
    const QString street =
        QString::fromUtf8(Streets[static_cast<std::size_t>(pick(Streets.size()))]);
    return {{u"address"_s, u"%1 %2, %3"_s.arg(10 + pick(9800)).arg(street, cityName)},
            {u"state"_s, state}};
}

QJsonObject DemoData::crew(bool bigJob) {
    static const std::array<QString, 3> Tiers{u"beginner"_s, u"experienced"_s, u"expert"_s};
    QJsonArray members;
    const auto add = [&](const QString& position, int count) {
        for (const scoring::PositionRate& p : m_rates.positions) {
            if (p.position == position) {
                members.append(QJsonObject{{u"position"_s, position}, {u"count"_s, count}});
                return;
            }
        }
    };
    add(pick(3) == 0 ? u"arborist"_s : u"climber"_s, bigJob ? 2 : 1);
    add(u"ground_crew"_s, 1 + pick(bigJob ? 4 : 2));
    if (bigJob || pick(3) == 0)
        add(u"operator"_s, 1);
    if (pick(4) == 0)
        add(u"ground_lead"_s, 1);
    if (members.isEmpty())
        members.append(
            QJsonObject{{u"position"_s, m_rates.positions.first().position}, {u"count"_s, 2}});
    return {{u"tier"_s, Tiers[static_cast<std::size_t>(pick(3))]}, {u"members"_s, members}};
}

QJsonArray DemoData::equipment(bool stumpWork, bool bigJob) {
    QJsonArray list;
    const auto add = [&](const QString& code) {
        for (const scoring::EquipmentRate& e : m_rates.equipment) {
            if (e.code == code)
                list.append(QJsonObject{{u"code"_s, code}, {u"count"_s, 1}});
        }
    };
    add(pick(2) == 0 ? u"bucket_truck"_s : u"pickup"_s);
    add(u"chipper"_s);
    if (stumpWork)
        add(u"stump_grinder"_s);
    if (bigJob)
        add(pick(2) == 0 ? u"log_truck"_s : u"compact_track_loader"_s);
    return list;
}

QJsonArray DemoData::trees(bool& stumpWork, bool& bigJob) {
    QJsonArray list;
    const int count = 1 + pick(4) + (pick(6) == 0 ? pick(6) : 0);
    for (int i = 0; i < count; ++i) {
        const int kind = pick(10);
        const QString species =
            QString::fromUtf8(Species[static_cast<std::size_t>(pick(Species.size()))]);
        if (kind < 2) {
            stumpWork = true;
            list.append(QJsonObject{{u"service"_s, u"stump_grinding"_s},
                                    {u"species"_s, species},
                                    {u"height_above_grade_in"_s, between(0, 18, 2)},
                                    {u"grind_depth_in"_s, between(6, 12, 2)},
                                    {u"diameter_in"_s, between(10, 48, 2)}});
            continue;
        }
        const bool removal = kind < 6;
        const double height = between(20, removal ? 95 : 70, 5);
        bigJob = bigJob || height >= 70;
        list.append(QJsonObject{{u"service"_s, removal ? u"removal"_s : u"trimming"_s},
                                {u"species"_s, species},
                                {u"height_ft"_s, height},
                                {u"canopy_radius_ft"_s, between(6, std::min(40.0, height / 2), 1)},
                                {u"dbh_in"_s, between(8, std::min(60.0, height * 0.6), 1)}});
    }
    return list;
}

QJsonArray DemoData::factors() {
    QJsonArray list;
    QList<int> chosen;
    const int count = pick(9);
    for (int i = 0; i < count && !m_activeFactors.isEmpty(); ++i) {
        const int factor = m_activeFactors[pick(static_cast<int>(m_activeFactors.size()))];
        if (chosen.contains(factor))
            continue;
        chosen.append(factor);
        const scoring::FactorDef& f = m_catalog.factors[factor];
        QJsonObject o{{u"code"_s, f.code}};
        if (!f.modifiers.isEmpty() && pick(3) == 0)
            o.insert(u"modifiers"_s,
                     QJsonArray{f.modifiers[pick(static_cast<int>(f.modifiers.size()))].code});
        list.append(o);
    }
    return list;
}

QJsonObject DemoData::next() {
    bool stumpWork = false;
    bool bigJob = false;
    const QJsonArray treeList = trees(stumpWork, bigJob);
    QJsonObject a{{u"schema"_s, u"treeops.assessment/1"_s},
                  {u"customer"_s, customer()},
                  {u"site"_s, site()},
                  {u"crew"_s, crew(bigJob)},
                  {u"equipment"_s, equipment(stumpWork, bigJob)},
                  {u"travel_hours"_s, between(0.25, 1.5, 0.25)},
                  {u"emergency"_s, pick(20) == 0},
                  {u"trees"_s, treeList},
                  {u"factors"_s, factors()}};
    if (pick(4) == 0)
        a.insert(u"fixed_costs"_s, QJsonArray{QJsonObject{{u"label"_s, u"Dump fee"_s},
                                                          {u"amount"_s, between(45, 180, 5)}}});
    if (pick(10) == 0)
        a.insert(u"fixed_costs"_s, QJsonArray{QJsonObject{{u"label"_s, u"Tree removal permit"_s},
                                                          {u"amount"_s, 75.0}}});
    return a;
}

storage::AssessmentStatus DemoData::status() {
    const int roll = pick(100);
    if (roll < 20)
        return storage::AssessmentStatus::Draft;
    if (roll < 60)
        return storage::AssessmentStatus::Quoted;
    if (roll < 80)
        return storage::AssessmentStatus::Accepted;
    return storage::AssessmentStatus::Completed;
}

qint64 DemoData::ageSeconds() {
    constexpr qint64 HistorySeconds = 120LL * 24 * 3600;
    // The smaller of two uniform draws leans towards recent work.
    const qint64 a = pick(1'000'000);
    const qint64 b = pick(1'000'000);
    return std::min(a, b) * HistorySeconds / 1'000'000;
}

QList<QJsonObject> DemoData::generate(int count) {
    QList<QJsonObject> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(next());
    return out;
}

} // namespace treeops::assessments

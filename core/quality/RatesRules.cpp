#include "i18n/Translate.h"
#include "quality/ReferenceQueries.h"
#include "quality/RuleGroups.h"
#include "quality/SqlRule.h"

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

const QString Dataset = u"rates"_s;
constexpr double LowestEquipmentHourly = 10;
constexpr double HighestEquipmentHourly = 1000;

// Each machine's hourly cost by the USACE method at the lowest severity, as quotes use it:
// a purchase price or life entered wrongly shows as a cost no machine has.
class EquipmentHourlyRule final : public Rule {
public:
    EquipmentHourlyRule()
        : m_definition(defineRule(
              u"rates.equipment_hourly"_s,
              translate("QualityRules", "Equipment hourly cost within $10–$1,000"),
              translate("QualityRules",
                        "Every machine's hourly cost (ownership and operating, by the USACE "
                        "method) in the active rates is between $10 and $1,000."),
              Dimension::Validity, Severity::High, Dataset)) {}

    const RuleDefinition& definition() const override { return m_definition; }

    CheckOutcome check(RuleContext& context) const override {
        CheckOutcome outcome;
        const auto version = activeRatesVersion(context.sql);
        if (!version)
            return outcome;
        const auto data = ratesVersion(context.sql, *version);
        if (!data)
            return outcome;
        const scoring::Rates rates(*data);
        for (int i = 0; i < int(data->equipment.size()); ++i) {
            const double hourly = rates.equipmentHourly(i, 1.0).hourly;
            outcome.count(hourly < LowestEquipmentHourly || hourly > HighestEquipmentHourly,
                          data->equipment[i].code, context.sampleLimit);
        }
        return outcome;
    }

private:
    RuleDefinition m_definition;
};

RulePtr minimumWage() {
    return std::make_shared<SqlRule>(
        defineRule(u"rates.minimum_wage"_s,
                   translate("QualityRules", "Wages at or above each state's minimum"),
                   translate("QualityRules",
                             "Every position's hourly wage in the active rates is at least the "
                             "minimum wage of every state the rates cover."),
                   Dimension::Validity, Severity::High, Dataset),
        u"SELECT s.state || ' ' || p.position AS key, CASE WHEN p.hourly_wage IS NULL "
        "OR s.min_wage IS NULL OR p.hourly_wage < s.min_wage THEN 1 ELSE 0 END AS failing "
        "FROM ({rates_states}) s JOIN ({rates_positions}) p ON p.version = s.version "
        "WHERE s.rates_active = 1"_s);
}

RulePtr serviceRanges() {
    return std::make_shared<SqlRule>(
        defineRule(u"rates.service_ranges"_s,
                   translate("QualityRules", "Service margins and hourly ranges make sense"),
                   translate("QualityRules",
                             "For every service in the active rates the margin is from 0 to "
                             "0.95 and the competitive hourly range runs from low to a higher "
                             "high."),
                   Dimension::Validity, Severity::High, Dataset),
        u"SELECT s.service AS key, CASE WHEN s.margin IS NULL OR s.margin < 0 "
        "OR s.margin > 0.95 OR s.low IS NULL OR s.high IS NULL OR s.low < 0 "
        "OR s.high <= s.low THEN 1 ELSE 0 END AS failing "
        "FROM ({rates_services}) s WHERE s.rates_active = 1"_s);
}

// The states are found by skipping through the state indexes of both stores, one lookup per
// state, rather than by reading every assessment's entry: 3-6 ms instead of 250-380 ms for a
// million assessments on PostgreSQL, and under 10 ms instead of 240 ms on SQLite (in `psql` and
// the `sqlite3` shell). A state is never NULL in either store.
RulePtr assessmentStatesPriced() {
    return std::make_shared<SqlRule>(
        defineRule(u"rates.assessment_states"_s,
                   translate("QualityRules", "Every assessed state has rates"),
                   translate("QualityRules",
                             "Every state an assessment is in is one of the states of the "
                             "active rates, so it can be priced again."),
                   Dimension::Referential, Severity::Critical, Dataset),
        u"WITH RECURSIVE assessed(state) AS (SELECT min(state) FROM assessments UNION ALL "
        "SELECT (SELECT min(n.state) FROM assessments n WHERE n.state > assessed.state) "
        "FROM assessed WHERE assessed.state IS NOT NULL), s AS ({rates_states}) "
        "SELECT a.state AS key, CASE WHEN NOT EXISTS (SELECT 1 FROM s WHERE s.rates_active = 1 "
        "AND s.state = a.state) THEN 1 ELSE 0 END AS failing "
        "FROM assessed a WHERE a.state IS NOT NULL"_s);
}

} // namespace

RuleList ratesRules() {
    return {std::make_shared<EquipmentHourlyRule>(), minimumWage(), serviceRanges(),
            assessmentStatesPriced()};
}

} // namespace treeops::quality

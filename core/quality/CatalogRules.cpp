#include "i18n/Translate.h"
#include "quality/RuleGroups.h"
#include "quality/SqlRule.h"

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

const QString Dataset = u"catalog"_s;

// Every code in the active catalog: factors and their modifiers.
const QString ActiveCodes =
    u"SELECT f.code AS code FROM ({catalog_factors}) f "
    "WHERE f.catalog_active = 1 UNION ALL "
    "SELECT m.code FROM ({catalog_modifiers}) m WHERE m.catalog_active = 1"_s;

RulePtr activeFactorCount() {
    return std::make_shared<SqlRule>(
        defineRule(
            u"catalog.active_factors"_s, translate("QualityRules", "At least 340 active factors"),
            translate("QualityRules", "The active AFISS catalog holds at least 340 active factors "
                                      "(modifiers not counted)."),
            Dimension::Completeness, Severity::Critical, Dataset),
        u"SELECT f.version AS key, CASE WHEN sum(f.active) < 340 THEN 1 ELSE 0 END AS failing "
        "FROM ({catalog_factors}) f WHERE f.catalog_active = 1 GROUP BY f.version"_s);
}

RulePtr domainCoverage() {
    return std::make_shared<SqlRule>(
        defineRule(u"catalog.domain_factors"_s,
                   translate("QualityRules", "Every domain has at least 20 factors"),
                   translate("QualityRules",
                             "Each AFISS domain of the active catalog has at least 20 active "
                             "factors."),
                   Dimension::Completeness, Severity::High, Dataset),
        u"WITH f AS ({catalog_factors}), d AS ({catalog_domains}) "
        "SELECT d.domain AS key, CASE WHEN (SELECT count(*) FROM f WHERE f.catalog_active = 1 "
        "AND f.active = 1 AND f.domain = d.domain) < 20 THEN 1 ELSE 0 END AS failing "
        "FROM d WHERE d.catalog_active = 1"_s);
}

RulePtr weightsSum() {
    return std::make_shared<SqlRule>(
        defineRule(u"catalog.weights_sum"_s, translate("QualityRules", "Domain weights sum to 1"),
                   translate("QualityRules",
                             "The weights of the five domains in the active catalog sum to 1 "
                             "within 0.001, and each is a number."),
                   Dimension::Validity, Severity::Critical, Dataset),
        u"SELECT d.version AS key, CASE WHEN count(d.weight) < count(*) "
        "OR abs(sum(d.weight) - 1) > 0.001 THEN 1 ELSE 0 END AS failing "
        "FROM ({catalog_domains}) d WHERE d.catalog_active = 1 GROUP BY d.version"_s);
}

RulePtr percentRange() {
    return std::make_shared<SqlRule>(
        defineRule(u"catalog.percent_range"_s,
                   translate("QualityRules", "Percentages between 0 and 100"),
                   translate("QualityRules",
                             "Every factor's base percentage and every modifier's percentage in "
                             "the active catalog is a number from 0 to 100."),
                   Dimension::Validity, Severity::Critical, Dataset),
        u"SELECT p.code AS key, CASE WHEN p.pct IS NULL OR p.pct < 0 OR p.pct > 100 "
        "THEN 1 ELSE 0 END AS failing FROM (SELECT f.code AS code, f.base_pct AS pct "
        "FROM ({catalog_factors}) f WHERE f.catalog_active = 1 UNION ALL "
        "SELECT m.code, m.pct FROM ({catalog_modifiers}) m WHERE m.catalog_active = 1) p"_s);
}

RulePtr uniqueCodes() {
    return std::make_shared<SqlRule>(
        defineRule(u"catalog.unique_codes"_s, translate("QualityRules", "Unique codes"),
                   translate("QualityRules",
                             "No factor or modifier code appears twice in the active catalog."),
                   Dimension::Uniqueness, Severity::Critical, Dataset),
        QString(u"SELECT coalesce(c.code, '') AS key, CASE WHEN count(*) > 1 THEN 1 ELSE 0 END "
                "AS failing FROM ("_s +
                ActiveCodes + u") c GROUP BY coalesce(c.code, '')"_s));
}

RulePtr modifiersBelong() {
    return std::make_shared<SqlRule>(
        defineRule(u"catalog.modifier_factors"_s,
                   translate("QualityRules", "Modifiers belong to active factors"),
                   translate("QualityRules",
                             "Every modifier of the active catalog is coded after its own factor "
                             "(factor code, a dot, a number), and that factor is active."),
                   Dimension::Referential, Severity::High, Dataset),
        u"SELECT m.code AS key, CASE WHEN m.code IS NULL OR m.factor_code IS NULL "
        "OR substr(m.code, 1, length(m.factor_code) + 1) <> m.factor_code || '.' "
        "OR m.factor_active = 0 THEN 1 ELSE 0 END AS failing "
        "FROM ({catalog_modifiers}) m WHERE m.catalog_active = 1"_s);
}

RulePtr interactionsReferenceFactors() {
    return std::make_shared<SqlRule>(
        defineRule(u"catalog.interaction_factors"_s,
                   translate("QualityRules", "Interactions name active factors"),
                   translate("QualityRules",
                             "Both factors named by each interaction rule of the active catalog "
                             "exist and are active."),
                   Dimension::Referential, Severity::High, Dataset),
        u"WITH f AS ({catalog_factors}) "
        "SELECT coalesce(i.a, '?') || ' + ' || coalesce(i.b, '?') AS key, "
        "CASE WHEN NOT EXISTS (SELECT 1 FROM f WHERE f.catalog_active = 1 AND f.active = 1 "
        "AND f.code = i.a) OR NOT EXISTS (SELECT 1 FROM f WHERE f.catalog_active = 1 "
        "AND f.active = 1 AND f.code = i.b) THEN 1 ELSE 0 END AS failing "
        "FROM ({catalog_interactions}) i WHERE i.catalog_active = 1"_s);
}

RulePtr bandsCoverScale() {
    return std::make_shared<SqlRule>(
        defineRule(u"catalog.band_coverage"_s,
                   translate("QualityRules", "Complexity bands cover 0 to 100"),
                   translate("QualityRules",
                             "The complexity bands of the active catalog start at 0, end at 100 "
                             "and follow one another without gaps or overlaps."),
                   Dimension::Consistency, Severity::Critical, Dataset),
        u"SELECT coalesce(b.band, '?') AS key, CASE WHEN b.band_from IS NULL OR b.band_to IS NULL "
        "OR b.band_to <= b.band_from OR (b.previous_to IS NULL AND b.band_from <> 0) "
        "OR (b.previous_to IS NOT NULL AND b.previous_to <> b.band_from) "
        "OR (b.next_from IS NULL AND b.band_to <> 100) THEN 1 ELSE 0 END AS failing "
        "FROM (SELECT x.band, x.band_from, x.band_to, "
        "lag(x.band_to) OVER (ORDER BY x.position) AS previous_to, "
        "lead(x.band_from) OVER (ORDER BY x.position) AS next_from "
        "FROM ({catalog_bands}) x WHERE x.catalog_active = 1) b"_s);
}

} // namespace

RuleList catalogRules() {
    return {activeFactorCount(),
            domainCoverage(),
            weightsSum(),
            percentRange(),
            uniqueCodes(),
            modifiersBelong(),
            interactionsReferenceFactors(),
            bandsCoverScale()};
}

} // namespace treeops::quality

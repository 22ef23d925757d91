#include "i18n/Translate.h"
#include "quality/QuoteRecomputeRule.h"
#include "quality/RuleGroups.h"
#include "quality/ScanRule.h"
#include "quality/SqlRule.h"
#include "scoring/Assessment.h"
#include "scoring/TreeLimits.h"

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

const QString Dataset = u"assessments"_s;

const QString Every = u"1 = 1"_s;
const QString Quoted = u"l.assessment_id IS NOT NULL"_s;

// "column is missing or outside min..max", from the limits assessments are read against.
QString outside(const QString& column, const NumberRule& range) {
    return u"%1 IS NULL OR %1 < %2 OR %1 > %3"_s.arg(column, QString::number(range.min),
                                                     QString::number(range.max));
}

QString treeOutOfRange() {
    using namespace scoring::tree_limits;
    const QString standing = u"(%1 OR %2 OR %3)"_s.arg(
        outside(u"t.height_ft"_s, HeightFt), outside(u"t.canopy_radius_ft"_s, CanopyRadiusFt),
        outside(u"t.dbh_in"_s, DbhIn));
    const QString stump = u"(%1 OR %2 OR %3)"_s.arg(
        outside(u"t.height_above_grade_in"_s, HeightAboveGradeIn),
        outside(u"coalesce(t.grind_depth_in, %1)"_s.arg(scoring::DefaultGrindDepthIn),
                GrindDepthIn),
        outside(u"t.diameter_in"_s, StumpDiameterIn));
    return u"CASE WHEN t.service IN ('removal', 'trimming') THEN %1 "
           "WHEN t.service = 'stump_grinding' THEN %2 ELSE 1 = 1 END"_s.arg(standing, stump);
}

RulePtr requiredFields() {
    return std::make_shared<ScanRule>(
        defineRule(u"assessments.required_fields"_s,
                   translate("QualityRules", "Required fields complete"),
                   translate("QualityRules",
                             "Every assessment has a customer name, a site address, a state, "
                             "its services and its document."),
                   Dimension::Completeness, Severity::High, Dataset, u"0"_s, u"1%"_s),
        assessmentsWithLatestQuote(), u"a.id"_s, Every,
        // Only a document that starts blank can be blank: PostgreSQL then decompresses the first
        // byte of the others, not the whole document.
        u"coalesce(trim({customer_name}), '') = '' OR trim(a.address) = '' OR trim(a.state) = '' "
        "OR trim(a.services) = '' OR CASE WHEN substr(a.input_json, 1, 1) IN ('', ' ') "
        "THEN trim(a.input_json) = '' ELSE false END"_s);
}

// Apart from the shared pass, which has no use for the customers' rows on PostgreSQL (see
// {customer_name}). The join reads an index of the assessments, not their rows.
RulePtr customerOnRecord() {
    return std::make_shared<SqlRule>(
        defineRule(u"assessments.customer_on_record"_s,
                   translate("QualityRules", "Customers on record"),
                   translate("QualityRules",
                             "Every assessment's customer is one of the customers the store "
                             "keeps, so the quote can be sent to somebody."),
                   Dimension::Referential, Severity::High, Dataset),
        u"SELECT a.id AS key, CASE WHEN c.id IS NULL THEN 1 ELSE 0 END AS failing "
        "FROM assessments a LEFT JOIN customers c ON c.id = a.customer_id"_s);
}

// The assessments with trees are counted by their first tree, as a document's trees are
// numbered from 0 (see the stores' migrations), and those with a tree out of range are found
// apart. For the 2.9 million trees of a million assessments: 1.0-1.1 s on PostgreSQL, where
// grouping every tree took 2.4-2.7 s (counting the assessments by grouping their trees took
// 1.9 s in `psql`), and 1.4 s on SQLite, where walking the trees in key order and grouping them
// as they came took 1.5-2.0 s, in first runs.
const SqlCheck Trees = SqlCheck::counted(
    u"SELECT count(*) FROM assessment_trees WHERE position = 0"_s,
    u"SELECT DISTINCT t.assessment_id AS key FROM ({assessment_trees}) t WHERE %1"_s.arg(
        treeOutOfRange()));

RulePtr treeMeasurements() {
    return std::make_shared<SqlRule>(
        defineRule(u"assessments.tree_measurements"_s,
                   translate("QualityRules", "Tree measurements within range"),
                   translate("QualityRules",
                             "Every tree's measurements are within the ranges the scoring "
                             "specification allows for its service (height 5–200 ft, canopy "
                             "radius 1–100 ft, DBH 1–120 in; stumps 0–48 in above grade, grind "
                             "depth 4–24 in, diameter 4–120 in)."),
                   Dimension::Validity, Severity::High, Dataset, u"0"_s, u"1%"_s),
        Trees);
}

// Pinned to the catalog of the latest quote, or the active one. An assessment without factors
// is examined too. The codes are looked up with NOT IN, which both dialects answer from one
// hash or index of the codes built once; as a join, PostgreSQL, unable to estimate how many
// codes a catalog document holds, scanned every code for every factor (over 30 s for a million
// assessments, against 4.6 s).
const QString Codes = u"codes AS (SELECT f.version, f.code FROM ({catalog_factors}) f "
                      "WHERE f.active = 1 AND f.code IS NOT NULL)"_s;
const QString FactorNotInPinned = u"af.code IS NOT NULL AND (%1 IS NULL "
                                  "OR (%1, af.code) NOT IN (SELECT version, code FROM codes))"_s;
const QString ActiveCatalog = u"(SELECT version FROM catalog_versions WHERE active = {true})"_s;

// A column of the latest quote of `assessment` (an SQL expression), found in the quotes_latest
// index.
QString latestQuoteOf(const QString& assessment, const QString& column) {
    return u"(SELECT newest.%1 FROM quotes newest WHERE newest.assessment_id = %2 "
           "ORDER BY newest.id DESC LIMIT 1)"_s.arg(column, assessment);
}

// A code active in every catalog version is valid whichever one an assessment is pinned to, as
// long as the version pinned is one of them: only the other factors ("unsure") have their
// assessment's pinned catalog looked up, once an assessment. Finding every factor's latest
// quote took 3.0-3.6 s on PostgreSQL and 2.9-3.5 s on SQLite in first runs over a million
// assessments; this takes 1.1-1.2 s and 1.5-1.7 s. Each assessment looked up costs a few µs more,
// so a million of them (catalog versions that share no code) would take about as long as finding
// every latest quote. An assessment without a quote is pinned to no catalog only when none is
// active.
const QString FactorsToLookUp =
    u"WITH %1, everywhere AS (SELECT code FROM codes GROUP BY code "
    "HAVING count(DISTINCT version) = (SELECT count(*) FROM catalog_versions)), "
    "unsure AS MATERIALIZED (SELECT af.assessment_id, af.code FROM ({assessment_factors}) af "
    "WHERE af.code IS NOT NULL AND af.code NOT IN (SELECT code FROM everywhere)), "
    "pinned AS (SELECT u.assessment_id, coalesce(%2, %3) AS version "
    "FROM (SELECT DISTINCT assessment_id FROM unsure) u) "
    "SELECT af.assessment_id AS key FROM unsure af "
    "JOIN pinned p ON p.assessment_id = af.assessment_id WHERE %4 "
    "UNION SELECT af.assessment_id FROM ({assessment_factors}) af "
    "WHERE NOT EXISTS (SELECT 1 FROM catalog_versions WHERE active = {true}) "
    "AND af.code IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.assessment_id = af.assessment_id)"_s.arg(
        Codes, latestQuoteOf(u"u.assessment_id"_s, u"catalog_version"_s), ActiveCatalog,
        FactorNotInPinned.arg(u"p.version"_s));

// PostgreSQL keeps every quote's catalog version one it has published (a foreign key). SQLite
// enforces its foreign keys only on connections that ask, which a script or a hand edit may
// not: there, the assessments whose latest quote names an unpublished catalog fail on any
// factor (0.1 s, from the quotes_latest index alone).
const QString UnpublishedPins =
    u" UNION SELECT q.assessment_id FROM quotes q "
    "WHERE q.catalog_version NOT IN (SELECT version FROM catalog_versions) AND q.id = %1 "
    "AND EXISTS (SELECT 1 FROM ({assessment_factors}) f "
    "WHERE f.assessment_id = q.assessment_id AND f.code IS NOT NULL)"_s.arg(
        latestQuoteOf(u"q.assessment_id"_s, u"id"_s));

// The factors kept of an assessment go with it (see the stores' migrations), so each is of an
// assessment examined.
const QString AllAssessments = u"SELECT count(*) FROM assessments"_s;

RulePtr factorCodes() {
    return std::make_shared<SqlRule>(
        defineRule(u"assessments.factor_codes"_s,
                   translate("QualityRules", "Factor codes valid for the pinned catalog"),
                   translate("QualityRules",
                             "Every AFISS factor an assessment selects is an active factor of the "
                             "catalog version its quote was made with (the active catalog when "
                             "it has no quote)."),
                   Dimension::Referential, Severity::Critical, Dataset),
        SqlCheck::counted(AllAssessments, FactorsToLookUp + UnpublishedPins),
        SqlCheck::counted(AllAssessments, FactorsToLookUp));
}

RulePtr pricePositive() {
    return std::make_shared<ScanRule>(
        defineRule(
            u"assessments.price_positive"_s, translate("QualityRules", "Quoted prices above zero"),
            translate("QualityRules", "Every assessment's latest quote has a price above $0."),
            Dimension::Validity, Severity::Critical, Dataset),
        assessmentsWithLatestQuote(), u"a.id"_s, Quoted, u"l.price IS NULL OR l.price <= 0"_s);
}

RulePtr statusValid() {
    return std::make_shared<ScanRule>(
        defineRule(u"assessments.status_valid"_s,
                   translate("QualityRules", "Statuses reached by valid steps"),
                   translate("QualityRules",
                             "Every status is one of draft, quoted, accepted and completed, and an "
                             "assessment past draft has the quote it was sent with: statuses "
                             "only move on from a priced draft."),
                   Dimension::Consistency, Severity::High, Dataset),
        assessmentsWithLatestQuote(), u"a.id"_s, Every,
        u"a.status NOT IN ('draft', 'quoted', 'accepted', 'completed') "
        "OR (a.status <> 'draft' AND l.assessment_id IS NULL)"_s);
}

// Both stores keep an index of these expressions (assessments_duplicates), which gives the
// assessments in the order of the window without reading the table.
RulePtr noDuplicates() {
    return std::make_shared<SqlRule>(
        defineRule(u"assessments.duplicates"_s,
                   translate("QualityRules", "No duplicate assessments"),
                   translate("QualityRules",
                             "No two assessments share the same customer, site address and day "
                             "of creation."),
                   Dimension::Uniqueness, Severity::Medium, Dataset, u"0"_s, u"1%"_s),
        u"SELECT a.id AS key, CASE WHEN count(*) OVER (PARTITION BY a.customer_id, "
        "lower(trim(a.address)), {created_date}) > 1 THEN 1 ELSE 0 END AS failing "
        "FROM assessments a"_s);
}

RulePtr quoteVersionsExist() {
    return std::make_shared<SqlRule>(
        defineRule(u"quotes.pinned_versions"_s,
                   translate("QualityRules", "Quotes name published reference data"),
                   translate("QualityRules",
                             "Every stored quote names a catalog version and a rates version "
                             "that are published in the store."),
                   Dimension::Referential, Severity::Critical, u"quotes"_s),
        u"SELECT CAST(q.id AS TEXT) AS key, CASE WHEN c.version IS NULL OR r.version IS NULL "
        "THEN 1 ELSE 0 END AS failing FROM quotes q "
        "LEFT JOIN catalog_versions c ON c.version = q.catalog_version "
        "LEFT JOIN rates_versions r ON r.version = q.rates_version"_s);
}

RulePtr summaryMatchesQuote() {
    return std::make_shared<ScanRule>(
        defineRule(u"assessments.summary_matches_quote"_s,
                   translate("QualityRules", "Lists show the latest quote"),
                   translate("QualityRules",
                             "The price and band that lists show for an assessment are those of "
                             "its latest quote."),
                   Dimension::Consistency, Severity::High, Dataset),
        assessmentsWithLatestQuote(), u"a.id"_s, Quoted,
        u"a.price IS NULL OR abs(a.price - l.price) > 0.005 OR coalesce(a.band, '') <> l.band"_s);
}

RulePtr datesInOrder() {
    return std::make_shared<ScanRule>(
        defineRule(u"assessments.dates_in_order"_s, translate("QualityRules", "Dates in order"),
                   translate("QualityRules",
                             "No assessment was updated before it was created, nor created after "
                             "the time of the run."),
                   Dimension::Consistency, Severity::Medium, Dataset),
        assessmentsWithLatestQuote(), u"a.id"_s, Every,
        u"a.updated_at < a.created_at OR a.created_at > {now}"_s);
}

} // namespace

const SharedRows& assessmentsWithLatestQuote() {
    static const SharedRows rows{u"assessments"_s, u"{assessments_latest_quote}"_s};
    return rows;
}

RuleList assessmentRules() {
    return {requiredFields(),
            customerOnRecord(),
            treeMeasurements(),
            factorCodes(),
            std::make_shared<QuoteRecomputeRule>(),
            pricePositive(),
            statusValid(),
            noDuplicates(),
            quoteVersionsExist(),
            summaryMatchesQuote(),
            datesInOrder()};
}

} // namespace treeops::quality

#include "i18n/Translate.h"
#include "quality/RuleGroups.h"
#include "quality/SqlRule.h"
#include "quality/VolumeRule.h"

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

// The active version of `table` is older than `days` days at the run's "now".
RulePtr publishedWithin(const QString& id, const QString& name, const QString& description,
                        const QString& table, int days, const QString& dataset) {
    const QString sqlite =
        u"SELECT v.version AS key, CASE WHEN julianday({now}) - julianday(v.published_at) > %1 "
        "THEN 1 ELSE 0 END AS failing FROM %2 v WHERE v.active = 1"_s.arg(days)
            .arg(table);
    const QString postgres =
        u"SELECT v.version AS key, CASE WHEN {now} - v.published_at > interval '%1 days' "
        "THEN 1 ELSE 0 END AS failing FROM %2 v WHERE v.active"_s.arg(days)
            .arg(table);
    return std::make_shared<SqlRule>(
        defineRule(id, name, description, Dimension::Timeliness, Severity::Medium, dataset), sqlite,
        postgres);
}

RulePtr ratesFresh() {
    return publishedWithin(
        u"timeliness.rates"_s, translate("QualityRules", "Rates updated within 7 days"),
        translate("QualityRules",
                  "The active rates were published in the last 7 days, so quotes use current "
                  "wages, fuel and equipment prices."),
        u"rates_versions"_s, 7, u"rates"_s);
}

RulePtr catalogFresh() {
    return publishedWithin(
        u"timeliness.catalog"_s, translate("QualityRules", "Catalog updated within 30 days"),
        translate("QualityRules", "The active AFISS catalog was published in the last 30 days."),
        u"catalog_versions"_s, 30, u"catalog"_s);
}

// The tables and columns every part of TreeOps reads, in both dialects.
const QList<std::pair<QString, QStringList>> ExpectedColumns{
    {u"catalog_versions"_s,
     {u"version"_s, u"published_at"_s, u"active"_s, u"sha256"_s, u"content"_s}},
    {u"rates_versions"_s,
     {u"version"_s, u"published_at"_s, u"active"_s, u"sha256"_s, u"content"_s}},
    {u"customers"_s, {u"id"_s, u"name"_s, u"phone"_s, u"email"_s}},
    {u"assessments"_s,
     {u"id"_s, u"customer_id"_s, u"address"_s, u"state"_s, u"services"_s, u"tree_count"_s,
      u"status"_s, u"created_at"_s, u"updated_at"_s, u"row_version"_s, u"composite"_s, u"band"_s,
      u"price"_s, u"input_json"_s}},
    {u"quotes"_s,
     {u"id"_s, u"assessment_id"_s, u"catalog_version"_s, u"rates_version"_s, u"created_at"_s,
      u"composite"_s, u"band"_s, u"price"_s, u"total_cost"_s, u"billable_hours"_s,
      u"quote_json"_s}},
    {u"assessment_deletions"_s,
     {u"id"_s, u"assessment"_s, u"deleted_at"_s, u"customer"_s, u"address"_s, u"status"_s,
      u"row_version"_s, u"input_json"_s, u"quote_json"_s}},
    {u"applied_writes"_s,
     {u"idempotency_key"_s, u"assessment_id"_s, u"kind"_s, u"row_version"_s, u"applied_at"_s}},
    {u"assessment_trees"_s,
     {u"assessment_id"_s, u"position"_s, u"service"_s, u"height_ft"_s, u"canopy_radius_ft"_s,
      u"dbh_in"_s, u"height_above_grade_in"_s, u"grind_depth_in"_s, u"diameter_in"_s}},
    {u"assessment_factors"_s, {u"assessment_id"_s, u"position"_s, u"code"_s}},
    {u"quote_revisions"_s,
     {u"assessment_id"_s, u"revision"_s, u"verified_revision"_s, u"verified_engine"_s}},
};

QString expectedColumnRows() {
    QStringList rows;
    for (const auto& [table, columns] : ExpectedColumns)
        for (const QString& column : columns)
            rows << u"SELECT '%1' AS t, '%2' AS c"_s.arg(table, column);
    return rows.join(u" UNION ALL "_s);
}

RulePtr expectedSchema() {
    const QString rows = expectedColumnRows();
    const QString sqlite =
        u"SELECT e.t || '.' || e.c AS key, CASE WHEN NOT EXISTS (SELECT 1 FROM "
        "pragma_table_info(e.t) p WHERE p.name = e.c) THEN 1 ELSE 0 END AS failing "
        "FROM (%1) e"_s.arg(rows);
    const QString postgres =
        u"SELECT e.t || '.' || e.c AS key, CASE WHEN NOT EXISTS (SELECT 1 FROM "
        "information_schema.columns ic WHERE ic.table_schema = current_schema() "
        "AND ic.table_name = e.t AND ic.column_name = e.c) THEN 1 ELSE 0 END AS failing "
        "FROM (%1) e"_s.arg(rows);
    return std::make_shared<SqlRule>(
        defineRule(
            u"schema.expected_columns"_s,
            translate("QualityRules", "Expected tables and columns present"),
            translate("QualityRules", "Every table and column TreeOps reads exists in the store."),
            Dimension::Schema, Severity::Critical, u"store"_s),
        sqlite, postgres);
}

} // namespace

RuleList storeRules() {
    return {ratesFresh(), catalogFresh(), std::make_shared<VolumeRule>(), expectedSchema()};
}

} // namespace treeops::quality

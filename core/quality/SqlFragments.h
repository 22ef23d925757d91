#pragma once

#include "storage/ReadOnlySql.h"

#include <QDateTime>
#include <QString>

namespace treeops::quality {

// Rules are written once, in SQL both dialects understand, over named fragments that hide
// where the dialects differ (reading the JSON documents, booleans, dates). The assessments'
// trees and factors are read from the rows the database keeps of each document
// (assessment_trees, assessment_factors), not from the documents. `renderSql`
// replaces each {name} with the dialect's SQL:
//   {catalog_factors}      version, catalog_active, position, code, domain, base_pct, active
//   {catalog_modifiers}    version, catalog_active, factor_code, factor_active, code, pct
//   {catalog_domains}      version, catalog_active, domain, weight
//   {catalog_interactions} version, catalog_active, a, b, overlap
//   {catalog_bands}        version, catalog_active, position, band, band_from, band_to
//   {rates_states}         version, rates_active, state, min_wage
//   {rates_positions}      version, rates_active, position, hourly_wage
//   {rates_services}       version, rates_active, service, margin, low, high
//   {assessment_trees}     assessment_id, service, height_ft, canopy_radius_ft, dbh_in,
//                          height_above_grade_in, grind_depth_in, diameter_in
//   {assessment_factors}   assessment_id, code
//   {factors_of_a}         code, for the assessment aliased `a` in the query around it
//   {latest_quotes}        assessment_id, catalog_version, rates_version, band, price
//   {assessments_latest_quote}  a FROM-clause item: every assessment `a` with its latest quote
//                          `l` (the columns of {latest_quotes} at least; NULL without a quote)
//   {quoted_assessments_latest_quote}  the same for the assessments with a quote, walked in
//                          the assessments' storage order
//   {customer_name}        the customer name of the assessment aliased `a`: the copy PostgreSQL
//                          keeps in the row, the customer's own on SQLite (NULL when there is
//                          no such customer)
//   {true}                 the dialect's true, to compare boolean columns with
//   {now}                  the run's "now" as a timestamp literal
//   {created_day}          the UTC day of a.created_at, for an assessment aliased `a`, as
//                          ISO 8601 text
//   {created_date}         the same day to group or compare by: a date on PostgreSQL, the
//                          same text on SQLite
// Numbers read from JSON are NULL when the document holds anything other than a number.
QString renderSql(const QString& text, storage::SqlDialect dialect, const QDateTime& now);

// A string literal for either dialect.
QString sqlLiteral(const QString& text);
// A timestamp literal, comparable with the stores' timestamp columns in `dialect`.
QString sqlTimestamp(storage::SqlDialect dialect, const QDateTime& time);

} // namespace treeops::quality

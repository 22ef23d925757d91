#include "quality/SqlFragments.h"

#include <QRegularExpression>

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;
using storage::SqlDialect;

// How a dialect reads a member of a JSON value (`doc` is an SQL expression).
struct JsonAccess {
    SqlDialect dialect;

    QString text(const QString& doc, const QString& key) const {
        return dialect == SqlDialect::Sqlite ? u"json_extract(%1, '$.%2')"_s.arg(doc, key)
                                             : u"(%1 ->> '%2')"_s.arg(doc, key);
    }
    QString number(const QString& doc, const QString& key) const {
        if (dialect == SqlDialect::Sqlite)
            return u"CASE WHEN json_type(%1, '$.%2') IN ('integer', 'real') "
                   "THEN json_extract(%1, '$.%2') END"_s.arg(doc, key);
        return u"CASE WHEN jsonb_typeof(%1 -> '%2') = 'number' THEN (%1 ->> '%2')::float8 END"_s
            .arg(doc, key);
    }
    // 1 or 0; `fallback` when the member is missing.
    QString flag(const QString& doc, const QString& key, bool fallback) const {
        const QString other = fallback ? u"1"_s : u"0"_s;
        if (dialect == SqlDialect::Sqlite)
            return u"coalesce(json_extract(%1, '$.%2'), %3)"_s.arg(doc, key, other);
        return u"coalesce(CASE (%1 ->> '%2') WHEN 'true' THEN 1 WHEN 'false' THEN 0 END, %3)"_s.arg(
            doc, key, other);
    }
    // The member `key` of `doc` when it is of JSON type `type`, otherwise NULL. A path query
    // rather than a type test beside the member itself: PostgreSQL would read (cast) a stored
    // document once for each.
    QString memberOfType(const QString& doc, const QString& key, const QString& type) const {
        return u"jsonb_path_query_first(%1, 'strict $.%2 ? (@.type() == \"%3\")', '{}', true)"_s
            .arg(doc, key, type);
    }
    // A FROM-clause item giving the elements of the array at `path` of `doc` as `alias.value`;
    // position() numbers them from 0.
    QString elements(const QString& doc, const QString& path, const QString& alias) const {
        if (dialect == SqlDialect::Sqlite)
            return u"json_each(%1, '$.%2') %3"_s.arg(doc, path, alias);
        return u"LATERAL (SELECT e.value, e.position - 1 AS position FROM "
               "jsonb_array_elements(%1) WITH ORDINALITY AS e(value, position)) %2"_s.arg(
                   memberOfType(doc, path, u"array"_s), alias);
    }
    QString position(const QString& alias) const {
        return alias + (dialect == SqlDialect::Sqlite ? u".key"_s : u".position"_s);
    }
    // Members of the object at `path` as `alias.key` and `alias.value`.
    QString members(const QString& doc, const QString& path, const QString& alias) const {
        if (dialect == SqlDialect::Sqlite)
            return u"json_each(%1, '$.%2') %3"_s.arg(doc, path, alias);
        return u"LATERAL jsonb_each(%1) %2"_s.arg(memberOfType(doc, path, u"object"_s), alias);
    }
    QString document(const QString& column) const {
        return dialect == SqlDialect::Sqlite ? column : u"%1::jsonb"_s.arg(column);
    }
    QString activeFlag(const QString& column) const {
        return dialect == SqlDialect::Sqlite ? column
                                             : u"CASE WHEN %1 THEN 1 ELSE 0 END"_s.arg(column);
    }
};

QString catalogFactors(const JsonAccess& j) {
    return u"SELECT c.version AS version, %1 AS catalog_active, %7 AS position, "
           "%2 AS code, %3 AS domain, %4 AS base_pct, %5 AS active "
           "FROM catalog_versions c, %6"_s.arg(
               j.activeFlag(u"c.active"_s), j.text(u"f.value"_s, u"code"_s),
               j.text(u"f.value"_s, u"domain"_s), j.number(u"f.value"_s, u"base_pct"_s),
               j.flag(u"f.value"_s, u"active"_s, true),
               j.elements(j.document(u"c.content"_s), u"factors"_s, u"f"_s), j.position(u"f"_s));
}

QString catalogModifiers(const JsonAccess& j) {
    return u"SELECT c.version AS version, %1 AS catalog_active, %2 AS factor_code, "
           "%3 AS factor_active, %4 AS code, %5 AS pct FROM catalog_versions c, %6, %7"_s.arg(
               j.activeFlag(u"c.active"_s), j.text(u"f.value"_s, u"code"_s),
               j.flag(u"f.value"_s, u"active"_s, true), j.text(u"m.value"_s, u"code"_s),
               j.number(u"m.value"_s, u"pct"_s),
               j.elements(j.document(u"c.content"_s), u"factors"_s, u"f"_s),
               j.elements(u"f.value"_s, u"modifiers"_s, u"m"_s));
}

QString catalogArray(const JsonAccess& j, const QString& array, const QString& columns) {
    return u"SELECT c.version AS version, %1 AS catalog_active, %2 AS position, %3 "
           "FROM catalog_versions c, %4"_s.arg(
               j.activeFlag(u"c.active"_s), j.position(u"x"_s), columns,
               j.elements(j.document(u"c.content"_s), array, u"x"_s));
}

QString ratesArray(const JsonAccess& j, const QString& array, const QString& columns) {
    return u"SELECT r.version AS version, %1 AS rates_active, %2 FROM rates_versions r, %3"_s.arg(
        j.activeFlag(u"r.active"_s), columns,
        j.elements(j.document(u"r.content"_s), array, u"x"_s));
}

QString ratesServices(const JsonAccess& j) {
    return u"SELECT r.version AS version, %1 AS rates_active, s.key AS service, %2 AS margin, "
           "%3 AS low, %4 AS high FROM rates_versions r, %5"_s.arg(
               j.activeFlag(u"r.active"_s), j.number(u"s.value"_s, u"margin"_s),
               j.number(u"s.value"_s, u"low"_s), j.number(u"s.value"_s, u"high"_s),
               j.members(j.document(u"r.content"_s), u"services"_s, u"s"_s));
}

// The facts the database keeps of each document (see the stores' migrations), the same
// tables in both dialects.
QString assessmentTrees() {
    return u"SELECT assessment_id, service, height_ft, canopy_radius_ft, dbh_in, "
           "height_above_grade_in, grind_depth_in, diameter_in FROM assessment_trees"_s;
}

QString assessmentFactors() {
    return u"SELECT assessment_id, code FROM assessment_factors"_s;
}

QString factorsOfA() {
    return u"SELECT facts.code FROM assessment_factors facts WHERE facts.assessment_id = a.id"_s;
}

// Both walk the quotes_latest index once, in order, without reading a quote's row: SQLite
// takes the other columns of max()'s row into the group, PostgreSQL keeps each assessment's
// first row in (assessment, newest first) order.
QString latestQuotes(SqlDialect dialect) {
    if (dialect == SqlDialect::Sqlite)
        return u"SELECT assessment_id, catalog_version, rates_version, band, price FROM "
               "(SELECT assessment_id, max(id), catalog_version, rates_version, band, price "
               "FROM quotes GROUP BY assessment_id)"_s;
    return u"SELECT DISTINCT ON (assessment_id) assessment_id, catalog_version, rates_version, "
           "band, price FROM quotes ORDER BY assessment_id, id DESC"_s;
}

// Assessments `a` with their latest quote `l`, joined by `join`. SQLite would build the latest
// quote of every assessment, index them, then probe the index for each assessment; here it
// finds each one's latest quote in the quotes_latest index as it walks the assessments. The
// quote found is a quotes row, so `l` has every column of that table.
QString assessmentsWithLatestQuote(SqlDialect dialect, const QString& join) {
    if (dialect == SqlDialect::Sqlite)
        return u"assessments a %1 quotes l INDEXED BY quotes_latest "
               "ON l.assessment_id = a.id AND l.id = (SELECT max(newest.id) FROM quotes newest "
               "WHERE newest.assessment_id = a.id)"_s.arg(join);
    return u"assessments a %1 (%2) l ON l.assessment_id = a.id"_s.arg(join, latestQuotes(dialect));
}

QString fragment(const QString& name, SqlDialect dialect, const QDateTime& now) {
    const JsonAccess j{dialect};
    if (name == u"catalog_factors"_s)
        return catalogFactors(j);
    if (name == u"catalog_modifiers"_s)
        return catalogModifiers(j);
    if (name == u"catalog_domains"_s)
        return catalogArray(
            j, u"domains"_s,
            u"%1 AS domain, %2 AS weight"_s.arg(j.text(u"x.value"_s, u"domain"_s),
                                                j.number(u"x.value"_s, u"weight"_s)));
    if (name == u"catalog_interactions"_s)
        return catalogArray(j, u"interactions"_s,
                            u"%1 AS a, %2 AS b, %3 AS overlap"_s.arg(
                                j.text(u"x.value"_s, u"a"_s), j.text(u"x.value"_s, u"b"_s),
                                j.number(u"x.value"_s, u"overlap"_s)));
    if (name == u"catalog_bands"_s)
        return catalogArray(j, u"bands"_s,
                            u"%1 AS band, %2 AS band_from, %3 AS band_to"_s.arg(
                                j.text(u"x.value"_s, u"band"_s), j.number(u"x.value"_s, u"from"_s),
                                j.number(u"x.value"_s, u"to"_s)));
    if (name == u"rates_states"_s)
        return ratesArray(
            j, u"states"_s,
            u"%1 AS state, %2 AS min_wage"_s.arg(j.text(u"x.value"_s, u"state"_s),
                                                 j.number(u"x.value"_s, u"min_wage"_s)));
    if (name == u"rates_positions"_s)
        return ratesArray(
            j, u"positions"_s,
            u"%1 AS position, %2 AS hourly_wage"_s.arg(j.text(u"x.value"_s, u"position"_s),
                                                       j.number(u"x.value"_s, u"hourly_wage"_s)));
    if (name == u"rates_services"_s)
        return ratesServices(j);
    if (name == u"assessment_trees"_s)
        return assessmentTrees();
    if (name == u"assessment_factors"_s)
        return assessmentFactors();
    if (name == u"factors_of_a"_s)
        return factorsOfA();
    if (name == u"latest_quotes"_s)
        return latestQuotes(dialect);
    if (name == u"assessments_latest_quote"_s)
        return assessmentsWithLatestQuote(dialect, u"LEFT JOIN"_s);
    // SQLite never reorders the tables of a CROSS JOIN: the assessments stay the outer loop,
    // walked in storage order. As an inner join it would walk the quotes and look up each one's
    // assessment instead. PostgreSQL has no CROSS JOIN with ON.
    if (name == u"quoted_assessments_latest_quote"_s)
        return assessmentsWithLatestQuote(dialect, dialect == SqlDialect::Sqlite ? u"CROSS JOIN"_s
                                                                                 : u"JOIN"_s);
    // PostgreSQL keeps the name in the assessment's row, so that lists sort by it: looking up a
    // million assessments' customers took 1.1-1.4 s of the 5.8-6.4 s of a first run's quote
    // query, which holds the shared pass (in `psql`). SQLite keeps it only in the customer's row.
    if (name == u"customer_name"_s)
        return dialect == SqlDialect::Sqlite
                   ? u"(SELECT c.name FROM customers c WHERE c.id = a.customer_id)"_s
                   : u"a.customer_name"_s;
    if (name == u"true"_s)
        return dialect == SqlDialect::Sqlite ? u"1"_s : u"true"_s;
    if (name == u"now"_s)
        return sqlTimestamp(dialect, now);
    if (name == u"created_day"_s)
        return dialect == SqlDialect::Sqlite
                   ? u"substr(a.created_at, 1, 10)"_s
                   : u"to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')"_s;
    // The duplicate check's query took PostgreSQL 4.1 s formatting a million days as text to
    // group them by, 2.0 s grouping them as dates (in `psql`).
    if (name == u"created_date"_s)
        return dialect == SqlDialect::Sqlite ? u"substr(a.created_at, 1, 10)"_s
                                             : u"(a.created_at AT TIME ZONE 'UTC')::date"_s;
    return {};
}

} // namespace

QString sqlLiteral(const QString& text) {
    QString quoted = text;
    quoted.replace(u'\'', u"''"_s);
    return u'\'' + quoted + u'\'';
}

QString sqlTimestamp(SqlDialect dialect, const QDateTime& time) {
    const QString literal = sqlLiteral(time.toUTC().toString(Qt::ISODateWithMs));
    return dialect == SqlDialect::Sqlite ? literal : literal + u"::timestamptz"_s;
}

QString renderSql(const QString& text, SqlDialect dialect, const QDateTime& now) {
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    QString out;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString sql = fragment(match.captured(1), dialect, now);
        if (sql.isNull())
            continue; // not one of ours: left as written
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += sql;
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace treeops::quality

#include "storage/postgres/PostgresListQuery.h"

#include "storage/postgres/PostgresCopy.h"

#include <QDateTime>
#include <cstdio>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

std::string str(const QString& s) {
    return s.toStdString();
}

// SQLite's LIKE folds ASCII letters only; so does lower() on our COLLATE "C" columns.
QString asciiLower(const QString& s) {
    QString out = s;
    for (QChar& c : out)
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    return out;
}

QString likePattern(const QString& text) {
    QString escaped = asciiLower(text);
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// What each order sorts by. Each is served by an index ending in id, the tie-breaker
// (migrations 1 and 8).
std::string sortColumn(AssessmentSort sort) {
    switch (sort) {
    case AssessmentSort::Updated:
        return "a.updated_at";
    case AssessmentSort::Created:
        return "a.created_at";
    case AssessmentSort::Customer:
        return "lower(a.customer_name)";
    case AssessmentSort::Address:
        return "lower(a.address)";
    case AssessmentSort::State:
        return "a.state";
    case AssessmentSort::Status:
        return "a.status";
    case AssessmentSort::Price:
        return "a.price";
    case AssessmentSort::Trees:
        return "a.tree_count";
    case AssessmentSort::Composite:
        return "a.composite";
    }
    return "a.updated_at";
}

// Nullable columns put NULL first when ascending, as SQLite does.
std::string orderBy(AssessmentSort sort, bool descending) {
    const std::string dir = descending ? " DESC" : " ASC";
    const bool nullable = sort == AssessmentSort::Price || sort == AssessmentSort::Composite;
    const std::string nulls = !nullable ? "" : descending ? " NULLS LAST" : " NULLS FIRST";
    return sortColumn(sort) + dir + nulls + ", a.id" + dir;
}

// Adds `value` to the statement's parameters and gives its placeholder ($1, $2…).
std::string parameter(PostgresListQuery& q, const std::string& value) {
    q.values.push_back(value);
    // Not "$" + std::to_string(): GCC 12 at -O3 warns falsely (-Wrestrict) on that concat.
    char placeholder[24];
    std::snprintf(placeholder, sizeof placeholder, "$%zu", q.values.size());
    return placeholder;
}

// Appends the WHERE clause of the filter to `out`.
void where(PostgresListQuery& out, const AssessmentFilter& f) {
    std::vector<std::string> clauses;
    if (!f.search.trimmed().isEmpty()) {
        // The joined text is what the trigram index of migration 9 holds (the expression must stay
        // the same); the fields decide, so a match across two of them is not one.
        const std::string p = parameter(out, str(likePattern(f.search.trimmed()))) + " ESCAPE '\\'";
        clauses.push_back(
            "(lower(a.id) || ' ' || lower(a.customer_name) || ' ' || lower(a.address)) LIKE " + p);
        clauses.push_back("(lower(a.id) LIKE " + p + " OR lower(a.customer_name) LIKE " + p +
                          " OR lower(a.address) LIKE " + p + ")");
    }
    if (f.status)
        clauses.push_back("a.status = " + parameter(out, str(statusKey(*f.status))));
    if (!f.state.isEmpty())
        clauses.push_back("a.state = " + parameter(out, str(f.state)));
    if (f.updatedFrom)
        clauses.push_back(
            "a.updated_at >= " +
            parameter(out, isoTimestamp(QDateTime(*f.updatedFrom, QTime(0, 0), Qt::UTC))) +
            "::timestamptz");
    if (f.updatedTo)
        clauses.push_back(
            "a.updated_at < " +
            parameter(out, isoTimestamp(QDateTime(f.updatedTo->addDays(1), QTime(0, 0), Qt::UTC))) +
            "::timestamptz");
    for (std::size_t i = 0; i < clauses.size(); ++i)
        out.sql += (i == 0 ? " WHERE " : " AND ") + clauses[i];
}

// What a list reads, as `a`: the store's rows, or with the archive's too as one (PostgreSQL
// flattens the union, so each side keeps its filters and indexes).
std::string listSource(const AssessmentFilter& f) {
    if (!f.includeArchived)
        return "assessments a";
    const std::string columns = "id, customer_name, address, state, services, tree_count, status, "
                                "created_at, updated_at, row_version, composite, band, price";
    return "(SELECT " + columns + ", false AS archived FROM assessments UNION ALL SELECT " +
           columns + ", true FROM archive.assessments) a";
}

std::string archivedColumn(const AssessmentFilter& f) {
    return f.includeArchived ? "a.archived" : "false";
}

} // namespace

PostgresListQuery listQuery(const std::string& columns, const AssessmentFilter& f) {
    PostgresListQuery q;
    q.sql = "SELECT " + columns + ", " + archivedColumn(f) + " FROM " + listSource(f);
    where(q, f);
    q.sql += " ORDER BY " + orderBy(f.sort, f.descending);
    q.sql += " LIMIT " + parameter(q, std::to_string(f.limit)) + "::bigint";
    q.sql += " OFFSET " + parameter(q, std::to_string(f.offset)) + "::bigint";
    return q;
}

PostgresListQuery countQuery(const AssessmentFilter& f) {
    PostgresListQuery q;
    q.sql = "SELECT count(*) FROM " + listSource(f);
    where(q, f);
    return q;
}

} // namespace treeops::storage

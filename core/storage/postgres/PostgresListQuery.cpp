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

// Each order is served by an index ending in id (see the migration); nullable columns put NULL
// first when ascending, as SQLite does.
std::string orderBy(AssessmentSort sort, bool descending) {
    const std::string dir = descending ? " DESC" : " ASC";
    const std::string nulls = descending ? " NULLS LAST" : " NULLS FIRST";
    switch (sort) {
    case AssessmentSort::Updated:
        return "a.updated_at" + dir + ", a.id" + dir;
    case AssessmentSort::Created:
        return "a.created_at" + dir + ", a.id" + dir;
    case AssessmentSort::Customer:
        return "lower(a.customer_name)" + dir + ", a.id" + dir;
    case AssessmentSort::Address:
        return "lower(a.address)" + dir + ", a.id" + dir;
    case AssessmentSort::State:
        return "a.state" + dir + ", a.id" + dir;
    case AssessmentSort::Status:
        return "a.status" + dir + ", a.id" + dir;
    case AssessmentSort::Price:
        return "a.price" + dir + nulls + ", a.id" + dir;
    case AssessmentSort::Trees:
        return "a.tree_count" + dir + ", a.id" + dir;
    case AssessmentSort::Composite:
        return "a.composite" + dir + nulls + ", a.id" + dir;
    }
    return "a.updated_at" + dir + ", a.id" + dir;
}

struct Statement {
    std::string sql;
    std::vector<std::string> values;

    std::string next(const std::string& value) {
        values.push_back(value);
        // Not "$" + std::to_string(): GCC 12 at -O3 warns falsely (-Wrestrict) on that concat.
        char placeholder[24];
        std::snprintf(placeholder, sizeof placeholder, "$%zu", values.size());
        return placeholder;
    }
};

// Appends the WHERE clause of the filter to `out`.
void where(Statement& out, const AssessmentFilter& f) {
    std::vector<std::string> clauses;
    if (!f.search.trimmed().isEmpty()) {
        // The joined text is what the trigram index of migration 9 holds (the expression must stay
        // the same); the fields decide, so a match across two of them is not one.
        const std::string p = out.next(str(likePattern(f.search.trimmed()))) + " ESCAPE '\\'";
        clauses.push_back(
            "(lower(a.id) || ' ' || lower(a.customer_name) || ' ' || lower(a.address)) LIKE " + p);
        clauses.push_back("(lower(a.id) LIKE " + p + " OR lower(a.customer_name) LIKE " + p +
                          " OR lower(a.address) LIKE " + p + ")");
    }
    if (f.status)
        clauses.push_back("a.status = " + out.next(str(statusKey(*f.status))));
    if (!f.state.isEmpty())
        clauses.push_back("a.state = " + out.next(str(f.state)));
    if (f.updatedFrom)
        clauses.push_back("a.updated_at >= " +
                          out.next(isoTimestamp(QDateTime(*f.updatedFrom, QTime(0, 0), Qt::UTC))) +
                          "::timestamptz");
    if (f.updatedTo)
        clauses.push_back(
            "a.updated_at < " +
            out.next(isoTimestamp(QDateTime(f.updatedTo->addDays(1), QTime(0, 0), Qt::UTC))) +
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
    Statement s;
    s.sql = "SELECT " + columns + ", " + archivedColumn(f) + " FROM " + listSource(f);
    where(s, f);
    s.sql += " ORDER BY " + orderBy(f.sort, f.descending);
    s.sql += " LIMIT " + s.next(std::to_string(f.limit)) + "::bigint";
    s.sql += " OFFSET " + s.next(std::to_string(f.offset)) + "::bigint";
    return {std::move(s.sql), std::move(s.values)};
}

PostgresListQuery countQuery(const AssessmentFilter& f) {
    Statement s;
    s.sql = "SELECT count(*) FROM " + listSource(f);
    where(s, f);
    return {std::move(s.sql), std::move(s.values)};
}

} // namespace treeops::storage

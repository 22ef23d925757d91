#include "quality/SqlRule.h"

#include "i18n/Translate.h"
#include "quality/SqlFragments.h"
#include "storage/StoreError.h"

#include <QRegularExpression>

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

// Trailing semicolons and blanks would end the statement inside the wrapping query.
QString withoutTerminator(QString sql) {
    while (!sql.isEmpty() && (sql.back().isSpace() || sql.back() == u';'))
        sql.chop(1);
    return sql;
}

// The wrapping query would turn anything else into a syntax error; say what is wrong instead.
void requireQuery(const QString& sql) {
    static const QRegularExpression query(u"^\\s*(\\(\\s*)*(SELECT|WITH|VALUES)\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (!query.match(sql).hasMatch())
        throw storage::StoreError(storage::StoreError::Kind::InvalidInput,
                                  translate("Quality", "a quality check is a query: it starts "
                                                       "with SELECT or WITH and only reads data"));
}

} // namespace

SqlCheck::SqlCheck(QString rows)
    : m_rows(withoutTerminator(std::move(rows))) {}

SqlCheck SqlCheck::counted(QString examined, QString failingKeys) {
    SqlCheck check;
    check.m_examined = std::move(examined);
    check.m_failingKeys = std::move(failingKeys);
    check.m_counted = true;
    return check;
}

// One statement, so that both counts are of the same data.
QString SqlCheck::counting() const {
    if (!m_counted)
        return u"SELECT count(*), coalesce(sum(failing), 0) FROM (\n%1\n) checked"_s.arg(m_rows);
    return u"SELECT (%1), (SELECT count(*) FROM (\n%2\n) failing)"_s.arg(m_examined, m_failingKeys);
}

QString SqlCheck::sampling(int limit) const {
    const QString order = u" ORDER BY key LIMIT "_s + QString::number(limit);
    if (!m_counted)
        return u"SELECT key FROM (\n%1\n) checked WHERE failing = 1"_s.arg(m_rows) + order;
    return u"SELECT key FROM (\n%1\n) failing"_s.arg(m_failingKeys) + order;
}

SqlRule::SqlRule(RuleDefinition definition, const SqlCheck& both)
    : SqlRule(std::move(definition), both, both) {}

SqlRule::SqlRule(RuleDefinition definition, SqlCheck sqlite, SqlCheck postgres)
    : m_definition(std::move(definition))
    , m_sqlite(std::move(sqlite))
    , m_postgres(std::move(postgres)) {}

const SqlCheck& SqlRule::sqlCheck(storage::SqlDialect dialect) const {
    return dialect == storage::SqlDialect::Sqlite ? m_sqlite : m_postgres;
}

CheckOutcome SqlRule::check(RuleContext& context) const {
    const storage::SqlDialect dialect = context.sql.dialect();
    const SqlCheck& sql = sqlCheck(dialect);
    if (!sql.isCounted())
        requireQuery(sql.rows());
    const auto read = [&](const QString& text, const storage::ReadOnlySql::RowHandler& row) {
        context.sql.queryFew(renderSql(text, dialect, context.now), row);
    };
    CheckOutcome outcome;
    bool counted = false;
    read(sql.counting(), [&](const QStringList& columns) {
        bool examinedOk = false;
        bool failingOk = false;
        outcome.examined = columns.value(0).toLongLong(&examinedOk);
        outcome.failing = qRound64(columns.value(1).toDouble(&failingOk));
        counted = examinedOk && failingOk;
        return false;
    });
    if (!counted)
        throw storage::StoreError(
            storage::StoreError::Kind::InvalidInput,
            translate("Quality", "the rule's query must give a number in its \"failing\" column"));
    if (outcome.failing == 0 || context.sampleLimit <= 0)
        return outcome;
    read(sql.sampling(context.sampleLimit), [&](const QStringList& columns) {
        outcome.sampleKeys << columns.value(0);
        return true;
    });
    return outcome;
}

} // namespace treeops::quality

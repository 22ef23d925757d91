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

SqlRule::SqlRule(RuleDefinition definition, QString sql)
    : SqlRule(std::move(definition), sql, sql) {}

SqlRule::SqlRule(RuleDefinition definition, QString sqliteSql, QString postgresSql)
    : m_definition(std::move(definition))
    , m_sqlite(withoutTerminator(std::move(sqliteSql)))
    , m_postgres(withoutTerminator(std::move(postgresSql))) {}

const QString& SqlRule::sql(storage::SqlDialect dialect) const {
    return dialect == storage::SqlDialect::Sqlite ? m_sqlite : m_postgres;
}

CheckOutcome SqlRule::check(RuleContext& context) const {
    requireQuery(sql(context.sql.dialect()));
    const QString rows = renderSql(sql(context.sql.dialect()), context.sql.dialect(), context.now);
    CheckOutcome outcome;
    bool counted = false;
    context.sql.queryFew(
        u"SELECT count(*), coalesce(sum(failing), 0) FROM (\n%1\n) checked"_s.arg(rows),
        [&](const QStringList& columns) {
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
    context.sql.queryFew(u"SELECT key FROM (\n"_s + rows +
                             u"\n) checked WHERE failing = 1 ORDER BY key LIMIT "_s +
                             QString::number(context.sampleLimit),
                         [&](const QStringList& columns) {
                             outcome.sampleKeys << columns.value(0);
                             return true;
                         });
    return outcome;
}

} // namespace treeops::quality

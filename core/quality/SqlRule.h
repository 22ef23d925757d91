#pragma once

#include "quality/Rule.h"

namespace treeops::quality {

// A rule checked entirely in the database. Its SQL selects one row per row examined, with two
// columns: `key` (what a data engineer looks up: an assessment id, a factor code…) and
// `failing` (1 or 0). The run counts both in the database and fetches the first failing keys.
// The SQL may use the fragments of SqlFragments.h; a dialect-specific text can be given
// where the two differ beyond them.
class SqlRule final : public Rule {
public:
    SqlRule(RuleDefinition definition, QString sql);
    SqlRule(RuleDefinition definition, QString sqliteSql, QString postgresSql);

    const RuleDefinition& definition() const override { return m_definition; }
    CheckOutcome check(RuleContext& context) const override;
    const QString& sql(storage::SqlDialect dialect) const;

private:
    RuleDefinition m_definition;
    QString m_sqlite;
    QString m_postgres;
};

} // namespace treeops::quality

#pragma once

#include "quality/Rule.h"

namespace treeops::quality {

// How one dialect checks a SqlRule, in SQL that may use the fragments of SqlFragments.h.
class SqlCheck {
public:
    // One row per row examined, with two columns: `key` (what a data engineer looks up: an
    // assessment id, a factor code…) and `failing` (1 or 0). The run counts both in the
    // database and fetches the first failing keys.
    SqlCheck(QString rows); // NOLINT(google-explicit-constructor): most checks are their rows
    // A query giving the number of rows examined, and one giving the key of each failing row
    // once: for a check that finds its few failing rows without a row for each one examined.
    static SqlCheck counted(QString examined, QString failingKeys);

    // One row: the rows examined, then the failing ones.
    QString counting() const;
    // The first `limit` failing keys, in order.
    QString sampling(int limit) const;
    bool isCounted() const { return m_counted; }
    // The rows of a check written as rows; empty for a counted one.
    const QString& rows() const { return m_rows; }

private:
    SqlCheck() = default;

    QString m_rows;
    QString m_examined;
    QString m_failingKeys;
    bool m_counted = false;
};

// A rule checked entirely in the database, as rows (see SqlCheck) in both dialects or as a
// check of its own for each where the two differ beyond the fragments.
class SqlRule final : public Rule {
public:
    SqlRule(RuleDefinition definition, const SqlCheck& both);
    SqlRule(RuleDefinition definition, SqlCheck sqlite, SqlCheck postgres);

    const RuleDefinition& definition() const override { return m_definition; }
    CheckOutcome check(RuleContext& context) const override;
    const SqlCheck& sqlCheck(storage::SqlDialect dialect) const;

private:
    RuleDefinition m_definition;
    SqlCheck m_sqlite;
    SqlCheck m_postgres;
};

} // namespace treeops::quality

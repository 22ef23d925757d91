#pragma once

#include "quality/Rule.h"

#include <QByteArrayView>
#include <set>
#include <vector>

namespace treeops::quality {

// Rows that several rules examine, by name: reading them once for all of a run's rules that
// share them costs one pass instead of one per rule (a million assessments with their latest
// quotes is seconds of reading each time).
struct SharedRows {
    QString name;
    QString from; // an SQL FROM clause, fragments of SqlFragments.h allowed
};

// A rule checked in the database over shared rows: of the rows `examined` selects, those that
// `failing` selects fail, and `key` names each (both conditions are SQL over the FROM clause's
// aliases; a condition that is NULL is false). Checked alone, it reads the rows for itself; the
// runner checks the rules of a run that share rows in one pass with checkInOnePass.
class ScanRule final : public Rule {
public:
    ScanRule(RuleDefinition definition, SharedRows rows, QString key, QString examined,
             QString failing);

    const RuleDefinition& definition() const override { return m_definition; }
    CheckOutcome check(RuleContext& context) const override;

    const SharedRows& rows() const { return m_rows; }

private:
    friend std::vector<CheckOutcome> checkInOnePass(const std::vector<const ScanRule*>& rules,
                                                    RuleContext& context);
    friend class ScanTally;

    RuleDefinition m_definition;
    SharedRows m_rows;
    QString m_key;
    QString m_examined;
    QString m_failing;
};

// The outcomes of `rules`, which share the same rows, in their order: one query counts them
// all, then one per failing rule fetches its first failing keys.
std::vector<CheckOutcome> checkInOnePass(const std::vector<const ScanRule*>& rules,
                                         RuleContext& context);

// Rules over shared rows checked row by row in a query that another check makes over those
// rows anyway (RowsHost::checkHosting), one column apiece, to the outcomes checkInOnePass gives.
class ScanTally {
public:
    ScanTally(const std::vector<const ScanRule*>& rules, int sampleLimit);

    // A column per rule, SQL over the rows' aliases: NULL where the rule does not examine the
    // row, 'p' where it passes, 'f' and the row's key where it fails.
    QStringList columns() const;
    // One row's values of those columns, in their order.
    void add(const QList<QByteArrayView>& row, qsizetype firstColumn);
    // Each rule's outcome, with the failing keys that come first in byte order (as the
    // database orders keys of the "C" collation, which ids are kept in).
    std::vector<CheckOutcome> outcomes() const;

private:
    struct Tally {
        qint64 examined = 0;
        qint64 failing = 0;
        std::set<QByteArray> firstKeys; // at most sampleLimit
    };

    const std::vector<const ScanRule*> m_rules;
    const std::size_t m_sampleLimit;
    std::vector<Tally> m_tallies;
};

} // namespace treeops::quality

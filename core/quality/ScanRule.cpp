#include "quality/ScanRule.h"

#include "quality/SqlFragments.h"

#include <algorithm>
#include <iterator>

namespace treeops::quality {
namespace {

using namespace Qt::StringLiterals;

QString flag(const QString& condition) {
    return u"CASE WHEN %1 THEN 1 ELSE 0 END"_s.arg(condition);
}

} // namespace

ScanRule::ScanRule(RuleDefinition definition, SharedRows rows, QString key, QString examined,
                   QString failing)
    : m_definition(std::move(definition))
    , m_rows(std::move(rows))
    , m_key(std::move(key))
    , m_examined(std::move(examined))
    , m_failing(std::move(failing)) {}

CheckOutcome ScanRule::check(RuleContext& context) const {
    return checkInOnePass({this}, context).front();
}

std::vector<CheckOutcome> checkInOnePass(const std::vector<const ScanRule*>& rules,
                                         RuleContext& context) {
    const auto render = [&](const QString& sql) {
        return renderSql(sql, context.sql.dialect(), context.now);
    };
    QStringList sums;
    for (const ScanRule* rule : rules) {
        const QString examined = u"(%1)"_s.arg(rule->m_examined);
        sums << u"sum(%1)"_s.arg(flag(examined))
             << u"sum(%1)"_s.arg(flag(u"%1 AND (%2)"_s.arg(examined, rule->m_failing)));
    }
    const QString from = rules.front()->m_rows.from;
    std::vector<CheckOutcome> outcomes(rules.size());
    // Sums of no rows are NULL, read as 0.
    context.sql.queryFew(render(u"SELECT %1 FROM %2"_s.arg(sums.join(u", "_s), from)),
                         [&](const QStringList& columns) {
                             for (std::size_t i = 0; i < rules.size(); ++i) {
                                 outcomes[i].examined = columns.value(int(2 * i)).toLongLong();
                                 outcomes[i].failing = columns.value(int(2 * i + 1)).toLongLong();
                             }
                             return false;
                         });
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const ScanRule& rule = *rules[i];
        if (outcomes[i].failing == 0 || context.sampleLimit <= 0)
            continue;
        context.sql.queryFew(
            render(u"SELECT %1 FROM %2 WHERE (%3) AND (%4) ORDER BY 1 LIMIT %5"_s.arg(
                rule.m_key, from, rule.m_examined, rule.m_failing,
                QString::number(context.sampleLimit))),
            [&](const QStringList& columns) {
                outcomes[i].sampleKeys << columns.value(0);
                return true;
            });
    }
    return outcomes;
}

ScanTally::ScanTally(const std::vector<const ScanRule*>& rules, int sampleLimit)
    : m_rules(rules)
    , m_sampleLimit(std::size_t(std::max(0, sampleLimit)))
    , m_tallies(rules.size()) {}

QStringList ScanTally::columns() const {
    QStringList columns;
    for (const ScanRule* rule : m_rules)
        columns << u"CASE WHEN (%1) THEN CASE WHEN (%2) THEN concat('f', %3) ELSE 'p' END END"_s
                       .arg(rule->m_examined, rule->m_failing, rule->m_key);
    return columns;
}

void ScanTally::add(const QList<QByteArrayView>& row, qsizetype firstColumn) {
    for (std::size_t i = 0; i < m_tallies.size(); ++i) {
        const QByteArrayView value = row.value(firstColumn + qsizetype(i));
        if (value.isNull())
            continue;
        Tally& tally = m_tallies[i];
        ++tally.examined;
        if (value.front() != 'f')
            continue;
        ++tally.failing;
        const QByteArrayView key = value.sliced(1);
        if (tally.firstKeys.size() == m_sampleLimit) {
            if (m_sampleLimit == 0 || key.compare(*tally.firstKeys.rbegin()) >= 0)
                continue;
            tally.firstKeys.erase(std::prev(tally.firstKeys.end()));
        }
        tally.firstKeys.insert(key.toByteArray());
    }
}

std::vector<CheckOutcome> ScanTally::outcomes() const {
    std::vector<CheckOutcome> outcomes;
    for (const Tally& tally : m_tallies) {
        CheckOutcome outcome{tally.examined, tally.failing, {}};
        for (const QByteArray& key : tally.firstKeys)
            outcome.sampleKeys << QString::fromUtf8(key);
        outcomes.push_back(outcome);
    }
    return outcomes;
}

} // namespace treeops::quality

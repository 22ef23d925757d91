#include "quality/QualityRunner.h"

#include "i18n/Translate.h"
#include "quality/BuiltInRules.h"
#include "quality/SqlRule.h"
#include "storage/StoreError.h"

#include <QElapsedTimer>

namespace treeops::quality {

QualityRunner::QualityRunner(storage::ReadOnlySql& sql)
    : m_sql(sql) {}

RunRecord QualityRunner::run(const RuleList& rules, const RunOptions& options,
                             const Progress& progress, const storage::CancelCheck& cancelled) {
    m_cancelled = false;
    m_verified.clear();
    m_sql.setCancelCheck(cancelled);
    RunRecord record;
    record.startedAt = QDateTime::currentDateTimeUtc();
    RuleContext context{m_sql, options.now.isValid() ? options.now : record.startedAt,
                        options.sampleLimit, &m_verified};
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (cancelled && cancelled()) {
            m_cancelled = true;
            break;
        }
        if (progress)
            progress(int(i), int(rules.size()), rules[i]->definition());
        RuleResult result = evaluate(*rules[i], context);
        if (cancelled && cancelled()) {
            m_cancelled = true;
            break;
        }
        record.results << result;
    }
    m_sql.setCancelCheck({});
    record.finishedAt = QDateTime::currentDateTimeUtc();
    return record;
}

RuleResult QualityRunner::evaluate(const Rule& rule, RuleContext& context) {
    RuleResult result;
    result.rule = rule.definition();
    QElapsedTimer timer;
    timer.start();
    try {
        result.outcome = rule.check(context);
        result.status = judge(result.rule, result.outcome);
    } catch (const storage::StoreError& e) {
        result.status = RuleStatus::Error;
        result.message = e.message();
    } catch (const std::exception& e) {
        result.status = RuleStatus::Error;
        result.message = QString::fromUtf8(e.what());
    }
    result.durationMs = timer.elapsed();
    return result;
}

RuleList selectRules(const RuleList& available, const QStringList& ids) {
    if (ids.isEmpty())
        return available;
    RuleList chosen;
    QStringList unknown;
    for (const QString& id : ids) {
        const auto it = std::find_if(available.begin(), available.end(),
                                     [&](const RulePtr& r) { return r->definition().id == id; });
        if (it == available.end())
            unknown << id;
        else
            chosen.push_back(*it);
    }
    if (!unknown.isEmpty())
        throw storage::StoreError(
            storage::StoreError::Kind::InvalidInput,
            translate("Quality", "no such rule: %1 (treeops-cli quality rules lists them)")
                .arg(unknown.join(u", ")));
    return chosen;
}

RuleList allRules(const QList<CustomRule>& custom) {
    RuleList rules = builtInRules();
    for (const CustomRule& rule : custom)
        rules.push_back(std::make_shared<SqlRule>(rule.definition, rule.sql));
    return rules;
}

} // namespace treeops::quality

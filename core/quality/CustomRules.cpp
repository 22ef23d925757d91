#include "quality/CustomRules.h"

#include "i18n/Translate.h"
#include "quality/BuiltInRules.h"
#include "quality/SqlRule.h"
#include "storage/QualityHistory.h"
#include "storage/StoreError.h"

#include <algorithm>

namespace treeops::quality {

CheckOutcome tryCustomRule(const CustomRule& rule, storage::ReadOnlySql& sql, int sampleLimit) {
    const RuleList builtIn = builtInRules();
    if (std::any_of(builtIn.begin(), builtIn.end(),
                    [&](const RulePtr& b) { return b->definition().id == rule.definition.id; }))
        throw storage::StoreError(
            storage::StoreError::Kind::InvalidInput,
            translate("Quality", "%1 is a built-in rule; give the custom rule an id of its own")
                .arg(rule.definition.id));
    RuleContext context{sql, QDateTime::currentDateTimeUtc(), sampleLimit};
    return SqlRule(rule.definition, rule.sql).check(context);
}

int keepCustomRule(const CustomRule& rule, storage::QualityHistory& history,
                   storage::ReadOnlySql& sql) {
    tryCustomRule(rule, sql, 1);
    return history.saveCustomRule(rule);
}

} // namespace treeops::quality

#include "quality/BuiltInRules.h"

#include "quality/RuleGroups.h"

namespace treeops::quality {

RuleDefinition defineRule(const QString& id, const QString& name, const QString& description,
                          Dimension dimension, Severity severity, const QString& dataset,
                          const QString& warn, const QString& fail) {
    RuleDefinition d;
    d.id = id;
    d.name = name;
    d.description = description;
    d.dimension = dimension;
    d.severity = severity;
    d.dataset = dataset;
    d.warn = Threshold::parse(warn).value_or(Threshold{});
    d.fail = Threshold::parse(fail).value_or(Threshold{});
    return d;
}

RuleList builtInRules() {
    RuleList all;
    for (RuleList group : {catalogRules(), ratesRules(), assessmentRules(), storeRules()})
        all.insert(all.end(), group.begin(), group.end());
    return all;
}

} // namespace treeops::quality

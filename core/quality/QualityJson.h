#pragma once

#include "quality/QualityRun.h"

#include "json/Problem.h"
#include <QJsonObject>

namespace treeops::quality {

// A rule's definition as stored and exported: id, name, description, dimension, severity,
// dataset, warn, fail (thresholds as "0" or "1.5%"), version, custom.
QJsonObject ruleToJson(const RuleDefinition& rule);
RuleDefinition ruleFromJson(const QJsonObject& json); // of what ruleToJson wrote

// A custom rule file written by a data engineer: {"id", "name", "description", "dimension",
// "severity", "dataset", "warn", "fail", "sql"}. Every problem is reported with its JSON path.
std::optional<CustomRule> readCustomRule(const QByteArray& json, const QString& source,
                                         Problems& problems);
// The same rule already as an object (the console's form).
std::optional<CustomRule> readCustomRule(const QJsonObject& rule, Problems& problems);

QJsonObject resultToJson(const RuleResult& result);
RuleResult resultFromJson(const QJsonObject& json); // of what resultToJson wrote

// A whole run for reports and `quality run --format json`: when, the score with its counts,
// sub-scores per dimension and per dataset, and every result.
QJsonObject runToJson(const RunRecord& run);

} // namespace treeops::quality

#pragma once

#include "quality/Rule.h"
#include "quality/ScanRule.h"

namespace treeops::quality {

// The built-in rules, by the data they look at.
RuleList catalogRules();
RuleList ratesRules();
RuleList assessmentRules();
RuleList storeRules(); // timeliness, volume and schema

// Every assessment `a` with its latest quote `l`, if any: the rows the assessment rules share,
// which the quote check reads in full in a first run.
const SharedRows& assessmentsWithLatestQuote();

// A built-in rule's definition. Thresholds are failing-row counts or shares ("0", "1%").
RuleDefinition defineRule(const QString& id, const QString& name, const QString& description,
                          Dimension dimension, Severity severity, const QString& dataset,
                          const QString& warn = QStringLiteral("0"),
                          const QString& fail = QStringLiteral("0"));

} // namespace treeops::quality

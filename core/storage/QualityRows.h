#pragma once

#include "quality/QualityRun.h"

#include <QByteArray>

namespace treeops::storage {

// How quality results and custom rules are written into their rows, the same in both stores.
QByteArray resultRow(const quality::RuleResult& result);
quality::RuleResult resultFromRow(const QString& text);
QByteArray definitionRow(const quality::RuleDefinition& rule);
quality::RuleDefinition definitionFromRow(const QString& text);

} // namespace treeops::storage

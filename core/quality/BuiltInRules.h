#pragma once

#include "quality/Rule.h"

namespace treeops::quality {

// Every rule TreeOps ships, in the order reports list them.
RuleList builtInRules();

} // namespace treeops::quality

#pragma once

#include <QString>

namespace treeops::widgets {

// Text reduced for matching what an estimator types: case-folded and without accents, so
// "Cléarance" finds "clearance".
QString searchFold(const QString& text);

} // namespace treeops::widgets

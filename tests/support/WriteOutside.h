#pragma once

#include <QString>

namespace treeops::test {

// Runs `sql` on the store at `storeUrl` (sqlite:// or postgresql://) as a script or a hand edit
// would, past TreeOps: its triggers fire, nothing of TreeOps' own checks does.
void writeOutside(const QString& storeUrl, const QString& sql);

} // namespace treeops::test

#pragma once

#include <QIcon>

namespace treeops::widgets {

// The TreeOps tree, from the resources compiled into the widgets library.
QIcon appIcon();

} // namespace treeops::widgets

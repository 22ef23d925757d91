#pragma once

#include <QColor>
#include <QIcon>

namespace treeops::widgets {

// The status colours every page shares (see ux.md). A colour never stands alone: callers put
// a word beside it.
enum class StatusTone { Ok, Warning, Failure, Error, Inactive, Running };

QColor statusColor(StatusTone tone);
// A filled dot in the tone's colour, for item views and labels.
QIcon statusIcon(StatusTone tone);

} // namespace treeops::widgets

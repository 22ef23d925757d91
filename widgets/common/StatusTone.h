#pragma once

#include <QColor>
#include <QIcon>
#include <QStringView>

namespace treeops::widgets {

// The status colours every page shares (see ux.md). A colour never stands alone: callers put
// a word beside it.
enum class StatusTone { Ok, Warning, Failure, Error, Inactive, Running };

QColor statusColor(StatusTone tone);
// A filled dot in the tone's colour, for item views and labels.
QIcon statusIcon(StatusTone tone);
// The action icon `name` in the tone's colour, for a marker that says more than a dot (e.g.
// the archive box beside "Archived").
QIcon statusIcon(StatusTone tone, QStringView name);

} // namespace treeops::widgets

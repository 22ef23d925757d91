#pragma once

#include <QDateTime>
#include <QString>

namespace treeops::widgets {

// "just now", "5 min ago", "3 h ago", "12 d ago": how long before `now` something happened,
// for tooltips beside absolute timestamps.
QString relativeTime(const QDateTime& then, const QDateTime& now);

} // namespace treeops::widgets

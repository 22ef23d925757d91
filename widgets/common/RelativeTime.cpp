#include "common/RelativeTime.h"

#include <QCoreApplication>

namespace treeops::widgets {

QString relativeTime(const QDateTime& then, const QDateTime& now) {
    constexpr qint64 Minute = 60;
    constexpr qint64 Hour = 60 * Minute;
    constexpr qint64 Day = 24 * Hour;
    const qint64 seconds = then.secsTo(now);
    if (seconds < Minute)
        return QCoreApplication::translate("treeops::widgets::RelativeTime", "just now");
    if (seconds < Hour)
        return QCoreApplication::translate("treeops::widgets::RelativeTime", "%1 min ago")
            .arg(seconds / Minute);
    // Hours up to two days read better than "1 d ago" for yesterday afternoon.
    if (seconds < 2 * Day)
        return QCoreApplication::translate("treeops::widgets::RelativeTime", "%1 h ago")
            .arg(seconds / Hour);
    return QCoreApplication::translate("treeops::widgets::RelativeTime", "%1 d ago")
        .arg(seconds / Day);
}

} // namespace treeops::widgets

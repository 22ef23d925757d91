#include "common/StatusTone.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace treeops::widgets {
namespace {

constexpr int DotSize = 12;

} // namespace

QColor statusColor(StatusTone tone) {
    switch (tone) {
    case StatusTone::Ok:
        return {0x2e, 0x7d, 0x32};
    case StatusTone::Warning:
        return {0xc7, 0x7c, 0x02};
    case StatusTone::Failure:
        return {0xc6, 0x28, 0x28};
    case StatusTone::Error:
        return {0x6a, 0x1b, 0x9a};
    case StatusTone::Inactive:
        return {0x75, 0x75, 0x75};
    case StatusTone::Running:
        return {0x15, 0x65, 0xc0};
    }
    return {};
}

QIcon statusIcon(StatusTone tone) {
    // Item views ask for the decoration of every visible cell on every repaint.
    static QHash<StatusTone, QIcon> cache;
    if (const auto found = cache.constFind(tone); found != cache.cend())
        return *found;
    QPixmap dot(DotSize, DotSize);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(statusColor(tone));
    painter.drawEllipse(QRectF(1, 1, DotSize - 2, DotSize - 2));
    painter.end();
    return *cache.insert(tone, QIcon(dot));
}

} // namespace treeops::widgets

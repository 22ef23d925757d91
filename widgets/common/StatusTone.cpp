#include "common/StatusTone.h"

#include "common/PaletteIcon.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace treeops::widgets {
namespace {

constexpr int DotSize = 12;

} // namespace

QColor statusColor(StatusTone tone) {
    // On a dark window the darker shades lose contrast; the lighter ones keep the same hue.
    const bool dark = isDarkPalette();
    switch (tone) {
    case StatusTone::Ok:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case StatusTone::Warning:
        return dark ? QColor(0xff, 0xa7, 0x26) : QColor(0xc7, 0x7c, 0x02);
    case StatusTone::Failure:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case StatusTone::Error:
        return dark ? QColor(0xba, 0x68, 0xc8) : QColor(0x6a, 0x1b, 0x9a);
    case StatusTone::Inactive:
        return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    case StatusTone::Running:
        return dark ? QColor(0x42, 0xa5, 0xf5) : QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

QIcon statusIcon(StatusTone tone) {
    // Item views ask for the decoration of every visible cell on every repaint.
    static QHash<QRgb, QIcon> cache;
    const QColor colour = statusColor(tone);
    if (const auto found = cache.constFind(colour.rgb()); found != cache.cend())
        return *found;
    QPixmap dot(DotSize, DotSize);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, DotSize - 2, DotSize - 2));
    painter.end();
    return *cache.insert(colour.rgb(), QIcon(dot));
}

QIcon statusIcon(StatusTone tone, QStringView name) {
    return paletteIcon(name, [tone] { return statusColor(tone); });
}

} // namespace treeops::widgets

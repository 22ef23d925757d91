#include "common/ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

namespace treeops::widgets {

void applyChartPalette(QChart& chart, const QPalette& palette) {
    const QColor text = palette.color(QPalette::WindowText);
    const QColor lines = palette.color(QPalette::Mid);
    chart.setTitleBrush(text);
    chart.legend()->setLabelColor(text);
    const QList<QAbstractAxis*> axes = chart.axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(lines);
        axis->setGridLineColor(lines);
    }
}

} // namespace treeops::widgets

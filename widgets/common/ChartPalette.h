#pragma once

class QChart;
class QPalette;

namespace treeops::widgets {

// QtCharts draws its own titles, labels and grid; these take the palette's colours so a chart
// reads on light and dark palettes alike. Call again on QEvent::PaletteChange.
void applyChartPalette(QChart& chart, const QPalette& palette);

} // namespace treeops::widgets

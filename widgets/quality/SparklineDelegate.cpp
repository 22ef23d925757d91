#include "quality/SparklineDelegate.h"

#include "quality/QualityText.h"
#include "quality/RuleResultsModel.h"

#include <QApplication>
#include <QPainter>

namespace treeops::widgets {
namespace {

constexpr int RunsShown = 30;
constexpr int BarWidth = 4;
constexpr int BarGap = 1;
constexpr int MinBarHeight = 2;
constexpr int Padding = 3;

// Any failing row shows as more than the thin line of a pass.
double barShare(const quality::RuleTrendPoint& point) {
    if (point.status == quality::RuleStatus::Error)
        return 1.0;
    if (point.examined <= 0 || point.failing <= 0)
        return 0.0;
    return std::max(0.25, double(point.failing) / double(point.examined));
}

} // namespace

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto trend =
        index.data(RuleResultsModel::TrendRole).value<QList<quality::RuleTrendPoint>>();
    const QRect area = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const qsizetype first = std::max<qsizetype>(0, trend.size() - RunsShown);
    painter->save();
    painter->setPen(Qt::NoPen);
    int x = area.left();
    for (qsizetype i = first; i < trend.size() && x + BarWidth <= area.right(); ++i) {
        const quality::RuleTrendPoint& point = trend.at(i);
        const int height =
            std::max(MinBarHeight, int(std::lround(barShare(point) * area.height())));
        painter->setBrush(statusColor(statusTone(point.status)));
        painter->drawRect(QRect(x, area.bottom() - height + 1, BarWidth, height));
        x += BarWidth + BarGap;
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    return {RunsShown * (BarWidth + BarGap) + 2 * Padding, text.height()};
}

} // namespace treeops::widgets

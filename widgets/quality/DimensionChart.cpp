#include "quality/DimensionChart.h"

#include "common/ChartPalette.h"
#include "quality/QualityText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace treeops::widgets {
namespace {

constexpr int ChartHeight = 200;
constexpr int WholeTicksUpTo = 10;

} // namespace

DimensionChart::DimensionChart(QWidget* parent)
    : QChartView(parent)
    , m_series(new QHorizontalStackedBarSeries)
    , m_dimensions(new QBarCategoryAxis)
    , m_rules(new QValueAxis) {
    auto* chart = new QChart;
    chart->setTitle(tr("Rules by dimension"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    for (int status = 0; status < quality::RuleStatusCount; ++status) {
        const auto s = static_cast<quality::RuleStatus>(status);
        auto* set = new QBarSet(quality::statusName(s));
        set->setColor(statusColor(statusTone(s)));
        set->setBorderColor(statusColor(statusTone(s)));
        m_series->append(set);
    }
    m_rules->setTitleText(tr("Rules"));
    m_rules->setLabelFormat(QStringLiteral("%d"));
    // Whole rules only: a tick at every rule, or every fifth when there are many.
    m_rules->setTickType(QValueAxis::TicksDynamic);
    m_rules->setTickAnchor(0);
    chart->addSeries(m_series);
    chart->addAxis(m_dimensions, Qt::AlignLeft);
    chart->addAxis(m_rules, Qt::AlignBottom);
    m_series->attachAxis(m_dimensions);
    m_series->attachAxis(m_rules);
    setChart(chart);
    applyChartPalette(*chart, palette());
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(ChartHeight);
    setFrameShape(QFrame::NoFrame);
}

void DimensionChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyChartPalette(*chart(), palette());
}

void DimensionChart::setScore(const quality::RunScore& score) {
    QStringList names;
    int widest = 1;
    const QList<QBarSet*> sets = m_series->barSets();
    for (QBarSet* set : sets)
        set->remove(0, set->count());
    for (auto it = score.byDimension.cbegin(); it != score.byDimension.cend(); ++it) {
        names.append(
            tr("%1 %2").arg(quality::dimensionName(it.key()), scoreText(it.value().score())));
        int total = 0;
        for (int status = 0; status < quality::RuleStatusCount; ++status) {
            const int count = it.value().count(static_cast<quality::RuleStatus>(status));
            sets.at(status)->append(count);
            total += count;
        }
        widest = std::max(widest, total);
    }
    m_dimensions->clear();
    m_dimensions->append(names);
    m_rules->setRange(0, widest);
    m_rules->setTickInterval(widest <= WholeTicksUpTo ? 1 : 5);
}

QStringList DimensionChart::categories() const {
    return m_dimensions->categories();
}

} // namespace treeops::widgets

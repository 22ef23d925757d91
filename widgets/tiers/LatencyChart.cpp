#include "tiers/LatencyChart.h"

#include "common/ChartPalette.h"

#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

namespace treeops::widgets {
namespace {

constexpr int WindowSeconds = 300; // five minutes of reports
constexpr int ChartHeight = 260;

QLineSeries* lineSeries(const QString& name, const QColor& colour, Qt::PenStyle style) {
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(colour, 2);
    pen.setStyle(style);
    series->setPen(pen);
    return series;
}

} // namespace

LatencyChart::LatencyChart(QWidget* parent)
    : QChartView(parent)
    , m_time(new QValueAxis)
    , m_latency(new QValueAxis)
    , m_warmP50{lineSeries(tr("Store p50"), QColor(0x4f, 0x6d, 0x8a), Qt::SolidLine), {}}
    , m_warmP95{lineSeries(tr("Store p95"), QColor(0x4f, 0x6d, 0x8a), Qt::DashLine), {}}
    , m_hotP50{lineSeries(tr("Hot tier p50"), QColor(0xb0, 0x5a, 0x2c), Qt::SolidLine), {}}
    , m_hotP95{lineSeries(tr("Hot tier p95"), QColor(0xb0, 0x5a, 0x2c), Qt::DashLine), {}} {
    auto* chart = new QChart;
    chart->setTitle(tr("Latency"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    m_time->setRange(-WindowSeconds, 0);
    m_time->setLabelFormat(QStringLiteral("%d"));
    m_time->setTitleText(tr("Seconds ago"));
    m_latency->setRange(0, 1);
    m_latency->setTitleText(tr("Milliseconds"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_latency, Qt::AlignLeft);
    for (Line* line : {&m_warmP50, &m_warmP95, &m_hotP50, &m_hotP95}) {
        chart->addSeries(line->series);
        line->series->attachAxis(m_time);
        line->series->attachAxis(m_latency);
    }
    setChart(chart);
    applyChartPalette(*chart, palette());
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(ChartHeight);
    setFrameShape(QFrame::NoFrame);
}

void LatencyChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyChartPalette(*chart(), palette());
}

void LatencyChart::add(const assessments::TierReport& report) {
    append(m_warmP50, report.at, report.warm.p50Ms);
    append(m_warmP95, report.at, report.warm.p95Ms);
    append(m_hotP50, report.at, report.hot.p50Ms);
    append(m_hotP95, report.at, report.hot.p95Ms);
    // The hot tier's lines only when there is a hot tier: a legend names what is drawn.
    m_hotP50.series->setVisible(report.hot.configured);
    m_hotP95.series->setVisible(report.hot.configured);
    redraw(report.at);
}

void LatencyChart::append(Line& line, const QDateTime& at, const std::optional<double>& value) {
    if (value)
        line.samples.append({at, *value});
    const QDateTime oldest = at.addSecs(-WindowSeconds);
    while (!line.samples.isEmpty() && line.samples.constFirst().at < oldest)
        line.samples.removeFirst();
}

void LatencyChart::redraw(const QDateTime& now) {
    double highest = 0;
    for (Line* line : {&m_warmP50, &m_warmP95, &m_hotP50, &m_hotP95}) {
        QList<QPointF> points;
        points.reserve(line->samples.size());
        for (const Sample& s : std::as_const(line->samples)) {
            points.append({static_cast<double>(now.msecsTo(s.at)) / 1000.0, s.value});
            if (line->series->isVisible())
                highest = std::max(highest, s.value);
        }
        line->series->replace(points);
    }
    m_latency->setRange(0, std::max(1.0, highest * 1.2));
}

} // namespace treeops::widgets

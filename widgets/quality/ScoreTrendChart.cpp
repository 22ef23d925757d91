#include "quality/ScoreTrendChart.h"

#include "common/ChartPalette.h"
#include "common/StatusTone.h"
#include "quality/QualityAlert.h"

#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace treeops::widgets {
namespace {

constexpr int ChartHeight = 200;
constexpr double PointSize = 7;
constexpr qint64 HalfHourMs = 30 * 60 * 1000;

} // namespace

ScoreTrendChart::ScoreTrendChart(QWidget* parent)
    : QChartView(parent)
    , m_score(new QLineSeries)
    , m_points(new QScatterSeries)
    , m_alertLine(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_value(new QValueAxis) {
    auto* chart = new QChart;
    chart->setTitle(tr("Score over the last runs"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    m_score->setName(tr("Score"));
    m_score->setPen(QPen(statusColor(StatusTone::Running), 2));
    m_points->setName(tr("Score"));
    m_points->setMarkerSize(PointSize);
    m_points->setColor(statusColor(StatusTone::Running));
    m_points->setBorderColor(statusColor(StatusTone::Running));
    m_alertLine->setName(tr("Alert below %1").arg(quality::AlertScoreBelow));
    QPen alertPen(statusColor(StatusTone::Failure), 1);
    alertPen.setStyle(Qt::DashLine);
    m_alertLine->setPen(alertPen);
    m_time->setFormat(QStringLiteral("MM-dd HH:mm"));
    m_time->setTitleText(tr("Run finished (local time)"));
    m_value->setRange(0, 100);
    m_value->setLabelFormat(QStringLiteral("%d"));
    m_value->setTitleText(tr("Score (0–100)"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
    for (QXYSeries* series : std::initializer_list<QXYSeries*>{m_alertLine, m_score, m_points}) {
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_value);
    }
    // The line and its points are one series to the reader.
    chart->legend()->markers(m_points).constFirst()->setVisible(false);
    setChart(chart);
    applyChartPalette(*chart, palette());
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(ChartHeight);
    setFrameShape(QFrame::NoFrame);
}

void ScoreTrendChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyChartPalette(*chart(), palette());
}

void ScoreTrendChart::setRuns(const QList<quality::RunSummary>& runs) {
    QList<QPointF> points;
    for (auto it = runs.crbegin(); it != runs.crend(); ++it)
        if (const std::optional<double> score = it->counts.score())
            points.append({double(it->finishedAt.toMSecsSinceEpoch()), *score});
    m_score->replace(points);
    m_points->replace(points);
    // One run still gets a readable time axis around it.
    const qint64 first =
        points.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : qint64(points.constFirst().x());
    const qint64 last = points.isEmpty() ? first : qint64(points.constLast().x());
    const qint64 from = last - first < HalfHourMs ? first - HalfHourMs : first;
    const qint64 to = last - first < HalfHourMs ? last + HalfHourMs : last;
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    m_alertLine->replace({QPointF(double(from), quality::AlertScoreBelow),
                          QPointF(double(to), quality::AlertScoreBelow)});
}

int ScoreTrendChart::pointCount() const {
    return int(m_score->count());
}

} // namespace treeops::widgets

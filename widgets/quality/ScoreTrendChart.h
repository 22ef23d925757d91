#pragma once

#include "quality/QualityRun.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace treeops::widgets {

// The overall score of the newest runs over time, with the line under which an alert is raised.
class ScoreTrendChart : public QChartView {
    Q_OBJECT

public:
    explicit ScoreTrendChart(QWidget* parent = nullptr);

    // `runs` newest first, as the store lists them.
    void setRuns(const QList<quality::RunSummary>& runs);
    // How many runs the line is drawn through (for tests and the accessible description).
    int pointCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QLineSeries* m_score;
    QScatterSeries* m_points;
    QLineSeries* m_alertLine;
    QDateTimeAxis* m_time;
    QValueAxis* m_value;
};

} // namespace treeops::widgets

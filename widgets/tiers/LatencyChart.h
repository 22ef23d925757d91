#pragma once

#include "assessments/TierReport.h"

#include <QChartView>
#include <QDateTime>

class QLineSeries;
class QValueAxis;

namespace treeops::widgets {

// The tiers' p50 and p95 latencies over the last minutes, one point per report, newest on the
// right at 0 s.
class LatencyChart : public QChartView {
    Q_OBJECT

public:
    explicit LatencyChart(QWidget* parent = nullptr);

    void add(const assessments::TierReport& report);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Sample {
        QDateTime at;
        double value;
    };
    struct Line {
        QLineSeries* series;
        QList<Sample> samples;
    };
    void append(Line& line, const QDateTime& at, const std::optional<double>& value);
    void redraw(const QDateTime& now);

    QValueAxis* m_time;
    QValueAxis* m_latency;
    Line m_warmP50;
    Line m_warmP95;
    Line m_hotP50;
    Line m_hotP95;
};

} // namespace treeops::widgets

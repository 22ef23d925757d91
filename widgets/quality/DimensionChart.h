#pragma once

#include "quality/Score.h"

#include <QChartView>

class QBarCategoryAxis;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace treeops::widgets {

// A bar per dimension: how many of its rules passed, warned, failed, broke or had nothing to
// look at in a run, with the dimension's score beside its name.
class DimensionChart : public QChartView {
    Q_OBJECT

public:
    explicit DimensionChart(QWidget* parent = nullptr);

    void setScore(const quality::RunScore& score);
    // "Validity 92.5", bottom to top: what the axis shows (for tests).
    QStringList categories() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QHorizontalStackedBarSeries* m_series;
    QBarCategoryAxis* m_dimensions;
    QValueAxis* m_rules;
};

} // namespace treeops::widgets

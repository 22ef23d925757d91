#pragma once

#include "scoring/Quote.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;

namespace treeops::widgets {

// The five AFISS domain scores (0–100) as horizontal bars, each labelled with its domain and
// weight. The chart, series and axes are built once; a new quote only replaces the values, so
// the chart keeps up with every keystroke.
class AfissChart : public QChartView {
    Q_OBJECT

public:
    explicit AfissChart(QWidget* parent = nullptr);

    void setScores(const scoring::Quote& quote);

protected:
    void changeEvent(QEvent* event) override;

private:
    // The chart draws its own text and lines; they take the widget palette's colours so the
    // chart reads on light and dark palettes alike.
    void applyPalette();
    static int barOf(scoring::Domain domain);
    void updateCategories(const scoring::Quote& quote);

    QBarSet* m_scores;
    QBarCategoryAxis* m_domains;
    scoring::DomainArray<double> m_weights{};
};

} // namespace treeops::widgets

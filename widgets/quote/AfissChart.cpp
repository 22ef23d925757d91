#include "quote/AfissChart.h"

#include "common/ChartPalette.h"
#include "quote/QuoteText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using scoring::AllDomains;
using scoring::DomainCount;

constexpr double MaxScore = 100;
constexpr int ScoreTicks = 6;            // every 20 points
constexpr int LabelDigits = 3;           // significant digits: "27.5", "100"
constexpr int ChartHeight = 250;         // five bars, the title and the axis, not more
const QColor BarColor{0x4f, 0x6d, 0x8a}; // neutral: a score is not a status

QValueAxis* createScoreAxis() {
    auto* axis = new QValueAxis;
    axis->setRange(0, MaxScore);
    axis->setTickCount(ScoreTicks);
    axis->setLabelFormat(u"%d"_s);
    axis->setTitleText(AfissChart::tr("Score (0–100)"));
    return axis;
}

} // namespace

AfissChart::AfissChart(QWidget* parent)
    : QChartView(parent)
    , m_scores(new QBarSet(tr("Score")))
    , m_domains(new QBarCategoryAxis) {
    for (int i = 0; i < DomainCount; ++i)
        m_scores->append(0.0);
    m_scores->setColor(BarColor);
    m_scores->setBorderColor(BarColor);

    auto* series = new QHorizontalBarSeries;
    series->append(m_scores);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(LabelDigits);

    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("AFISS domain scores"));
    chart->legend()->hide(); // a single series needs no legend
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false); // sits on the panel like the figures beside it
    chart->setMargins({});
    QValueAxis* scoreAxis = createScoreAxis();
    chart->addAxis(scoreAxis, Qt::AlignBottom);
    m_domains->setTruncateLabels(false); // a domain without its weight says half of what it must
    chart->addAxis(m_domains, Qt::AlignLeft);
    series->attachAxis(scoreAxis);
    series->attachAxis(m_domains);
    setChart(chart);
    applyPalette();

    setRenderHint(QPainter::Antialiasing);
    setFixedHeight(ChartHeight);
    setFrameShape(QFrame::NoFrame);
    m_weights.fill(-1); // no categories yet
}

void AfissChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void AfissChart::applyPalette() {
    applyChartPalette(*chart(), palette());
    m_scores->setLabelColor(palette().color(QPalette::WindowText));
}

int AfissChart::barOf(scoring::Domain domain) {
    // Horizontal bars are laid out bottom to top; reversed, the first domain reads first.
    return DomainCount - 1 - scoring::index(domain);
}

void AfissChart::setScores(const scoring::Quote& quote) {
    updateCategories(quote);
    for (scoring::Domain d : AllDomains) {
        const double score = quote.domains[static_cast<std::size_t>(d)].score;
        // Replacing an unchanged value would still re-lay the chart out.
        if (m_scores->at(barOf(d)) != score)
            m_scores->replace(barOf(d), score);
    }
}

void AfissChart::updateCategories(const scoring::Quote& quote) {
    scoring::DomainArray<double> weights{};
    for (scoring::Domain d : AllDomains)
        weights[static_cast<std::size_t>(d)] = quote.domains[static_cast<std::size_t>(d)].weight;
    // Weights change only with the catalog version, not with the estimator's typing.
    if (weights == m_weights)
        return;
    m_weights = weights;
    QStringList labels(DomainCount);
    for (scoring::Domain d : AllDomains) {
        labels[barOf(d)] = tr("%1 ×%2").arg(
            QuoteText::domain(d), QuoteText::number(weights[static_cast<std::size_t>(d)], 2));
    }
    m_domains->setCategories(labels);
}

} // namespace treeops::widgets

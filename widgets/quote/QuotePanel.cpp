#include "quote/QuotePanel.h"

#include "common/StatusTone.h"
#include "quote/AfissChart.h"
#include "quote/FigureGrid.h"
#include "quote/PriceSummary.h"
#include "quote/QuoteLineModel.h"
#include "quote/QuoteText.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <array>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

// The line table grows with the trees up to this many rows, then scrolls.
constexpr int MinVisibleLineRows = 3;
constexpr int MaxVisibleLineRows = 12;
constexpr int CellExtra = 16; // a cell's margins and the header's sort arrow
constexpr int MinimumColumnWidth = 48;
// Columns a narrow panel hides first, in order; the tooltips of the others repeat their figures.
constexpr std::array OptionalLineColumns = {QuoteLineModel::Points, QuoteLineModel::Cost};

QLabel* wrappedLabel(const QString& objectName) {
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString bannerStyle(StatusTone tone) {
    const QColor c = statusColor(tone);
    return u"QLabel { background: rgba(%1, %2, %3, 28); border: 1px solid %4; "
           "border-left-width: 4px; padding: 6px; font-weight: bold; }"_s.arg(c.red())
               .arg(c.green())
               .arg(c.blue())
               .arg(c.name());
}

// Typical widest contents per column, measured once so the table never resizes while typing.
QStringList columnSamples() {
    return {u"00 · laurel oak"_s,          QuoteText::service(scoring::Service::StumpGrinding),
            QuoteText::number(88888.8, 1), QuoteText::number(88888.8, 1),
            QuoteText::duration(88.8),     QuoteText::money(88888.88),
            QuoteText::money(88888.88)};
}

QString problemsHtml(const Problems& problems) {
    QString html = u"<ul>"_s;
    for (const Problem& p : problems) {
        html += p.where.isEmpty() ? u"<li>%1</li>"_s.arg(p.message.toHtmlEscaped())
                                  : u"<li><b>%1</b> — %2</li>"_s.arg(p.where.toHtmlEscaped(),
                                                                     p.message.toHtmlEscaped());
    }
    return html + u"</ul>"_s;
}

QString factorName(const scoring::Catalog& catalog, const QString& code) {
    const int factor = catalog.factorIndex(code);
    return factor < 0 ? code : catalog.factor(factor).name;
}

// Each protocol with the two factors that call for it, so the estimator can see why.
QString protocolsHtml(const scoring::Quote& quote, const scoring::Catalog& catalog,
                      const QColor& muted) {
    QString html = u"<ul>"_s;
    for (int rule : quote.interactions) {
        const scoring::InteractionDef& r = catalog.interaction(rule);
        const QString because = QuotePanel::tr("Because of %1 and %2")
                                    .arg(factorName(catalog, r.a), factorName(catalog, r.b));
        html += u"<li><b>%1</b><br><span style=\"color: %2;\">%3</span></li>"_s.arg(
            r.protocol.toHtmlEscaped(), muted.name(), because.toHtmlEscaped());
    }
    return html + u"</ul>"_s;
}

} // namespace

QuotePanel::QuotePanel(QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget) {
    m_pages->addWidget(createEmptyPage());
    m_pages->addWidget(createFiguresPage());
    m_pages->addWidget(createProblemsPage());

    // Every page lives in one stack, sized to the largest, so switching between figures and
    // problems never moves the rest of the window.
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(scroll);
}

QuotePanel::~QuotePanel() {
    // The line table's scroll bar still reports range changes while QWidget tears the children
    // down, when this object is no longer a QuotePanel.
    m_lineTable->horizontalScrollBar()->disconnect(this);
}

QWidget* QuotePanel::createEmptyPage() {
    auto* label = new QLabel(tr("The quote appears here as soon as the assessment has a "
                                "customer, a site, a crew and at least one tree."));
    label->setObjectName(u"emptyState"_s);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QWidget* QuotePanel::createFiguresPage() {
    m_figuresPage = new QWidget;
    m_figuresPage->setObjectName(u"figuresPage"_s);
    m_summary = new PriceSummary;
    auto* layout = new QVBoxLayout(m_figuresPage);
    layout->addWidget(m_summary);
    layout->addWidget(createComplexity());
    layout->addWidget(createLines());
    layout->addWidget(createCosts());
    layout->addWidget(createProtocols());
    layout->addStretch(1);
    return m_figuresPage;
}

QWidget* QuotePanel::createComplexity() {
    auto* group = new QGroupBox(tr("Site complexity (AFISS)"));
    m_chart = new AfissChart;
    m_chart->setObjectName(u"afissChart"_s);
    auto* figures = new FigureGrid;
    m_composite = figures->addRow(tr("Composite score"), u"composite"_s);
    m_band = figures->addRow(tr("Complexity band"), u"band"_s);
    m_multiplier = figures->addTotalRow(tr("Points multiplier"), u"multiplier"_s);
    auto* layout = new QHBoxLayout(group);
    // The figures keep their full width; the chart gives way.
    figures->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_chart->setMinimumWidth(260);
    layout->addWidget(m_chart, 1);
    layout->addWidget(figures, 0, Qt::AlignVCenter);
    return group;
}

QWidget* QuotePanel::createLines() {
    auto* group = new QGroupBox(tr("Lines"));
    m_lines = new QuoteLineModel(this);
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_lines);
    sorted->setSortRole(QuoteLineModel::SortRole);
    m_lineTable = new QTableView;
    m_lineTable->setObjectName(u"lineTable"_s);
    m_lineTable->setModel(sorted);
    m_lineTable->setSortingEnabled(true);
    m_lineTable->sortByColumn(QuoteLineModel::Tree, Qt::AscendingOrder);
    m_lineTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lineTable->setAlternatingRowColors(true);
    m_lineTable->setWordWrap(false);
    m_lineTable->verticalHeader()->hide();
    QHeaderView* header = m_lineTable->horizontalHeader();
    const QStringList samples = columnSamples();
    for (int column = 0; column < QuoteLineModel::ColumnCount; ++column) {
        const QString title = m_lines->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(fontMetrics().horizontalAdvance(samples[column]),
                                   fontMetrics().horizontalAdvance(title));
        m_lineColumnWidths.append(width + CellExtra);
        header->resizeSection(column, width + CellExtra);
    }
    header->setMinimumSectionSize(MinimumColumnWidth);
    header->setSectionResizeMode(QuoteLineModel::Tree, QHeaderView::Stretch);
    m_lineTable->viewport()->installEventFilter(this);
    // Should the columns still scroll sideways, the scroll bar must not hide a row.
    connect(m_lineTable->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
            &QuotePanel::fitLineTable);
    fitLineTable();
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_lineTable);
    return group;
}

QWidget* QuotePanel::createCosts() {
    auto* group = new QGroupBox(tr("Costs"));
    auto* hourly = new FigureGrid;
    m_crewHourly = hourly->addRow(tr("Crew"), u"crewHourly"_s);
    m_equipmentHourly = hourly->addRow(tr("Equipment"), u"equipmentHourly"_s);
    m_smallToolsHourly = hourly->addRow(tr("Small tools"), u"smallToolsHourly"_s);
    m_hourlyCost = hourly->addTotalRow(tr("Cost per crew hour"), u"hourlyCost"_s);
    auto* job = new FigureGrid;
    m_workHours = job->addRow(tr("Work time"), u"workHours"_s);
    m_billableHours = job->addRow(tr("Billable time"), u"billableHours"_s);
    m_travel = job->addRow(tr("Travel"), u"travel"_s);
    m_fixedCosts = job->addRow(tr("Fixed costs"), u"fixedCosts"_s);
    m_totalCost = job->addTotalRow(tr("Total cost"), u"totalCost"_s);
    auto* layout = new QHBoxLayout(group);
    layout->addWidget(hourly, 1, Qt::AlignTop);
    layout->addSpacing(24);
    layout->addWidget(job, 1, Qt::AlignTop);
    return group;
}

QWidget* QuotePanel::createProtocols() {
    auto* group = new QGroupBox(tr("Safety protocols"));
    m_protocols = wrappedLabel(u"protocols"_s);
    m_protocols->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_protocols);
    return group;
}

QWidget* QuotePanel::createProblemsPage() {
    m_problemsPage = new QWidget;
    m_problemsPage->setObjectName(u"problemsPage"_s);
    auto* title = new QLabel(tr("Cannot price this assessment yet:"));
    title->setStyleSheet(bannerStyle(StatusTone::Warning));
    m_problems = wrappedLabel(u"problems"_s);
    m_problems->setTextFormat(Qt::RichText);
    auto* next = new QLabel(tr("Correct these fields in the assessment; the quote updates as "
                               "soon as it can be priced."));
    next->setWordWrap(true);
    auto* layout = new QVBoxLayout(m_problemsPage);
    layout->addWidget(title);
    layout->addWidget(m_problems);
    layout->addWidget(next);
    layout->addStretch(1);
    return m_problemsPage;
}

void QuotePanel::showQuote(const assessments::PricedAssessment& priced) {
    const scoring::Quote& quote = priced.quote;
    const scoring::Catalog& catalog = priced.engine->catalog();
    m_summary->setQuote(quote, priced.engine->rates());
    showComplexity(quote, catalog);
    m_lines->setLines(priced.assessment, quote);
    fitLineTable();
    showCosts(quote);
    showProtocols(quote, catalog);
    m_pages->setCurrentWidget(m_figuresPage);
}

bool QuotePanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_lineTable->viewport() && event->type() == QEvent::Resize)
        fitLineColumns();
    return QWidget::eventFilter(watched, event);
}

// A price scrolled out of sight is worse than a column fewer: in a narrow panel the columns
// that tooltips repeat make way, and come back when the panel widens.
void QuotePanel::fitLineColumns() {
    const int available = m_lineTable->viewport()->width();
    int needed = 0;
    for (int width : std::as_const(m_lineColumnWidths))
        needed += width;
    QHeaderView* header = m_lineTable->horizontalHeader();
    for (int column : OptionalLineColumns) {
        const bool hide = needed > available;
        header->setSectionHidden(column, hide);
        if (hide)
            needed -= m_lineColumnWidths.at(column);
    }
}

void QuotePanel::fitLineTable() {
    const int rows = std::clamp(m_lines->rowCount(), MinVisibleLineRows, MaxVisibleLineRows);
    const QScrollBar* sideways = m_lineTable->horizontalScrollBar();
    const int height = m_lineTable->horizontalHeader()->sizeHint().height() +
                       rows * m_lineTable->verticalHeader()->defaultSectionSize() +
                       (sideways->maximum() > 0 ? sideways->sizeHint().height() : 0) +
                       2 * m_lineTable->frameWidth();
    // Only a change in the number of trees resizes the table, never a keystroke in a figure.
    if (m_lineTable->minimumHeight() != height)
        m_lineTable->setFixedHeight(height);
}

void QuotePanel::showComplexity(const scoring::Quote& quote, const scoring::Catalog& catalog) {
    m_chart->setScores(quote);
    m_composite->setText(tr("%1 of 100").arg(QuoteText::number(quote.composite, 1)));
    m_band->setText(QuoteText::band(catalog.band(quote.band).name));
    m_multiplier->setText(tr("×%1").arg(QuoteText::number(quote.multiplier, 3)));
}

void QuotePanel::showCosts(const scoring::Quote& quote) {
    m_crewHourly->setText(QuoteText::hourlyRate(quote.crewHourly));
    m_equipmentHourly->setText(QuoteText::hourlyRate(quote.equipmentHourly));
    m_smallToolsHourly->setText(QuoteText::hourlyRate(quote.smallToolsHourly));
    m_hourlyCost->setText(QuoteText::hourlyRate(quote.hourlyCost));
    m_workHours->setText(QuoteText::duration(quote.workHours));
    m_billableHours->setText(QuoteText::duration(quote.billableHours));
    m_travel->setText(tr("%1 · %2").arg(QuoteText::duration(quote.travelHours),
                                        QuoteText::money(quote.travelCost)));
    m_fixedCosts->setText(QuoteText::money(quote.fixedCosts));
    m_totalCost->setText(QuoteText::money(quote.totalCost));
}

void QuotePanel::showProtocols(const scoring::Quote& quote, const scoring::Catalog& catalog) {
    if (quote.interactions.empty()) {
        m_protocols->setText(tr("No interaction protocols apply").toHtmlEscaped());
        m_protocols->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    m_protocols->setText(
        protocolsHtml(quote, catalog, m_protocols->palette().color(QPalette::PlaceholderText)));
    m_protocols->setForegroundRole(QPalette::WindowText);
}

void QuotePanel::showProblems(const Problems& problems) {
    m_problems->setText(problemsHtml(problems));
    m_pages->setCurrentWidget(m_problemsPage);
}

} // namespace treeops::widgets

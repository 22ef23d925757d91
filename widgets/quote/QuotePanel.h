#pragma once

#include "assessments/AssessmentService.h"

#include "json/Problem.h"
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace treeops::widgets {

class AfissChart;
class PriceSummary;
class QuoteLineModel;

// The live quote beside the assessment editor: price and competitive position, AFISS domain
// scores, the lines, costs and the safety protocols the site calls for. Every widget is built
// once; showQuote() runs on every keystroke and only updates texts and values.
class QuotePanel : public QWidget {
    Q_OBJECT

public:
    explicit QuotePanel(QWidget* parent = nullptr);
    ~QuotePanel() override;

    void showQuote(const assessments::PricedAssessment& priced);
    // The assessment cannot be priced: say why, listing each problem in plain words with its
    // field.
    void showProblems(const Problems& problems);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createFiguresPage();
    QWidget* createComplexity();
    QWidget* createLines();
    QWidget* createCosts();
    QWidget* createProtocols();
    QWidget* createProblemsPage();
    QWidget* createEmptyPage();
    void fitLineTable();
    void fitLineColumns();
    void showComplexity(const scoring::Quote& quote, const scoring::Catalog& catalog);
    void showCosts(const scoring::Quote& quote);
    void showProtocols(const scoring::Quote& quote, const scoring::Catalog& catalog);

    QStackedWidget* m_pages;
    QWidget* m_figuresPage = nullptr;
    QWidget* m_problemsPage = nullptr;
    PriceSummary* m_summary = nullptr;
    AfissChart* m_chart = nullptr;
    QLabel* m_composite = nullptr;
    QLabel* m_band = nullptr;
    QLabel* m_multiplier = nullptr;
    QuoteLineModel* m_lines = nullptr;
    QTableView* m_lineTable = nullptr;
    QList<int> m_lineColumnWidths; // each column's width for its widest typical content
    QLabel* m_crewHourly = nullptr;
    QLabel* m_equipmentHourly = nullptr;
    QLabel* m_smallToolsHourly = nullptr;
    QLabel* m_hourlyCost = nullptr;
    QLabel* m_workHours = nullptr;
    QLabel* m_billableHours = nullptr;
    QLabel* m_travel = nullptr;
    QLabel* m_fixedCosts = nullptr;
    QLabel* m_totalCost = nullptr;
    QLabel* m_protocols = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace treeops::widgets

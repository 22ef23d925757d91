// The live quote panel on the offscreen platform: every figure of a real quote (shipped
// catalog and rates, the storm-damaged oak example), the problems state, that showQuote()
// creates no widgets however often it runs, how long it takes, and a rendering to look at.
#include "quote/QuoteLineModel.h"
#include "quote/QuotePanel.h"
#include "scoring/AssessmentJson.h"
#include "scoring/QuoteJson.h"
#include "storage/ReferenceData.h"
#include "support/Children.h"
#include "support/ShippedData.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

using namespace treeops;
using namespace Qt::StringLiterals;
using assessments::PricedAssessment;
using treeops::test::child;
using widgets::QuoteLineModel;

namespace {

constexpr int Repeats = 1000;

QString money(double amount) {
    return QLocale().toCurrencyString(scoring::roundMoney(amount));
}

QString labelText(const QWidget& parent, const QString& name) {
    return child<QLabel>(parent, name)->text();
}

} // namespace

class QuotePanelTest : public QObject {
    Q_OBJECT

    std::shared_ptr<const scoring::QuoteEngine> m_engine;
    std::optional<PricedAssessment> m_example;
    std::unique_ptr<widgets::QuotePanel> m_panel;

    const PricedAssessment& example() const { return *m_example; }
    // The example with every factor removed: no interaction is triggered.
    PricedAssessment withoutFactors() const {
        QJsonObject json = test::exampleAssessment();
        json.insert(u"factors"_s, QJsonArray());
        return test::priceOrDie(json, m_engine);
    }
    // The example with a taller first tree: a different quote, as typing a digit makes.
    PricedAssessment taller() const {
        QJsonObject json = test::exampleAssessment();
        QJsonArray trees = json.value(u"trees"_s).toArray();
        QJsonObject first = trees.at(0).toObject();
        first.insert(u"height_ft"_s, 85);
        trees.replace(0, first);
        json.insert(u"trees"_s, trees);
        return test::priceOrDie(json, m_engine);
    }

private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_engine = test::shippedEngine();
        m_example = test::priceOrDie(test::exampleAssessment(), m_engine);
    }

    void init() {
        m_panel = std::make_unique<widgets::QuotePanel>();
        m_panel->resize(860, 1060);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup() { m_panel.reset(); }

    void startsWithTheEmptyState() {
        QVERIFY(child<QWidget>(*m_panel, u"emptyState"_s)->isVisible());
        QVERIFY(!child<QWidget>(*m_panel, u"figuresPage"_s)->isVisible());
    }

    void showsThePriceInTheLocaleCurrency() {
        m_panel->showQuote(example());
        const scoring::Quote& q = example().quote;
        QVERIFY(q.price > 0);
        QCOMPARE(labelText(*m_panel, u"price"_s), money(q.price));
        QVERIFY(labelText(*m_panel, u"price"_s).startsWith(u'$'));
        QVERIFY(labelText(*m_panel, u"effectiveRate"_s).contains(money(q.effectiveRate)));
        QCOMPARE(labelText(*m_panel, u"totalCost"_s), money(q.totalCost));
        QCOMPARE(labelText(*m_panel, u"crewHourly"_s), money(q.crewHourly) + u"/h"_s);
        QCOMPARE(labelText(*m_panel, u"equipmentHourly"_s), money(q.equipmentHourly) + u"/h"_s);
        QCOMPARE(labelText(*m_panel, u"fixedCosts"_s), money(q.fixedCosts));
        QVERIFY(labelText(*m_panel, u"travel"_s).contains(money(q.travelCost)));
        QCOMPARE(labelText(*m_panel, u"band"_s),
                 m_engine->catalog().band(q.band).name.at(0).toUpper() +
                     m_engine->catalog().band(q.band).name.mid(1));
    }

    void showsTheCompetitivePositionInWords() {
        m_panel->showQuote(example());
        const QString expected[] = {u"below range"_s, u"within range"_s, u"above range"_s};
        const auto position = static_cast<std::size_t>(example().quote.competitive.position);
        const QString shown = labelText(*m_panel, u"competitive"_s);
        QVERIFY2(shown.endsWith(expected[position]), qPrintable(shown));
    }

    void chartShowsTheFiveDomainScores() {
        m_panel->showQuote(example());
        QChart* chart = child<QChartView>(*m_panel, u"afissChart"_s)->chart();
        QVERIFY(!chart->title().isEmpty());
        QVERIFY(!chart->legend()->isVisible());
        QCOMPARE(chart->series().size(), 1);
        auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().constFirst());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 1);
        const QBarSet* bars = series->barSets().constFirst();
        QCOMPARE(bars->count(), scoring::DomainCount);

        auto* scoreAxis = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).constFirst());
        QVERIFY(scoreAxis);
        QCOMPARE(scoreAxis->titleText(), u"Score (0–100)"_s);
        QCOMPARE(scoreAxis->max(), 100.0);
        auto* domains = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).constFirst());
        QVERIFY(domains);
        const QStringList names{u"Access"_s, u"Fall zone"_s, u"Interference"_s, u"Severity"_s,
                                u"Site"_s};
        for (scoring::Domain d : scoring::AllDomains) {
            const scoring::DomainScore& score = example().quote.domains[scoring::index(d)];
            const QString label =
                u"%1 ×%2"_s.arg(names[scoring::index(d)], QLocale().toString(score.weight, 'f', 2));
            const int bar = static_cast<int>(domains->categories().indexOf(label));
            QVERIFY2(bar >= 0, qPrintable(label + u" in "_s + domains->categories().join(u", ")));
            QCOMPARE(bars->at(bar), score.score);
        }
        QVERIFY(domains->categories().contains(u"Severity ×0.30"_s));
        QVERIFY(!domains->truncateLabels());
    }

    void tableListsEveryTree() {
        m_panel->showQuote(example());
        const QAbstractItemModel* model = child<QTableView>(*m_panel, u"lineTable"_s)->model();
        const auto& lines = example().quote.lines;
        QCOMPARE(model->rowCount(), static_cast<int>(lines.size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const scoring::QuoteLine& line = lines[static_cast<std::size_t>(row)];
            QCOMPARE(model->index(row, 5).data().toString(), money(line.cost));
            QCOMPARE(model->index(row, 6).data().toString(), money(line.price));
            QCOMPARE(model->index(row, 3).data().toString(),
                     QLocale().toString(line.adjustedPoints, 'f', 1));
        }
        QCOMPARE(model->index(0, 1).data().toString(), u"Removal"_s);
        QCOMPARE(model->index(2, 1).data().toString(), u"Stump grinding"_s);
        QCOMPARE(model->index(0, 0).data().toString(), u"1 · laurel oak"_s);
    }

    void listsTheProtocolsOfTriggeredRules() {
        m_panel->showQuote(example());
        QVERIFY(!example().quote.interactions.empty());
        const QString text = labelText(*m_panel, u"protocols"_s);
        for (int rule : example().quote.interactions) {
            const QString protocol = m_engine->catalog().interaction(rule).protocol;
            QVERIFY2(text.contains(protocol.toHtmlEscaped()), qPrintable(protocol));
        }
    }

    void saysWhenNoProtocolApplies() {
        m_panel->showQuote(withoutFactors());
        QCOMPARE(labelText(*m_panel, u"protocols"_s), u"No interaction protocols apply"_s);
        m_panel->showQuote(example());
        QVERIFY(!labelText(*m_panel, u"protocols"_s).contains(u"No interaction"_s));
    }

    void problemsReplaceTheFiguresInPlace() {
        m_panel->showQuote(example());
        QApplication::processEvents();
        const QSize hint = m_panel->sizeHint();
        const QRect area = child<QWidget>(*m_panel, u"figuresPage"_s)->geometry();
        m_panel->showProblems({{u"trees[1].dbh_in"_s, u"150 is outside 1..120 (in)"_s},
                               {u"site.state"_s, u"ZZ is not one of FL, GA, TX, CA, NC"_s},
                               {{}, u"the crew has no members"_s}});
        QApplication::processEvents();
        auto* problems = child<QLabel>(*m_panel, u"problems"_s);
        QVERIFY(problems->isVisible());
        QVERIFY(!child<QWidget>(*m_panel, u"figuresPage"_s)->isVisible());
        QVERIFY(problems->text().contains(u"trees[1].dbh_in"_s));
        QVERIFY(problems->text().contains(u"150 is outside 1..120 (in)"_s));
        QVERIFY(problems->text().contains(u"site.state"_s));
        QVERIFY(problems->text().contains(u"the crew has no members"_s));
        // Same size, same place: the window does not jump as problems come and go.
        QCOMPARE(m_panel->sizeHint(), hint);
        QCOMPARE(child<QWidget>(*m_panel, u"problemsPage"_s)->geometry(), area);
        m_panel->grab().save(QDir::current().filePath(u"quote-panel-problems.png"_s));

        m_panel->showQuote(example());
        QVERIFY(child<QWidget>(*m_panel, u"figuresPage"_s)->isVisible());
        QVERIFY(!problems->isVisible());
    }

    // Beside the editor in a 1280 px window the panel is about 560 px wide: the price stays in
    // sight, the columns whose figures the tooltips repeat make way, and return when it widens.
    void narrowPanelShowsThePriceWithoutScrollingSideways() {
        m_panel->showQuote(example());
        auto* table = child<QTableView>(*m_panel, u"lineTable"_s);
        const QHeaderView* header = table->horizontalHeader();
        QVERIFY(!header->isSectionHidden(QuoteLineModel::Points));
        QVERIFY(!header->isSectionHidden(QuoteLineModel::Cost));
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);

        m_panel->resize(560, 1060);
        QTRY_VERIFY(header->isSectionHidden(QuoteLineModel::Points));
        QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!header->isSectionHidden(QuoteLineModel::Price));
        const QModelIndex adjusted = table->model()->index(0, QuoteLineModel::AdjustedPoints);
        const scoring::QuoteLine& line = example().quote.lines.front();
        QVERIFY(adjusted.data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QLocale().toString(line.basePoints, 'f', 1)));
        const QModelIndex price = table->model()->index(0, QuoteLineModel::Price);
        QVERIFY(price.data(Qt::ToolTipRole).toString().contains(money(line.cost)));
        m_panel->grab().save(QDir::current().filePath(u"quote-panel-narrow.png"_s));

        m_panel->resize(860, 1060);
        QTRY_VERIFY(!header->isSectionHidden(QuoteLineModel::Points));
        QVERIFY(!header->isSectionHidden(QuoteLineModel::Cost));
    }

    void problemTextIsEscaped() {
        m_panel->showProblems({{u"customer.name"_s, u"<b>not</b> allowed & more"_s}});
        const QString text = labelText(*m_panel, u"problems"_s);
        QVERIFY(text.contains(u"&lt;b&gt;not&lt;/b&gt; allowed &amp; more"_s));
    }

    void showQuoteCreatesNoWidgets() {
        const PricedAssessment other = taller();
        QVERIFY(other.quote.price != example().quote.price);
        m_panel->showQuote(example());
        const auto widgets = m_panel->findChildren<QWidget*>().size();
        const auto objects = m_panel->findChildren<QObject*>().size();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Repeats; ++i)
            m_panel->showQuote(i % 2 ? example() : other);
        const double perCall = static_cast<double>(timer.nsecsElapsed()) / 1e6 / Repeats;
        QCOMPARE(m_panel->findChildren<QWidget*>().size(), widgets);
        QCOMPARE(m_panel->findChildren<QObject*>().size(), objects);

        // The whole frame of a keystroke: the update and the repaint it causes.
        constexpr int Frames = 100;
        timer.restart();
        for (int i = 0; i < Frames; ++i) {
            m_panel->showQuote(i % 2 ? example() : other);
            m_panel->repaint();
        }
        const double perFrame = static_cast<double>(timer.nsecsElapsed()) / 1e6 / Frames;
        qDebug("showQuote: %.3f ms per call over %d calls; with a full repaint: %.3f ms", perCall,
               Repeats, perFrame);
        QCOMPARE(m_panel->findChildren<QWidget*>().size(), widgets);
        QCOMPARE(labelText(*m_panel, u"price"_s), money(example().quote.price));
    }

    void keepsUpWithTheLargestAssessment() {
        QJsonObject json = test::exampleAssessment();
        const QJsonArray three = json.value(u"trees"_s).toArray();
        QJsonArray trees;
        for (int i = 0; i < scoring::MaxTrees; ++i)
            trees.append(three.at(i % three.size()));
        json.insert(u"trees"_s, trees);
        const PricedAssessment large = test::priceOrDie(json, m_engine);
        m_panel->showQuote(example());
        const int smallHeight = child<QTableView>(*m_panel, u"lineTable"_s)->height();
        constexpr int Calls = 100;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Calls; ++i)
            m_panel->showQuote(i % 2 ? large : example()); // ends on the large one
        qDebug("showQuote alternating 3 and %d trees: %.3f ms per call", scoring::MaxTrees,
               static_cast<double>(timer.nsecsElapsed()) / 1e6 / Calls);
        auto* table = child<QTableView>(*m_panel, u"lineTable"_s);
        QCOMPARE(table->model()->rowCount(), scoring::MaxTrees);
        // The table grows with the trees, then scrolls rather than pushing the costs away.
        QVERIFY(table->height() > smallHeight);
        QVERIFY(table->height() < 20 * table->verticalHeader()->defaultSectionSize());
    }

    void rendersThePanel() {
        m_panel->showQuote(example());
        QApplication::processEvents();
        const QString file = QDir::current().filePath(u"quote-panel.png"_s);
        QVERIFY2(m_panel->grab().save(file), qPrintable(file));
    }
};

QTEST_MAIN(QuotePanelTest)
#include "tst_quote_panel.moc"

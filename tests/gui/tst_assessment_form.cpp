// The assessment form on the offscreen platform, driven by real key and mouse events: fields
// and table cells edit the document, out-of-range values reach it unclamped and are marked
// with the validator's own words, service switches swap measurements, and showing a document
// never counts as an edit. Ends with a rendering to look at.
#include "editor/AssessmentForm.h"
#include "editor/JsonTableModel.h"
#include "editor/TreeTableModel.h"
#include "scoring/AssessmentJson.h"
#include "storage/ReferenceData.h"
#include "support/Children.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace treeops;
using namespace Qt::StringLiterals;
using treeops::test::child;
using widgets::AssessmentForm;
using widgets::JsonTableModel;
using widgets::TreeTableModel;

namespace {

QJsonObject example() {
    QFile file(QStringLiteral(TREEOPS_TEST_DATA_DIR
                              "/conformance/cases/13-mixed-services-fixed-costs.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object().value("assessment"_L1).toObject();
}

// Opens the cell's editor as a user would (the cell made current, then edited) and returns
// it; editors closed before are hidden, awaiting deletion.
template <typename Editor> Editor* openEditor(QTableView* view, int row, int column) {
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    view->edit(index);
    const auto editors = view->viewport()->findChildren<Editor*>();
    for (Editor* editor : editors) {
        if (editor->isVisible())
            return editor;
    }
    qFatal("no editor open at %d, %d", row, column);
}

// Enter ends an edit; the delegate commits it once the event loop runs again.
void commit(QWidget* editor) {
    QTest::keyClick(editor, Qt::Key_Enter);
    QCoreApplication::processEvents();
}

QJsonObject tree(const QJsonObject& document, int index) {
    return document.value("trees"_L1).toArray().at(index).toObject();
}

QJsonObject crewMember(const QJsonObject& document, int index) {
    return document.value("crew"_L1)["members"_L1].toArray().at(index).toObject();
}

} // namespace

class AssessmentFormTest : public QObject {
    Q_OBJECT

    std::shared_ptr<const scoring::Rates> m_rates;
    std::unique_ptr<scoring::Catalog> m_catalog;
    std::unique_ptr<AssessmentForm> m_form;
    std::unique_ptr<QSignalSpy> m_edits;

    QTableView* table(const QString& name) const { return child<QTableView>(*m_form, name); }
    JsonTableModel* model(const QString& name) const {
        return static_cast<JsonTableModel*>(table(name)->model());
    }
    QJsonObject lastDocument() const { return m_edits->last().at(0).toJsonObject(); }
    QString lastField() const { return m_edits->last().at(1).toString(); }

    Problems validate(const QJsonObject& document) const {
        Problems problems;
        scoring::AssessmentReader(*m_catalog, *m_rates).read(document, problems);
        return problems;
    }

    void save(const QString& name) const {
        const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(name);
        QVERIFY(m_form->grab().save(path));
        qInfo("rendered %s", qPrintable(path));
    }

    // Types into a cell's line edit and presses Enter, as an estimator would.
    void typeIntoCell(const QString& tableName, int row, int column, const QString& text) {
        auto* editor = openEditor<QLineEdit>(table(tableName), row, column);
        QTest::keyClicks(editor, text);
        commit(editor);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_rates = std::make_shared<const scoring::Rates>(storage::shippedRates());
        m_catalog = std::make_unique<scoring::Catalog>(storage::shippedCatalog());
    }

    void init() {
        m_form = std::make_unique<AssessmentForm>();
        m_form->setRates(m_rates);
        m_form->setDocument(example());
        m_form->resize(1280, 800);
        m_form->show();
        m_form->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
        m_edits = std::make_unique<QSignalSpy>(m_form.get(), &AssessmentForm::edited);
    }

    void cleanup() {
        m_edits.reset();
        m_form.reset();
    }

    void showsTheDocumentWithoutEmitting() {
        m_form->setDocument(example());
        m_form->setRates(m_rates);
        m_form->setDocument({});
        m_form->setDocument(example());
        QCOMPARE(m_edits->count(), 0);
        QCOMPARE(child<QLineEdit>(*m_form, u"customerName"_s)->text(), u"Ana Ruiz"_s);
        QCOMPARE(child<QLineEdit>(*m_form, u"siteAddress"_s)->text(), u"5 Pine St, Raleigh"_s);
        QCOMPARE(child<QComboBox>(*m_form, u"siteState"_s)->currentData(), QVariant(u"NC"_s));
        QCOMPARE(child<QComboBox>(*m_form, u"crewTier"_s)->currentText(), u"Beginner"_s);
        QCOMPARE(child<QDoubleSpinBox>(*m_form, u"travelHours"_s)->value(), 1.0);
        QVERIFY(!child<QCheckBox>(*m_form, u"emergency"_s)->isChecked());
        const JsonTableModel* trees = model(u"trees"_s);
        QCOMPARE(trees->rowCount(), 3);
        QCOMPARE(trees->index(0, TreeTableModel::DbhIn).data().toString(), u"30 in"_s);
        QCOMPARE(trees->index(0, TreeTableModel::Service).data().toString(), u"Removal"_s);
        // Measurements of the other kind of service are empty and locked.
        QVERIFY(!trees->index(0, TreeTableModel::StumpDiameterIn).data().isValid());
        QVERIFY(
            !(trees->flags(trees->index(0, TreeTableModel::StumpDiameterIn)) & Qt::ItemIsEditable));
        QCOMPARE(trees->index(2, TreeTableModel::GrindDepthIn).data().toString(), u"12 in"_s);
        QCOMPARE(model(u"crew"_s)->index(2, 0).data().toString(), u"Ground lead"_s);
        QCOMPARE(model(u"equipment"_s)->index(0, 0).data().toString(), u"Bucket truck"_s);
        QCOMPARE(model(u"fixedCosts"_s)->index(0, 1).data().toString(), u"$85.00"_s);
    }

    void typingTheCustomerNameEditsTheDocument() {
        auto* name = child<QLineEdit>(*m_form, u"customerName"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Bo Li"_s);
        QCOMPARE(m_edits->count(), 5);
        QCOMPARE(lastField(), u"customer.name"_s);
        QCOMPARE(lastDocument().value("customer"_L1)["name"_L1].toString(), u"Bo Li"_s);
        // Everything else is untouched.
        QJsonObject expected = example();
        expected.insert(u"customer"_s, QJsonObject{{u"name"_s, u"Bo Li"_s}});
        QCOMPARE(lastDocument(), expected);
    }

    void roundTripKeepsTheWholeDocument() {
        auto* name = child<QLineEdit>(*m_form, u"customerName"_s);
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClick(name, Qt::Key_X);
        QTest::keyClick(name, Qt::Key_Backspace);
        QCOMPARE(m_edits->count(), 2);
        QCOMPARE(lastDocument(), example());
        // A cell edited to the value it had is no edit at all.
        typeIntoCell(u"trees"_s, 0, TreeTableModel::DbhIn, u"30"_s);
        QCOMPARE(m_edits->count(), 2);
    }

    void anEmptyDocumentShowsEmptyFields() {
        m_form->setDocument({});
        QVERIFY(child<QLineEdit>(*m_form, u"customerName"_s)->text().isEmpty());
        QCOMPARE(child<QComboBox>(*m_form, u"siteState"_s)->currentIndex(), -1);
        QCOMPARE(model(u"trees"_s)->rowCount(), 0);
        QCOMPARE(model(u"crew"_s)->rowCount(), 0);
        QTest::mouseClick(child<QToolButton>(*m_form, u"treesAdd"_s), Qt::LeftButton);
        QCOMPARE(lastField(), u"trees[0]"_s);
        QCOMPARE(lastDocument(),
                 (QJsonObject{{u"trees"_s, QJsonArray{QJsonObject{{u"service"_s, u"removal"_s},
                                                                  {u"height_ft"_s, 30},
                                                                  {u"canopy_radius_ft"_s, 10},
                                                                  {u"dbh_in"_s, 12}}}}}));
        QCOMPARE(m_edits->count(), 1);
    }

    void anOutOfRangeDbhIsKeptAndMarked() {
        QTest::mouseClick(child<QToolButton>(*m_form, u"treesAdd"_s), Qt::LeftButton);
        QCOMPARE(lastField(), u"trees[3]"_s);
        QCOMPARE(lastDocument().value("trees"_L1).toArray().size(), 4);
        typeIntoCell(u"trees"_s, 3, TreeTableModel::DbhIn, u"150"_s);
        QCOMPARE(lastField(), u"trees[3].dbh_in"_s);
        QCOMPARE(tree(lastDocument(), 3).value("dbh_in"_L1).toDouble(), 150.0);

        const Problems problems = validate(lastDocument());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().where, u"trees[3].dbh_in"_s);
        m_form->setDocument(lastDocument()); // as the editor page does after every edit
        m_form->showProblems(problems);
        const JsonTableModel* trees = model(u"trees"_s);
        const QModelIndex dbh = trees->index(3, TreeTableModel::DbhIn);
        QCOMPARE(dbh.data().toString(), u"150 in"_s);
        QVERIFY(dbh.data(Qt::ToolTipRole).toString().contains(u"1..120"_s));
        QVERIFY(dbh.data(JsonTableModel::ProblemRole).toString().contains(u"1..120"_s));
        QVERIFY(dbh.data(Qt::DecorationRole).isValid());
        QVERIFY(dbh.data(Qt::BackgroundRole).isValid());
        QVERIFY(!trees->index(3, TreeTableModel::HeightFt).data(Qt::ToolTipRole).isValid());

        m_form->showProblems({});
        QVERIFY(!dbh.data(Qt::ToolTipRole).isValid());
        QVERIFY(!dbh.data(Qt::DecorationRole).isValid());
    }

    void fieldProblemsShowTheirReason() {
        QJsonObject document = example();
        document.insert(u"travel_hours"_s, 30);
        const Problems problems = validate(document);
        QCOMPARE(problems.size(), 1);
        m_form->setDocument(document);
        m_form->showProblems(problems);
        auto* travel = child<QDoubleSpinBox>(*m_form, u"travelHours"_s);
        QVERIFY(travel->toolTip().contains(u"0..24"_s));
        const QColor tinted = travel->palette().color(QPalette::Base);
        m_form->showProblems(problems); // after every edit: the mark must not build up
        QCOMPARE(travel->palette().color(QPalette::Base), tinted);
        const auto labels = m_form->findChildren<QLabel*>();
        const auto shown = std::count_if(labels.cbegin(), labels.cend(), [](const QLabel* l) {
            return l->isVisible() && l->text().contains(u"0..24"_s);
        });
        QCOMPARE(shown, 1);
        m_form->showProblems({});
        QVERIFY(!travel->toolTip().contains(u"0..24"_s));
        QVERIFY(travel->palette().color(QPalette::Base) != tinted);
        QVERIFY(std::none_of(labels.cbegin(), labels.cend(), [](const QLabel* l) {
            return l->isVisible() && l->text().contains(u"0..24"_s);
        }));
        QCOMPARE(m_edits->count(), 0);
    }

    void switchingToStumpGrindingSwapsTheMeasurements() {
        auto* service = openEditor<QComboBox>(table(u"trees"_s), 0, TreeTableModel::Service);
        QTest::keyClick(service, Qt::Key_End); // the last service: stump grinding
        QCOMPARE(lastField(), u"trees[0].service"_s);
        QCOMPARE(tree(lastDocument(), 0), (QJsonObject{{u"service"_s, u"stump_grinding"_s},
                                                       {u"height_above_grade_in"_s, 4},
                                                       {u"grind_depth_in"_s, 8},
                                                       {u"diameter_in"_s, 18}}));
        const JsonTableModel* trees = model(u"trees"_s);
        QVERIFY(!(trees->flags(trees->index(0, TreeTableModel::DbhIn)) & Qt::ItemIsEditable));
        QVERIFY(trees->flags(trees->index(0, TreeTableModel::StumpDiameterIn)) &
                Qt::ItemIsEditable);
        QVERIFY(validate(lastDocument()).isEmpty());

        // Trimming to removal measures the same tree: its measurements stay.
        service = openEditor<QComboBox>(table(u"trees"_s), 1, TreeTableModel::Service);
        QTest::keyClick(service, Qt::Key_Home);
        QCOMPARE(tree(lastDocument(), 1), (QJsonObject{{u"service"_s, u"removal"_s},
                                                       {u"height_ft"_s, 35},
                                                       {u"canopy_radius_ft"_s, 10},
                                                       {u"dbh_in"_s, 14}}));
    }

    void speciesIsTypedAndClearedAway() {
        typeIntoCell(u"trees"_s, 0, TreeTableModel::Species, u"live oak"_s);
        QCOMPARE(lastField(), u"trees[0].species"_s);
        QCOMPARE(tree(lastDocument(), 0).value("species"_L1).toString(), u"live oak"_s);
        m_form->setDocument(lastDocument());
        auto* editor = openEditor<QLineEdit>(table(u"trees"_s), 0, TreeTableModel::Species);
        QTest::keyClick(editor, Qt::Key_Delete); // the whole text is selected
        commit(editor);
        QVERIFY(!tree(lastDocument(), 0).contains("species"_L1));
    }

    void crewPositionAndCountAreEdited() {
        auto* count = openEditor<QSpinBox>(table(u"crew"_s), 3, 1);
        QTest::keyClicks(count, u"5"_s);
        commit(count);
        QCOMPARE(lastField(), u"crew.members[3].count"_s);
        QCOMPARE(crewMember(lastDocument(), 3).value("count"_L1).toInt(), 5);

        auto* position = openEditor<QComboBox>(table(u"crew"_s), 0, 0);
        QTest::keyClick(position, Qt::Key_Down); // arborist → climber
        QCOMPARE(lastField(), u"crew.members[0].position"_s);
        QCOMPARE(crewMember(lastDocument(), 0).value("position"_L1).toString(), u"climber"_s);
        QCOMPARE(model(u"crew"_s)->index(0, 0).data().toString(), u"Climber"_s);
    }

    void crewMembersAreAddedAndRemoved() {
        QTest::mouseClick(child<QToolButton>(*m_form, u"crewAdd"_s), Qt::LeftButton);
        QCOMPARE(lastField(), u"crew.members[4]"_s);
        // The first position not on the crew yet, one person.
        QCOMPARE(crewMember(lastDocument(), 4),
                 (QJsonObject{{u"position"_s, u"operator"_s}, {u"count"_s, 1}}));
        QVERIFY(validate(lastDocument()).isEmpty());

        table(u"crew"_s)->setCurrentIndex(model(u"crew"_s)->index(1, 0));
        QTest::mouseClick(child<QToolButton>(*m_form, u"crewRemove"_s), Qt::LeftButton);
        QCOMPARE(lastField(), u"crew.members[1]"_s);
        const QJsonArray members = lastDocument().value("crew"_L1)["members"_L1].toArray();
        QCOMPARE(members.size(), 4);
        QCOMPARE(members.at(1).toObject().value("position"_L1).toString(), u"ground_lead"_s);
        QCOMPARE(lastDocument().value("crew"_L1)["tier"_L1].toString(), u"beginner"_s);
    }

    void insertAndDeleteKeysAddAndRemoveTrees() {
        QTableView* trees = table(u"trees"_s);
        trees->setFocus();
        trees->setCurrentIndex(trees->model()->index(1, TreeTableModel::Species));
        QTest::keyClick(trees, Qt::Key_Delete);
        QCOMPARE(lastField(), u"trees[1]"_s);
        QCOMPARE(lastDocument().value("trees"_L1).toArray().size(), 2);
        QCOMPARE(tree(lastDocument(), 1).value("service"_L1).toString(), u"stump_grinding"_s);
        QTest::keyClick(trees, Qt::Key_Insert);
        QCOMPARE(lastDocument().value("trees"_L1).toArray().size(), 3);
        QCOMPARE(trees->currentIndex().row(), 2);
    }

    void headerFieldsEditTheirKeys() {
        auto* state = child<QComboBox>(*m_form, u"siteState"_s);
        state->setFocus();
        QTest::keyClick(state, Qt::Key_Up); // NC is last of the shipped states
        QCOMPARE(lastField(), u"site.state"_s);
        QCOMPARE(lastDocument().value("site"_L1)["state"_L1].toString(), u"CA"_s);

        auto* tier = child<QComboBox>(*m_form, u"crewTier"_s);
        QTest::keyClick(tier, Qt::Key_End);
        QCOMPARE(lastField(), u"crew.tier"_s);
        QCOMPARE(lastDocument().value("crew"_L1)["tier"_L1].toString(), u"expert"_s);

        auto* emergency = child<QCheckBox>(*m_form, u"emergency"_s);
        QTest::mouseClick(emergency, Qt::LeftButton, {}, QPoint(4, emergency->height() / 2));
        QCOMPARE(lastField(), u"emergency"_s);
        QVERIFY(lastDocument().value("emergency"_L1).toBool());

        auto* travel = child<QDoubleSpinBox>(*m_form, u"travelHours"_s);
        QTest::keyClick(travel, Qt::Key_Up);
        QCOMPARE(lastField(), u"travel_hours"_s);
        QCOMPARE(lastDocument().value("travel_hours"_L1).toDouble(), 1.25);
        QVERIFY(validate(lastDocument()).isEmpty());
    }

    void fixedCostAmountIsEdited() {
        auto* amount = openEditor<QDoubleSpinBox>(table(u"fixedCosts"_s), 1, 1);
        QTest::keyClicks(amount, u"120.5"_s);
        commit(amount);
        QCOMPARE(lastField(), u"fixed_costs[1].amount"_s);
        QCOMPARE(lastDocument().value("fixed_costs"_L1)[1]["amount"_L1].toDouble(), 120.5);
        QCOMPARE(model(u"fixedCosts"_s)->index(1, 1).data().toString(), u"$120.50"_s);
    }

    void severalRowsAreRemovedAtOnce() {
        QTableView* costs = table(u"fixedCosts"_s);
        costs->setCurrentIndex(costs->model()->index(0, 0));
        costs->selectAll();
        QTest::mouseClick(child<QToolButton>(*m_form, u"fixedCostsRemove"_s), Qt::LeftButton);
        QCOMPARE(lastField(), u"fixed_costs"_s);
        QCOMPARE(lastDocument().value("fixed_costs"_L1).toArray(), QJsonArray());
        QCOMPARE(m_edits->count(), 1);
    }

    void closingWithAnOpenEditorEditsNothing() {
        auto* editor = openEditor<QLineEdit>(table(u"trees"_s), 0, TreeTableModel::DbhIn);
        QTest::keyClicks(editor, u"40"_s);
        m_form.reset(); // closing the window commits the editor
        QCOMPARE(m_edits->count(), 0);
    }

    void rendersForReview() {
        QJsonObject document = example();
        QJsonArray trees = document.value("trees"_L1).toArray();
        QJsonObject first = trees.at(0).toObject();
        first.insert(u"dbh_in"_s, 150);
        first.insert(u"species"_s, u"live oak"_s);
        trees.replace(0, first);
        document.insert(u"trees"_s, trees);
        m_form->setDocument(document);
        m_form->showProblems(validate(document));
        save(u"assessment-form.png"_s);
        // In the editor page the form shares the width with the quote.
        m_form->resize(760, 640);
        save(u"assessment-form-narrow.png"_s);
    }
};

QTEST_MAIN(AssessmentFormTest)
#include "tst_assessment_form.moc"

// The AFISS factor picker on the offscreen platform with the shipped catalog, driven by real
// mouse and keyboard input: the tree, filtering, ticking factors and modifiers, "Show selected
// only", "Clear all", setSelection() without edits, and a rendering to look at.
#include "factors/FactorPicker.h"
#include "factors/FactorTreeModel.h"
#include "storage/ReferenceData.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <memory>

using namespace treeops;
using namespace Qt::StringLiterals;
using widgets::FactorPicker;
using widgets::FactorTreeModel;
using RowKind = FactorTreeModel::RowKind;

namespace {

QJsonObject factor(const QString& code, const QStringList& modifiers = {}) {
    QJsonObject entry{{u"code"_s, code}};
    if (!modifiers.isEmpty())
        entry.insert(u"modifiers"_s, QJsonArray::fromStringList(modifiers));
    return entry;
}

RowKind kindOf(const QModelIndex& index) {
    return static_cast<RowKind>(index.data(FactorTreeModel::RowKindRole).toInt());
}

// The Name-column index of the factor or modifier row with this code, or an invalid index.
QModelIndex rowOf(const QAbstractItemModel* model, const QString& code) {
    const QModelIndexList found =
        model->match(model->index(0, FactorTreeModel::Code), Qt::DisplayRole, code, 1,
                     Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first().siblingAtColumn(FactorTreeModel::Name);
}

// Codes of the factor rows the view's model offers, in tree order.
QStringList factorCodes(const QAbstractItemModel* model, const QModelIndex& parent = {}) {
    QStringList codes;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (kindOf(index) == RowKind::Factor)
            codes.append(index.siblingAtColumn(FactorTreeModel::Code).data().toString());
        else
            codes.append(factorCodes(model, index));
    }
    return codes;
}

// Factors whose code, name or description, or one of whose modifiers, contain `word`.
QStringList catalogMatches(const scoring::Catalog& catalog, const QString& word) {
    QStringList codes;
    for (int i = 0; i < catalog.factorCount(); ++i) {
        const scoring::FactorDef& def = catalog.factor(i);
        bool hit = def.code.contains(word, Qt::CaseInsensitive) ||
                   def.name.contains(word, Qt::CaseInsensitive) ||
                   def.description.contains(word, Qt::CaseInsensitive);
        for (const scoring::ModifierDef& modifier : def.modifiers)
            hit = hit || modifier.code.contains(word, Qt::CaseInsensitive) ||
                  modifier.name.contains(word, Qt::CaseInsensitive);
        if (hit && def.active)
            codes.append(def.code);
    }
    return codes;
}

bool isChecked(const QModelIndex& index) {
    return index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

// Where the delegate draws the index's check box, as the style lays out a checkable item.
QRect checkBoxRect(const QTreeView* view, const QModelIndex& index) {
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    option.text = index.data().toString();
    return view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
}

void clickCheckBox(QTreeView* view, const QModelIndex& index) {
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, checkBoxRect(view, index).center());
}

void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class FactorPickerTest : public QObject {
    Q_OBJECT

    std::shared_ptr<const scoring::Catalog> m_catalog;
    std::unique_ptr<FactorPicker> m_picker;
    QLineEdit* m_filter = nullptr;
    QTreeView* m_view = nullptr;
    QCheckBox* m_selectedOnly = nullptr;
    QToolButton* m_clearAll = nullptr;

    const QAbstractItemModel* model() const { return m_view->model(); }
    QModelIndex row(const QString& code) const { return rowOf(model(), code); }
    QString domainRow(scoring::Domain domain) const {
        return model()->index(scoring::index(domain), 0).data().toString();
    }
    std::unique_ptr<QSignalSpy> spyOnEdits() const {
        return std::make_unique<QSignalSpy>(m_picker.get(), &FactorPicker::edited);
    }
    bool emptyStateShown() const {
        return m_picker->findChild<QStackedWidget*>()->currentWidget() ==
               m_picker->findChild<QLabel*>(u"factorEmptyState"_s);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = std::make_shared<const scoring::Catalog>(storage::shippedCatalog());
    }

    void init() {
        m_picker = std::make_unique<FactorPicker>();
        m_picker->setCatalog(m_catalog);
        m_picker->resize(760, 560);
        m_picker->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_picker.get()));
        m_filter = m_picker->findChild<QLineEdit*>(u"factorFilter"_s);
        m_view = m_picker->findChild<QTreeView*>(u"factorTree"_s);
        m_selectedOnly = m_picker->findChild<QCheckBox*>(u"selectedOnly"_s);
        m_clearAll = m_picker->findChild<QToolButton*>(u"clearAll"_s);
        QVERIFY(m_filter && m_view && m_selectedOnly && m_clearAll);
    }

    void cleanup() { m_picker.reset(); }

    void treeShowsDomainsGroupsFactorsAndModifiers() {
        QCOMPARE(model()->rowCount(), scoring::DomainCount);
        QCOMPARE(domainRow(scoring::Domain::Access), u"Access (0 selected)"_s);
        QCOMPARE(domainRow(scoring::Domain::FallZone), u"Fall zone (0 selected)"_s);
        QCOMPARE(domainRow(scoring::Domain::Interference), u"Interference (0 selected)"_s);
        QCOMPARE(domainRow(scoring::Domain::Severity), u"Severity (0 selected)"_s);
        QCOMPARE(domainRow(scoring::Domain::Site), u"Site conditions (0 selected)"_s);
        QCOMPARE(factorCodes(model()).size(), m_catalog->factorCount());

        const QModelIndex access3 = row(u"AF_ACCESS_003"_s);
        QVERIFY(access3.isValid());
        QCOMPARE(access3.parent().data().toString(), u"Vehicle access"_s);
        QCOMPARE(access3.data().toString(), u"Low overhead clearance on approach"_s);
        QCOMPARE(access3.siblingAtColumn(FactorTreeModel::Percent).data().toString(), u"6 %"_s);
        const QString tip = access3.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Clearance under 13 ft 6 in on route"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"force clearance pruning first"_s), qPrintable(tip));
        QVERIFY(!isChecked(access3));

        const QModelIndex modifier = model()->index(0, 0, access3);
        QCOMPARE(modifier.data().toString(), u"Under 11 ft, bucket truck cannot pass"_s);
        QCOMPARE(modifier.siblingAtColumn(FactorTreeModel::Code).data().toString(),
                 u"AF_ACCESS_003.1"_s);
        QCOMPARE(modifier.siblingAtColumn(FactorTreeModel::Percent).data().toString(), u"+5 %"_s);
        QVERIFY(modifier.flags() & Qt::ItemIsUserCheckable);
        QVERIFY(!(access3.parent().flags() & Qt::ItemIsUserCheckable));

        // Every factor is listed; modifiers open on demand.
        QVERIFY(m_view->isExpanded(access3.parent()));
        QVERIFY(m_view->isExpanded(access3.parent().parent()));
        QVERIFY(!m_view->isExpanded(access3));
    }

    void offersOnlyActiveFactors() {
        scoring::CatalogData data = storage::shippedCatalog();
        data.factors[2].active = false;
        QCOMPARE(data.factors[2].code, u"AF_ACCESS_003"_s);
        m_picker->setCatalog(std::make_shared<const scoring::Catalog>(std::move(data)));

        QVERIFY(!row(u"AF_ACCESS_003"_s).isValid());
        QCOMPARE(factorCodes(model()).size(), m_catalog->factorCount() - 1);
        m_picker->setSelection({factor(u"AF_ACCESS_003"_s), factor(u"AF_ACCESS_004"_s)});
        QCOMPARE(m_picker->selection(), QJsonArray{factor(u"AF_ACCESS_004"_s)});
    }

    void filterShowsMatchingBranchesExpanded() {
        QTest::keyClicks(m_filter, u"clearance"_s);
        const QStringList expected = catalogMatches(*m_catalog, u"clearance"_s);
        QVERIFY(expected.size() >= 3);
        QCOMPARE(factorCodes(model()), expected);
        for (const QString& code : expected) {
            const QModelIndex index = row(code);
            QVERIFY(m_view->isExpanded(index.parent()) &&
                    m_view->isExpanded(index.parent().parent()));
            QVERIFY(m_view->isExpanded(index) || model()->rowCount(index) == 0);
        }

        // Case and accents do not matter.
        typeInto(m_filter, u"CLÉARANCE"_s);
        QCOMPARE(factorCodes(model()), expected);

        // A modifier's match brings its factor, and only that modifier.
        typeInto(m_filter, u"bucket"_s);
        QCOMPARE(factorCodes(model()), catalogMatches(*m_catalog, u"bucket"_s));
        const QModelIndex access3 = row(u"AF_ACCESS_003"_s);
        QCOMPARE(model()->rowCount(access3), 1);
        QCOMPARE(model()->index(0, FactorTreeModel::Code, access3).data().toString(),
                 u"AF_ACCESS_003.1"_s);
        QVERIFY(m_view->isExpanded(access3));

        // Every word must match, wherever it is.
        typeInto(m_filter, u"bucket  overhead"_s);
        QCOMPARE(factorCodes(model()), QStringList{u"AF_ACCESS_003"_s});

        typeInto(m_filter, u"zzqx"_s);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(emptyStateShown());
        QVERIFY(m_picker->findChild<QLabel*>(u"factorEmptyState"_s)->text().contains(u"zzqx"_s));

        typeInto(m_filter, {});
        QVERIFY(!emptyStateShown());
        QCOMPARE(factorCodes(model()).size(), m_catalog->factorCount());
    }

    void clearingTheFilterRestoresExpansionAndScroll() {
        const QModelIndex access = model()->index(scoring::index(scoring::Domain::Access), 0);
        m_view->collapse(access);
        const QModelIndex severity10 = row(u"AF_SEVERITY_010"_s);
        m_view->expand(severity10);
        m_view->verticalScrollBar()->setValue(120);

        typeInto(m_filter, u"fence"_s);
        QVERIFY(m_view->isExpanded(model()->index(0, 0)));
        typeInto(m_filter, {});

        QVERIFY(!m_view->isExpanded(model()->index(scoring::index(scoring::Domain::Access), 0)));
        QVERIFY(m_view->isExpanded(row(u"AF_SEVERITY_010"_s)));
        QVERIFY(!m_view->isExpanded(row(u"AF_SEVERITY_011"_s)));
        QVERIFY(m_view->isExpanded(row(u"AF_SITE_001"_s).parent()));
        QCOMPARE(m_view->verticalScrollBar()->value(), 120);
    }

    void clickingAFactorEmitsTheNewSelection() {
        const auto spy = spyOnEdits();
        clickCheckBox(m_view, row(u"AF_ACCESS_003"_s));

        QCOMPARE(spy->count(), 1);
        const QJsonArray expected{factor(u"AF_ACCESS_003"_s)};
        QCOMPARE(spy->at(0).at(0).toJsonArray(), expected);
        QCOMPARE(spy->at(0).at(1).toString(), u"factors.AF_ACCESS_003"_s);
        QVERIFY(isChecked(row(u"AF_ACCESS_003"_s)));
        QCOMPARE(domainRow(scoring::Domain::Access), u"Access (1 selected)"_s);
        QCOMPARE(m_picker->selection(), expected);
    }

    void tickingAModifierSelectsItsFactor() {
        const QModelIndex access3 = row(u"AF_ACCESS_003"_s);
        m_view->expand(access3);
        const auto spy = spyOnEdits();
        clickCheckBox(m_view, row(u"AF_ACCESS_003.2"_s));

        QCOMPARE(spy->count(), 1);
        QCOMPARE(spy->at(0).at(0).toJsonArray(),
                 QJsonArray{factor(u"AF_ACCESS_003"_s, {u"AF_ACCESS_003.2"_s})});
        QCOMPARE(spy->at(0).at(1).toString(), u"factors.AF_ACCESS_003.2"_s);
        QVERIFY(isChecked(row(u"AF_ACCESS_003"_s)));
        QVERIFY(!isChecked(row(u"AF_ACCESS_003.1"_s)));
        QVERIFY(isChecked(row(u"AF_ACCESS_003.2"_s)));
        QCOMPARE(domainRow(scoring::Domain::Access), u"Access (1 selected)"_s);

        // Unticking the modifier leaves the factor selected.
        clickCheckBox(m_view, row(u"AF_ACCESS_003.2"_s));
        QCOMPARE(spy->count(), 2);
        QCOMPARE(spy->at(1).at(0).toJsonArray(), QJsonArray{factor(u"AF_ACCESS_003"_s)});
    }

    void spaceOnAFactorUnticksItAndItsModifiers() {
        m_picker->setSelection(
            {factor(u"AF_ACCESS_003"_s, {u"AF_ACCESS_003.1"_s, u"AF_ACCESS_003.2"_s}),
             factor(u"AF_SITE_001"_s)});
        // Space works from whichever column is current.
        m_view->setFocus();
        m_view->setCurrentIndex(row(u"AF_ACCESS_003"_s).siblingAtColumn(FactorTreeModel::Code));
        const auto spy = spyOnEdits();
        QTest::keyClick(m_view, Qt::Key_Space);

        QCOMPARE(spy->count(), 1);
        QCOMPARE(spy->at(0).at(0).toJsonArray(), QJsonArray{factor(u"AF_SITE_001"_s)});
        QCOMPARE(spy->at(0).at(1).toString(), u"factors.AF_ACCESS_003"_s);
        QVERIFY(!isChecked(row(u"AF_ACCESS_003"_s)));
        QVERIFY(!isChecked(row(u"AF_ACCESS_003.1"_s)));
        QVERIFY(!isChecked(row(u"AF_ACCESS_003.2"_s)));
        QCOMPARE(domainRow(scoring::Domain::Access), u"Access (0 selected)"_s);

        // Ticking it again does not bring the modifiers back.
        QTest::keyClick(m_view, Qt::Key_Space);
        QCOMPARE(spy->count(), 2);
        QCOMPARE(spy->at(1).at(0).toJsonArray(),
                 (QJsonArray{factor(u"AF_ACCESS_003"_s), factor(u"AF_SITE_001"_s)}));

        // On a heading row space opens and closes it.
        const QModelIndex group = row(u"AF_ACCESS_003"_s).parent();
        m_view->setCurrentIndex(group);
        QTest::keyClick(m_view, Qt::Key_Space);
        QVERIFY(!m_view->isExpanded(group));
        QCOMPARE(spy->count(), 2);
    }

    void domainCountsFollowTheSelection() {
        m_picker->setSelection({factor(u"AF_ACCESS_003"_s), factor(u"AF_ACCESS_010"_s),
                                factor(u"AF_SEVERITY_010"_s, {u"AF_SEVERITY_010.1"_s})});
        QCOMPARE(domainRow(scoring::Domain::Access), u"Access (2 selected)"_s);
        QCOMPARE(domainRow(scoring::Domain::Severity), u"Severity (1 selected)"_s);
        QCOMPARE(domainRow(scoring::Domain::Site), u"Site conditions (0 selected)"_s);

        clickCheckBox(m_view, row(u"AF_ACCESS_010"_s));
        QCOMPARE(domainRow(scoring::Domain::Access), u"Access (1 selected)"_s);
    }

    void showSelectedOnly() {
        m_picker->setSelection({factor(u"AF_SITE_001"_s), factor(u"AF_SEVERITY_010"_s),
                                factor(u"AF_ACCESS_003"_s, {u"AF_ACCESS_003.1"_s})});
        QTest::mouseClick(m_selectedOnly, Qt::LeftButton);
        QVERIFY(m_selectedOnly->isChecked());

        QCOMPARE(factorCodes(model()),
                 (QStringList{u"AF_ACCESS_003"_s, u"AF_SEVERITY_010"_s, u"AF_SITE_001"_s}));
        QCOMPARE(model()->rowCount(), 3);
        // Selected factors open, with all their modifiers to tick more.
        QVERIFY(m_view->isExpanded(row(u"AF_ACCESS_003"_s)));
        QCOMPARE(model()->rowCount(row(u"AF_ACCESS_003"_s)), 2);

        // An undo that brings a factor back shows it, opened like the rest.
        m_picker->setSelection({factor(u"AF_SITE_001"_s), factor(u"AF_SEVERITY_010"_s),
                                factor(u"AF_ACCESS_003"_s, {u"AF_ACCESS_003.1"_s}),
                                factor(u"AF_FALLZONE_002"_s)});
        QCOMPARE(factorCodes(model()), (QStringList{u"AF_ACCESS_003"_s, u"AF_FALLZONE_002"_s,
                                                    u"AF_SEVERITY_010"_s, u"AF_SITE_001"_s}));
        QVERIFY(m_view->isExpanded(row(u"AF_FALLZONE_002"_s)));
        QVERIFY(m_view->isExpanded(row(u"AF_FALLZONE_002"_s).parent()));

        // Unticking hides the factor.
        const auto spy = spyOnEdits();
        clickCheckBox(m_view, row(u"AF_SITE_001"_s));
        QCOMPARE(spy->count(), 1);
        QVERIFY(!row(u"AF_SITE_001"_s).isValid());
        QCOMPARE(model()->rowCount(), 3);

        // With a filter as well: only selected factors that match.
        QTest::keyClicks(m_filter, u"clearance"_s);
        QCOMPARE(factorCodes(model()), QStringList{u"AF_ACCESS_003"_s});
        typeInto(m_filter, {});

        m_picker->setSelection({});
        QVERIFY(emptyStateShown());
        QTest::mouseClick(m_selectedOnly, Qt::LeftButton);
        QVERIFY(!emptyStateShown());
        QCOMPARE(factorCodes(model()).size(), m_catalog->factorCount());
    }

    void setSelectionNeitherEmitsNorMovesTheView() {
        const QModelIndex severity10 = row(u"AF_SEVERITY_010"_s);
        m_view->expand(severity10);
        m_view->collapse(model()->index(scoring::index(scoring::Domain::Access), 0));
        m_view->verticalScrollBar()->setValue(200);
        const auto spy = spyOnEdits();

        m_picker->setSelection({factor(u"AF_SEVERITY_010"_s, {u"AF_SEVERITY_010.2"_s}),
                                factor(u"AF_NOPE_001"_s),
                                factor(u"AF_SITE_001"_s, {u"AF_SITE_001.9"_s})});
        QVERIFY(isChecked(row(u"AF_SEVERITY_010"_s)));
        QVERIFY(isChecked(row(u"AF_SEVERITY_010.2"_s)));
        QVERIFY(!isChecked(row(u"AF_SEVERITY_010.1"_s)));
        QVERIFY(isChecked(row(u"AF_SITE_001"_s)));
        // Unknown factors and modifiers are not shown, so they are not part of the selection.
        QCOMPARE(m_picker->selection(),
                 (QJsonArray{factor(u"AF_SEVERITY_010"_s, {u"AF_SEVERITY_010.2"_s}),
                             factor(u"AF_SITE_001"_s)}));

        m_picker->setSelection({factor(u"AF_SITE_001"_s)});
        QVERIFY(!isChecked(row(u"AF_SEVERITY_010"_s)));
        QVERIFY(!isChecked(row(u"AF_SEVERITY_010.2"_s)));
        QVERIFY(isChecked(row(u"AF_SITE_001"_s)));

        QCOMPARE(spy->count(), 0);
        QVERIFY(m_view->isExpanded(row(u"AF_SEVERITY_010"_s)));
        QVERIFY(!m_view->isExpanded(model()->index(scoring::index(scoring::Domain::Access), 0)));
        QCOMPARE(m_view->verticalScrollBar()->value(), 200);
    }

    void selectionIsInCatalogOrder() {
        m_picker->setSelection(
            {factor(u"AF_SITE_001"_s),
             factor(u"AF_ACCESS_003"_s, {u"AF_ACCESS_003.2"_s, u"AF_ACCESS_003.1"_s}),
             factor(u"AF_FALLZONE_002"_s, {})});
        QCOMPARE(
            m_picker->selection(),
            (QJsonArray{factor(u"AF_ACCESS_003"_s, {u"AF_ACCESS_003.1"_s, u"AF_ACCESS_003.2"_s}),
                        factor(u"AF_FALLZONE_002"_s), factor(u"AF_SITE_001"_s)}));
        QVERIFY(!m_picker->selection().at(1).toObject().contains(u"modifiers"_s));
    }

    void clearAllUnticksEverythingAsOneEdit() {
        QVERIFY(!m_clearAll->isEnabled());
        m_picker->setSelection(
            {factor(u"AF_ACCESS_003"_s, {u"AF_ACCESS_003.1"_s}), factor(u"AF_SITE_001"_s)});
        QVERIFY(m_clearAll->isEnabled());
        const auto spy = spyOnEdits();
        QTest::mouseClick(m_clearAll, Qt::LeftButton);

        QCOMPARE(spy->count(), 1);
        QCOMPARE(spy->at(0).at(0).toJsonArray(), QJsonArray());
        QCOMPARE(spy->at(0).at(1).toString(), u"factors"_s);
        QVERIFY(!isChecked(row(u"AF_ACCESS_003"_s)));
        QCOMPARE(domainRow(scoring::Domain::Site), u"Site conditions (0 selected)"_s);
        QVERIFY(!m_clearAll->isEnabled());
    }

    void keyboardOnlyFromFindToTick() {
        const QString find = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
        QVERIFY2(m_filter->placeholderText().contains(find),
                 qPrintable(m_filter->placeholderText()));
        m_picker->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_picker.get()));
        m_view->setFocus();
        QTest::keySequence(m_view, QKeySequence::Find);
        QVERIFY(m_filter->hasFocus());

        const auto spy = spyOnEdits();
        QTest::keyClicks(m_filter, u"bucket"_s);
        QTest::keyClick(m_filter, Qt::Key_Return);
        QVERIFY(m_view->hasFocus());
        QTest::keyClick(m_view, Qt::Key_Space);
        QCOMPARE(spy->count(), 1);
        const QString first = catalogMatches(*m_catalog, u"bucket"_s).first();
        QCOMPARE(spy->at(0).at(0).toJsonArray(), QJsonArray{factor(first)});
    }

    // Called after every edit, undo and redo: it must not rebuild the tree.
    void setSelectionIsCheap() {
        QJsonArray many;
        QJsonArray others;
        for (int i = 0; i < m_catalog->factorCount(); i += 7) {
            const scoring::FactorDef& def = m_catalog->factor(i);
            const QStringList modifiers =
                def.modifiers.isEmpty() ? QStringList() : QStringList{def.modifiers.first().code};
            (i % 2 ? many : others).append(factor(def.code, modifiers));
        }
        constexpr int Rounds = 200;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Rounds; ++i)
            m_picker->setSelection(i % 2 ? many : others);
        const double perCallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / Rounds;
        qInfo("setSelection of %lld factors: %.3f ms per call", static_cast<long long>(many.size()),
              perCallMs);
        QVERIFY2(perCallMs < 10, qPrintable(QString::number(perCallMs)));
        QCOMPARE(m_picker->selection(), many);
    }

    void rendersForReview() {
        m_picker->setSelection({factor(u"AF_ACCESS_012"_s, {u"AF_ACCESS_012.1"_s}),
                                factor(u"AF_FALLZONE_029"_s), factor(u"AF_INTERFERENCE_043"_s),
                                factor(u"AF_SEVERITY_010"_s)});
        QTest::keyClicks(m_filter, u"fence"_s);
        m_view->setCurrentIndex(row(u"AF_FALLZONE_029"_s));
        // At the width it asks for, as a layout with room to spare gives it.
        m_picker->resize(m_picker->sizeHint().width(), 560);
        const QString path =
            QDir(QCoreApplication::applicationDirPath()).filePath(u"factor-picker.png"_s);
        QVERIFY(m_picker->grab().save(path));
        qInfo("rendered to %s", qPrintable(path));
    }
};

QTEST_MAIN(FactorPickerTest)
#include "tst_factor_picker.moc"

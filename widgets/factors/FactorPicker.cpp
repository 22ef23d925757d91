#include "factors/FactorPicker.h"

#include "common/PaletteIcon.h"
#include "factors/FactorFilterProxy.h"
#include "factors/FactorTreeModel.h"
#include "factors/FactorTreeView.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

constexpr int CellPadding = 24; // the item's margins plus room to breathe

// The widest contents of the narrow columns; measured only, never shown.
constexpr auto WidestCode = u"AF_INTERFERENCE_000.0";
constexpr auto WidestPercent = u"+00 %";

} // namespace

FactorPicker::FactorPicker(QWidget* parent)
    : QWidget(parent)
    , m_model(new FactorTreeModel(this))
    , m_proxy(new FactorFilterProxy(this)) {
    m_proxy->setSourceModel(m_model);
    QWidget* filterBar = createFilterBar();
    createTree();
    m_content = new QStackedWidget;
    m_content->addWidget(m_view);
    m_content->addWidget(createEmptyState());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(filterBar);
    layout->addWidget(m_content, 1);

    connect(m_model, &FactorTreeModel::edited, this,
            [this](const QString& what) { emit edited(selection(), what); });
    connect(m_model, &FactorTreeModel::selectionChanged, this,
            [this] { m_clearAll->setEnabled(m_model->hasSelection() && !m_model->isReadOnly()); });
    // Filtering, and the selection under "Show selected only", can leave nothing to show.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FactorPicker::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FactorPicker::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FactorPicker::updateEmptyState);
    updateEmptyState();
}

void FactorPicker::setCatalog(std::shared_ptr<const scoring::Catalog> catalog) {
    m_model->setCatalog(std::move(catalog));
}

void FactorPicker::setSelection(const QJsonArray& factors) {
    m_model->setSelection(factors);
}

QJsonArray FactorPicker::selection() const {
    return m_model->selection();
}

void FactorPicker::setReadOnly(bool readOnly) {
    m_model->setReadOnly(readOnly);
    m_clearAll->setEnabled(m_model->hasSelection() && !readOnly);
}

QWidget* FactorPicker::createFilterBar() {
    const QKeySequence find(QKeySequence::Find);
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"factorFilter"_s);
    m_filter->setClearButtonEnabled(true);
    // Short, so the shortcut still shows in a narrow picker; the tooltip tells the rest.
    m_filter->setPlaceholderText(
        tr("Filter by code or name (%1)").arg(find.toString(QKeySequence::NativeText)));
    m_filter->setToolTip(tr("Lists the factors whose code, name or description contains every "
                            "word typed, in any case and with or without accents."));
    connect(m_filter, &QLineEdit::textChanged, this, &FactorPicker::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &FactorPicker::focusFirstMatch);
    // Scoped to the picker, so a page holding it keeps its own Find.
    auto* findShortcut = new QShortcut(find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_selectedOnly = new QCheckBox(tr("Show selected only"));
    m_selectedOnly->setObjectName(u"selectedOnly"_s);
    connect(m_selectedOnly, &QCheckBox::toggled, this, &FactorPicker::applyFilter);

    m_clearAll = new QAction(paletteIcon(u"clear"), tr("Clear all"), this);
    m_clearAll->setToolTip(tr("Untick every factor and modifier of this assessment"));
    m_clearAll->setEnabled(false);
    connect(m_clearAll, &QAction::triggered, m_model, &FactorTreeModel::clearSelection);
    auto* clearButton = new QToolButton;
    clearButton->setObjectName(u"clearAll"_s);
    clearButton->setDefaultAction(m_clearAll);
    clearButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins({});
    layout->addWidget(m_filter, 1);
    layout->addWidget(m_selectedOnly);
    layout->addWidget(clearButton);
    return bar;
}

void FactorPicker::createTree() {
    m_view = new FactorTreeView;
    m_view->setObjectName(u"factorTree"_s);
    m_view->setModel(m_proxy);

    const QFontMetrics metrics = m_view->fontMetrics();
    const auto columnWidth = [&](int column, QStringView widest) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        return std::max(metrics.horizontalAdvance(widest.toString()),
                        metrics.horizontalAdvance(title)) +
               CellPadding;
    };
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FactorTreeModel::Name, QHeaderView::Stretch);
    header->resizeSection(FactorTreeModel::Code, columnWidth(FactorTreeModel::Code, WidestCode));
    header->resizeSection(FactorTreeModel::Percent,
                          columnWidth(FactorTreeModel::Percent, WidestPercent));
}

QLabel* FactorPicker::createEmptyState() {
    m_emptyState = new QLabel;
    m_emptyState->setObjectName(u"factorEmptyState"_s);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    return m_emptyState;
}

void FactorPicker::applyFilter() {
    const QString text = m_filter->text();
    const bool selectedOnly = m_selectedOnly->isChecked();
    m_view->changeFilter([&] {
        m_proxy->setFilter(text, selectedOnly);
        return m_proxy->isFiltering();
    });
    updateEmptyState();
}

void FactorPicker::updateEmptyState() {
    const bool empty = m_proxy->rowCount() == 0;
    if (empty)
        m_emptyState->setText(emptyStateText());
    m_content->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_view);
}

QString FactorPicker::emptyStateText() const {
    if (m_model->rowCount() == 0)
        return tr("No factor catalog is loaded yet, so there are no factors to pick.");
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty())
        return tr("No factors are selected yet. Untick “Show selected only” to pick from the "
                  "whole catalog.");
    if (m_selectedOnly->isChecked())
        return tr("No selected factor matches “%1”. Clear the filter or untick “Show selected "
                  "only”.")
            .arg(text);
    return tr("No factor matches “%1”. Try fewer or shorter words.").arg(text);
}

// Enter in the filter box: on to the first match, ready for space to tick it.
void FactorPicker::focusFirstMatch() {
    const QModelIndex first = firstFactor({});
    if (!first.isValid())
        return;
    m_view->setCurrentIndex(first);
    m_view->setFocus(Qt::OtherFocusReason);
}

QModelIndex FactorPicker::firstFactor(const QModelIndex& parent) const {
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        const auto kind =
            static_cast<FactorTreeModel::RowKind>(index.data(FactorTreeModel::RowKindRole).toInt());
        if (kind == FactorTreeModel::RowKind::Factor)
            return index;
        if (const QModelIndex found = firstFactor(index); found.isValid())
            return found;
    }
    return {};
}

} // namespace treeops::widgets

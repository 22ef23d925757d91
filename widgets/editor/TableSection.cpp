#include "editor/TableSection.h"

#include "common/PaletteIcon.h"
#include "editor/CellDelegate.h"
#include "editor/EditorText.h"
#include "editor/JsonTableModel.h"
#include "editor/ListTableView.h"
#include "editor/ProblemLabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

constexpr int CellPadding = 24; // the cell's margins and a problem icon
constexpr int RowPadding = 10;
constexpr int MaxProblemLines = 4;

// Typical widest contents of a column, measured only.
QString sampleText(const ColumnSpec& column) {
    switch (column.kind) {
    case CellKind::Count:
        return u"000"_s;
    case CellKind::Measure:
        return column.format.arg(u"000.0"_s);
    case CellKind::Money:
        return EditorText::money(88888.88);
    case CellKind::Choice: {
        QString widest;
        for (const Choice& choice : column.choices)
            widest = choice.label.size() > widest.size() ? choice.label : widest;
        return widest;
    }
    case CellKind::Text:
        break;
    }
    return {};
}

// The column that takes the spare width: free text if there is some, else the first choice.
int stretchColumn(const JsonTableModel& model) {
    int choice = -1;
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.column(c).kind == CellKind::Text)
            return c;
        if (choice < 0 && model.column(c).kind == CellKind::Choice)
            choice = c;
    }
    return choice;
}

QToolButton* buttonFor(QAction* action, const QString& name) {
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(name);
    return button;
}

constexpr QAbstractItemView::EditTriggers EditTriggers =
    QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked;

} // namespace

TableSection::TableSection(JsonTableModel* model, const QString& name, const Texts& texts,
                           QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new ListTableView)
    , m_problem(new ProblemLabel) {
    m_view->setObjectName(name);
    m_view->setModel(model);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setPlaceholderText(texts.placeholder);
    // Rows are the document's array in its order (problems name them by index): not sortable.
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(EditTriggers);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + RowPadding);
    m_view->horizontalHeader()->setHighlightSections(false);
    createActions(texts);
    sizeColumns();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(m_add, name + u"Add"));
    buttons->addWidget(buttonFor(m_remove, name + u"Remove"));
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(model, &QAbstractItemModel::modelReset, this, &TableSection::sizeColumns);
    connect(model, &QAbstractItemModel::modelReset, this, &TableSection::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TableSection::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TableSection::updateActions);
    updateActions();
}

QTableView* TableSection::view() const {
    return m_view;
}

void TableSection::createActions(const Texts& texts) {
    m_add = new QAction(paletteIcon(u"add"), texts.add, this);
    m_add->setShortcut(Qt::Key_Insert);
    m_add->setShortcutContext(Qt::WidgetShortcut); // never while a cell editor has the key
    m_remove = new QAction(paletteIcon(u"remove"), texts.remove, this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    for (QAction* action : {m_add, m_remove}) {
        action->setToolTip(action->text() + u" (" +
                           action->shortcut().toString(QKeySequence::NativeText) + u')');
        m_view->addAction(action);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_add, &QAction::triggered, this, &TableSection::addRow);
    connect(m_remove, &QAction::triggered, this, &TableSection::removeSelectedRows);
}

void TableSection::sizeColumns() {
    QHeaderView* header = m_view->horizontalHeader();
    const int stretch = stretchColumn(*m_model);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const ColumnSpec& column = m_model->column(c);
        int width = fontMetrics().horizontalAdvance(sampleText(column));
        for (const QString& line : column.title.split(u'\n'))
            width = std::max(width, fontMetrics().horizontalAdvance(line));
        header->resizeSection(c, width + CellPadding);
        header->setSectionResizeMode(c, c == stretch ? QHeaderView::Stretch
                                                     : QHeaderView::Interactive);
    }
    m_view->updateGeometry(); // the header's height follows its titles
}

void TableSection::setVisibleRows(int rows) {
    m_view->setVisibleRows(rows);
}

void TableSection::setMinimumVisibleRows(int rows) {
    m_view->setMinimumVisibleRows(rows);
}

void TableSection::showProblems(const Problems& problems) {
    m_model->setProblems(problems);
    QStringList lines;
    for (const Problem& p : problems) {
        if (p.where == m_model->arrayPath())
            lines << p.message;
    }
    lines << m_model->problemLines();
    // The cells are marked too; a long list of them would push the table off the form.
    if (lines.size() > MaxProblemLines) {
        const auto more = static_cast<int>(lines.size()) - MaxProblemLines + 1;
        lines.resize(MaxProblemLines - 1);
        lines << tr("… and %n more, marked in the table", nullptr, more);
    }
    m_problem->setMessages(lines);
}

void TableSection::addRow() {
    m_model->appendRow();
    const int row = m_model->rowCount() - 1;
    const QModelIndex first = m_model->index(row, 0);
    m_view->setCurrentIndex(first);
    m_view->scrollTo(first);
    m_view->setFocus(Qt::OtherFocusReason);
}

void TableSection::removeSelectedRows() {
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes())
        rows << index.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    m_model->removeRowsAt(rows);
}

void TableSection::updateActions() {
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && (m_view->currentIndex().isValid() ||
                                         m_view->selectionModel()->hasSelection()));
}

void TableSection::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : EditTriggers);
    updateActions();
}

} // namespace treeops::widgets

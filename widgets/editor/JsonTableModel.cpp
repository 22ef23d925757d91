#include "editor/JsonTableModel.h"

#include "common/StatusTone.h"
#include "editor/EditorText.h"

#include "json/JsonReader.h"
#include <QBrush>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace treeops::widgets {
namespace {

// Light enough that the cell's text stays readable on light and dark palettes.
constexpr int ProblemTintAlpha = 60;
constexpr int LockedTintAlpha = 36;

QBrush tint(StatusTone tone, int alpha) {
    QColor color = statusColor(tone);
    color.setAlpha(alpha);
    return color;
}

int alignment(CellKind kind) {
    const bool numeric =
        kind == CellKind::Count || kind == CellKind::Measure || kind == CellKind::Money;
    return static_cast<int>(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                    : Qt::AlignLeft | Qt::AlignVCenter);
}

QString choiceLabel(const ColumnSpec& column, const QString& key) {
    for (const Choice& choice : column.choices) {
        if (choice.key == key)
            return choice.label;
    }
    return key;
}

} // namespace

JsonTableModel::JsonTableModel(QString arrayPath, QObject* parent)
    : QAbstractTableModel(parent)
    , m_arrayPath(std::move(arrayPath)) {}

void JsonTableModel::setColumns(QList<ColumnSpec> columns) {
    beginResetModel();
    m_columns = std::move(columns);
    endResetModel();
}

void JsonTableModel::setRows(const QJsonArray& rows) {
    if (rows == m_rows)
        return;
    if (rows.size() == m_rows.size()) {
        // Same rows, new values (an undo, a re-shown edit): the view keeps its current cell.
        m_rows = rows;
        refreshAll();
        return;
    }
    // Problems are kept by row index, which no longer names the same tree.
    beginResetModel();
    m_rows = rows;
    m_problems.clear();
    endResetModel();
}

void JsonTableModel::appendRow() {
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.append(newRow());
    endInsertRows();
    emit edited(jsonPath(m_arrayPath, row));
}

void JsonTableModel::removeRowsAt(QList<int> rows) {
    rows.removeIf([this](int row) { return row < 0 || row >= rowCount(); });
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>()); // later rows first: indices hold
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    setProblems({}); // by row index, so stale until the document is validated again
    emit edited(rows.size() == 1 ? jsonPath(m_arrayPath, rows.first()) : m_arrayPath);
}

void JsonTableModel::setProblems(const Problems& problems) {
    const QString prefix = m_arrayPath + u'[';
    QHash<int, QHash<QString, QString>> marks;
    for (const Problem& p : problems) {
        const qsizetype close = p.where.indexOf(u']', prefix.size());
        if (!p.where.startsWith(prefix) || close < 0)
            continue;
        bool ok = false;
        const int row = p.where.mid(prefix.size(), close - prefix.size()).toInt(&ok);
        if (!ok)
            continue;
        const QString key = p.where.mid(close + 2); // after "].", empty for the row itself
        const bool shown = std::any_of(m_columns.cbegin(), m_columns.cend(),
                                       [&](const ColumnSpec& c) { return c.key == key; });
        QString& message = marks[row][shown ? key : QString()];
        if (!message.isEmpty())
            message += u'\n';
        message += p.message;
    }
    if (marks.isEmpty() && m_problems.isEmpty())
        return;
    m_problems = std::move(marks);
    refreshAll({Qt::ToolTipRole, Qt::DecorationRole, Qt::BackgroundRole, ProblemRole});
}

void JsonTableModel::refreshAll(const QList<int>& roles) {
    if (rowCount() > 0 && columnCount() > 0) // no columns before the rates arrive
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
}

QStringList JsonTableModel::problemLines() const {
    QList<int> rows = m_problems.keys();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const int row : std::as_const(rows)) {
        const QString number = QLocale().toString(row + 1); // as the row header shows it
        const QHash<QString, QString> marks = m_problems.value(row);
        for (const ColumnSpec& column : m_columns) {
            if (marks.contains(column.key))
                lines << tr("Row %1, %2: %3")
                             .arg(number, column.title.simplified(), marks[column.key]);
        }
        if (marks.contains(QString()))
            lines << tr("Row %1: %2").arg(number, marks[QString()]);
    }
    return lines;
}

int JsonTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JsonTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant JsonTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnSpec& spec = m_columns.at(index.column());
    const bool applicable = applies(index.row(), index.column());
    const QJsonValue value = m_rows.at(index.row()).toObject().value(spec.key);
    switch (role) {
    case Qt::DisplayRole:
        return applicable ? display(value, spec) : QVariant();
    case Qt::EditRole:
        return value.toVariant();
    case Qt::TextAlignmentRole:
        return alignment(spec.kind);
    case Qt::ToolTipRole:
    case ProblemRole: {
        const QString message = problem(index.row(), index.column());
        return message.isEmpty() ? QVariant() : QVariant(message);
    }
    case Qt::DecorationRole:
        return problem(index.row(), index.column()).isEmpty()
                   ? QVariant()
                   : QVariant(statusIcon(StatusTone::Failure));
    case Qt::BackgroundRole:
        if (!problem(index.row(), index.column()).isEmpty())
            return tint(StatusTone::Failure, ProblemTintAlpha);
        return applicable ? QVariant() : QVariant(tint(StatusTone::Inactive, LockedTintAlpha));
    default:
        return {};
    }
}

QVariant JsonTableModel::display(const QJsonValue& value, const ColumnSpec& column) const {
    if (value.isUndefined())
        return {};
    if (!value.isDouble()) // a wrong type from a file: shown as is, the validator explains
        return column.kind == CellKind::Choice ? choiceLabel(column, value.toString())
                                               : value.toVariant().toString();
    switch (column.kind) {
    case CellKind::Measure:
        return column.format.arg(EditorText::number(value.toDouble()));
    case CellKind::Money:
        return EditorText::money(value.toDouble());
    case CellKind::Text:
    case CellKind::Choice:
    case CellKind::Count:
        break;
    }
    return EditorText::number(value.toDouble());
}

QString JsonTableModel::problem(int row, int column) const {
    const auto found = m_problems.constFind(row);
    if (found == m_problems.cend())
        return {};
    QString message = found->value(m_columns.at(column).key);
    // The row's problems that no column shows are worn by its first cell.
    if (column == 0 && found->contains(QString())) {
        const QString rowMessage = found->value(QString());
        message = message.isEmpty() ? rowMessage : message + u'\n' + rowMessage;
    }
    return message;
}

bool JsonTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const ColumnSpec& spec = m_columns.at(index.column());
    QJsonValue next = QJsonValue::fromVariant(value);
    if (spec.kind == CellKind::Text && next.toString().isEmpty())
        next = QJsonValue::Undefined;
    QJsonObject row = m_rows.at(index.row()).toObject();
    if (row.value(spec.key) == next)
        return true; // nothing changed: no undo step
    write(row, index.column(), next);
    m_rows[index.row()] = row;
    // A write may change other cells of the row (a new service brings its measurements).
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    emit edited(jsonPath(m_arrayPath, index.row()) + u'.' + spec.key);
    return true;
}

Qt::ItemFlags JsonTableModel::flags(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (!applies(index.row(), index.column()))
        return Qt::ItemNeverHasChildren; // disabled: greyed, and skipped by the cursor keys
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnSpec& spec = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return spec.title;
    case Qt::ToolTipRole:
        return spec.toolTip.isEmpty() ? QVariant() : QVariant(spec.toolTip);
    case Qt::TextAlignmentRole:
        return alignment(spec.kind);
    default:
        return {};
    }
}

bool JsonTableModel::applies(int, int) const {
    return true;
}

void JsonTableModel::write(QJsonObject& row, int column, const QJsonValue& value) const {
    const QString& key = m_columns.at(column).key;
    if (value.isUndefined())
        row.remove(key);
    else
        row.insert(key, value);
}

QJsonObject JsonTableModel::newRow() const {
    QJsonObject row;
    for (const ColumnSpec& column : m_columns) {
        if (column.kind == CellKind::Choice && !column.choices.isEmpty())
            row.insert(column.key, firstUnusedChoice(column));
        else if (column.kind == CellKind::Count || column.kind == CellKind::Money)
            row.insert(column.key, column.minimum);
    }
    return row;
}

// A new crew or equipment row most likely adds what is not listed yet.
QString JsonTableModel::firstUnusedChoice(const ColumnSpec& column) const {
    QSet<QString> used;
    for (const QJsonValue& row : m_rows)
        used.insert(row.toObject().value(column.key).toString());
    for (const Choice& choice : column.choices) {
        if (!used.contains(choice.key))
            return choice.key;
    }
    return column.choices.first().key;
}

} // namespace treeops::widgets

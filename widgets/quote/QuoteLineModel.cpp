#include "quote/QuoteLineModel.h"

#include "quote/QuoteText.h"

namespace treeops::widgets {
namespace {

constexpr int PointDecimals = 1;

} // namespace

QuoteLineModel::QuoteLineModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void QuoteLineModel::setLines(const scoring::Assessment& assessment, const scoring::Quote& quote) {
    resizeTo(quote.lines.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const auto tree = static_cast<qsizetype>(i);
        m_rows[i].number = static_cast<int>(tree) + 1;
        m_rows[i].species =
            tree < assessment.trees.size() ? assessment.trees[tree].species : QString();
        m_rows[i].line = quote.lines[i];
    }
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void QuoteLineModel::resizeTo(std::size_t count) {
    const int current = rowCount();
    const int wanted = static_cast<int>(count);
    if (wanted > current) {
        beginInsertRows({}, current, wanted - 1);
        m_rows.resize(count);
        endInsertRows();
    } else if (wanted < current) {
        beginRemoveRows({}, wanted, current - 1);
        m_rows.resize(count);
        endRemoveRows();
    }
}

int QuoteLineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QuoteLineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteLineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case SortRole:
        return value(row, index.column());
    case Qt::TextAlignmentRole:
        return isText(index.column()) ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    default:
        return {};
    }
}

QString QuoteLineModel::text(const Row& row, int column) {
    const scoring::QuoteLine& line = row.line;
    switch (column) {
    case Tree:
        return row.species.isEmpty() ? QString::number(row.number)
                                     : tr("%1 · %2").arg(QString::number(row.number), row.species);
    case Service:
        return QuoteText::service(line.service);
    case Points:
        return QuoteText::number(line.basePoints, PointDecimals);
    case AdjustedPoints:
        return QuoteText::number(line.adjustedPoints, PointDecimals);
    case Hours:
        return QuoteText::duration(line.hours);
    case Cost:
        return QuoteText::money(line.cost);
    case Price:
        return QuoteText::money(line.price);
    default:
        return {};
    }
}

QVariant QuoteLineModel::value(const Row& row, int column) {
    const scoring::QuoteLine& line = row.line;
    switch (column) {
    case Tree:
        return row.number;
    case Points:
        return line.basePoints;
    case AdjustedPoints:
        return line.adjustedPoints;
    case Hours:
        return line.hours;
    case Cost:
        return line.cost;
    case Price:
        return line.price;
    default:
        return text(row, column);
    }
}

QString QuoteLineModel::toolTip(const Row& row, int column) {
    const scoring::QuoteLine& line = row.line;
    if (column == AdjustedPoints)
        return tr("%1 points × complexity = %2 points, at %3 points per hour")
            .arg(QuoteText::number(line.basePoints, 1), QuoteText::number(line.adjustedPoints, 1),
                 QuoteText::number(line.pph, 0));
    if (column == Price)
        return tr("Cost %1, price %2")
            .arg(QuoteText::money(line.cost), QuoteText::money(line.price));
    // The job minimum spreads extra billable time over the lines.
    if (column == Hours && line.billableHours != line.hours)
        return tr("Billed as %1").arg(QuoteText::duration(line.billableHours));
    return {};
}

QVariant QuoteLineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return isText(section) ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == AdjustedPoints)
        return tr("Points times the complexity multiplier");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Tree:
        return tr("Tree");
    case Service:
        return tr("Service");
    case Points:
        return tr("Points");
    case AdjustedPoints:
        return tr("Adjusted");
    case Hours:
        return tr("Hours");
    case Cost:
        return tr("Cost");
    case Price:
        return tr("Price");
    default:
        return {};
    }
}

} // namespace treeops::widgets

#include "assessments/AssessmentListModel.h"

#include "assessments/AssessmentPageLoader.h"
#include "assessments/AssessmentText.h"
#include "common/RelativeTime.h"
#include "common/StatusTone.h"

#include <QLocale>
#include <limits>
#include <optional>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using storage::AssessmentSort;

std::optional<AssessmentSort> sortFor(int column) {
    switch (column) {
    case AssessmentListModel::Customer:
        return AssessmentSort::Customer;
    case AssessmentListModel::Address:
        return AssessmentSort::Address;
    case AssessmentListModel::State:
        return AssessmentSort::State;
    case AssessmentListModel::Trees:
        return AssessmentSort::Trees;
    case AssessmentListModel::Composite:
        return AssessmentSort::Composite;
    case AssessmentListModel::Price:
        return AssessmentSort::Price;
    case AssessmentListModel::Status:
        return AssessmentSort::Status;
    case AssessmentListModel::Updated:
        return AssessmentSort::Updated;
    default:
        return std::nullopt;
    }
}

// Numbers are right-aligned so their digits line up. Views read the role as an int.
int alignment(int column) {
    const bool numeric = column == AssessmentListModel::Trees ||
                         column == AssessmentListModel::Composite ||
                         column == AssessmentListModel::Price;
    return static_cast<int>(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                    : Qt::AlignLeft | Qt::AlignVCenter);
}

// Names read best A to Z; amounts, scores and dates biggest or newest first.
Qt::SortOrder initialSortOrder(int column) {
    const bool text = column == AssessmentListModel::Customer ||
                      column == AssessmentListModel::Address ||
                      column == AssessmentListModel::State || column == AssessmentListModel::Status;
    return text ? Qt::AscendingOrder : Qt::DescendingOrder;
}

} // namespace

AssessmentListModel::AssessmentListModel(assessments::StoreWorker* worker, QObject* parent)
    : QAbstractTableModel(parent)
    , m_loader(new AssessmentPageLoader(worker, this))
    , m_archivedIcon(AssessmentText::archivedIcon()) {
    connect(m_loader, &AssessmentPageLoader::loaded, this, &AssessmentListModel::showLoaded);
    connect(m_loader, &AssessmentPageLoader::pageLoaded, this, &AssessmentListModel::refreshRows);
    connect(m_loader, &AssessmentPageLoader::failed, this, &AssessmentListModel::failed);
}

int AssessmentListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rowCount;
}

int AssessmentListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column());
    const storage::AssessmentSummary* assessment = m_loader->row(index.row());
    if (!assessment) {
        const bool placeholder = role == Qt::DisplayRole && index.column() == Customer;
        return placeholder ? QVariant(tr("Loading…")) : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*assessment, index.column());
    case Qt::ToolTipRole:
        return toolTip(*assessment, index.column());
    case Qt::DecorationRole:
        if (index.column() != Status)
            return {};
        return assessment->archived ? m_archivedIcon
                                    : statusIcon(AssessmentText::statusTone(assessment->status));
    default:
        return {};
    }
}

QVariant AssessmentListModel::display(const storage::AssessmentSummary& a, int column) const {
    const QLocale locale;
    switch (column) {
    case Customer:
        return a.customer;
    case Address:
        return a.address;
    case State:
        return a.state;
    case Services:
        return AssessmentText::services(a.services);
    case Trees:
        return locale.toString(a.treeCount);
    case Composite:
        return a.composite ? QVariant(locale.toString(*a.composite, 'f', 1)) : QVariant();
    case Band:
        return a.band;
    case Price:
        return a.price ? QVariant(locale.toCurrencyString(*a.price)) : QVariant();
    case Status:
        return a.archived ? AssessmentText::archivedStatus(a.status)
                          : AssessmentText::status(a.status);
    case Updated:
        return a.updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    default:
        return {};
    }
}

QVariant AssessmentListModel::toolTip(const storage::AssessmentSummary& a, int column) const {
    switch (column) {
    case Customer:
        return tr("Assessment %1").arg(a.id);
    case Status:
        if (a.archived)
            return tr("%1, in the archive and read-only: open it to read it, or duplicate it to "
                      "work on a copy.")
                .arg(AssessmentText::status(a.status));
        return {};
    case Updated:
        return relativeTime(a.updatedAt, QDateTime::currentDateTimeUtc());
    default:
        return {};
    }
}

QVariant AssessmentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        break;
    case Qt::TextAlignmentRole:
        return alignment(section);
    case Qt::InitialSortOrderRole:
        return static_cast<int>(initialSortOrder(section));
    default:
        return {};
    }
    switch (section) {
    case Customer:
        return tr("Customer");
    case Address:
        return tr("Address");
    case State:
        return tr("State");
    case Services:
        return tr("Services");
    case Trees:
        return tr("Trees");
    case Composite:
        return tr("Composite");
    case Band:
        return tr("Band");
    case Price:
        return tr("Price");
    case Status:
        return tr("Status");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

bool AssessmentListModel::isSortable(int column) {
    return sortFor(column).has_value();
}

void AssessmentListModel::sort(int column, Qt::SortOrder order) {
    const auto sort = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (!sort || (*sort == m_filter.sort && descending == m_filter.descending))
        return;
    m_filter.sort = *sort;
    m_filter.descending = descending;
    if (m_listing)
        reload();
}

void AssessmentListModel::setFilter(const storage::AssessmentFilter& filter) {
    m_filter.search = filter.search;
    m_filter.status = filter.status;
    m_filter.state = filter.state;
    m_filter.updatedFrom = filter.updatedFrom;
    m_filter.updatedTo = filter.updatedTo;
    m_filter.includeArchived = filter.includeArchived;
    m_listing = true;
    reload();
}

// The rows on screen stay until the new list is in (or stay if it cannot be loaded).
void AssessmentListModel::reload() {
    m_loader->reload(m_filter);
}

void AssessmentListModel::showLoaded(qint64 total) {
    beginResetModel();
    m_rowCount = static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max()));
    endResetModel();
    emit loaded(total);
}

void AssessmentListModel::refreshRows(int firstRow, int count) {
    const int lastRow = std::min(firstRow + count, m_rowCount) - 1;
    if (lastRow >= firstRow)
        emit dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
}

void AssessmentListModel::refresh() {
    if (m_listing)
        reload();
}

const storage::AssessmentSummary* AssessmentListModel::summaryAt(int row) const {
    return m_loader->row(row);
}

} // namespace treeops::widgets

#include "quality/RuleResultsModel.h"

#include "common/RelativeTime.h"
#include "quality/QualityText.h"

#include <QLocale>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using quality::RuleResult;
using quality::RuleStatus;

// Worst first when sorted by status: what needs attention comes to the top.
int statusRank(RuleStatus status) {
    switch (status) {
    case RuleStatus::Error:
        return 0;
    case RuleStatus::Fail:
        return 1;
    case RuleStatus::Warn:
        return 2;
    case RuleStatus::Pass:
        return 3;
    case RuleStatus::NotApplicable:
        return 4;
    }
    return 5;
}

} // namespace

RuleResultsModel::RuleResultsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RuleResultsModel::setDashboard(const quality::QualityDashboard& dashboard) {
    beginResetModel();
    m_results = dashboard.results;
    m_trends = dashboard.trends;
    m_since.clear();
    for (auto it = m_trends.cbegin(); it != m_trends.cend(); ++it)
        m_since.insert(it.key(),
                       quality::notPassingSince(it.value(), quality::QualityWorker::TrendRuns));
    endResetModel();
}

int RuleResultsModel::rowOf(const QString& id) const {
    for (int row = 0; row < m_results.size(); ++row)
        if (m_results.at(row).result.rule.id == id)
            return row;
    return -1;
}

int RuleResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_results.size());
}

int RuleResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const quality::LatestResult& latest = m_results.at(index.row());
    const RuleResult& result = latest.result;
    switch (role) {
    case Qt::DisplayRole:
        return display(latest, index.column());
    case Qt::DecorationRole:
        return index.column() == Status ? QVariant(statusIcon(statusTone(result.status)))
                                        : QVariant();
    case Qt::ToolTipRole:
        return toolTip(latest, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Failing ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortKey(latest, index.column());
    case StatusRole:
        return int(result.status);
    case SeverityRole:
        return int(result.rule.severity);
    case DatasetRole:
        return result.rule.dataset;
    case TrendRole:
        return QVariant::fromValue(m_trends.value(result.rule.id));
    }
    return {};
}

QVariant RuleResultsModel::display(const quality::LatestResult& latest, int column) const {
    const RuleResult& r = latest.result;
    switch (column) {
    case Status:
        return quality::statusName(r.status);
    case Severity:
        return quality::severityName(r.rule.severity);
    case Rule:
        return r.rule.name;
    case Dimension:
        return quality::dimensionName(r.rule.dimension);
    case Dataset:
        return r.rule.dataset;
    case Failing:
        return r.status == RuleStatus::Error ? QString()
                                             : tr("%1 of %2")
                                                   .arg(QLocale().toString(r.outcome.failing),
                                                        QLocale().toString(r.outcome.examined));
    case Threshold:
        return tr("warn > %1 · fail > %2").arg(r.rule.warn.text(), r.rule.fail.text());
    case LastRun:
        return latest.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    case Since:
        return sinceText(r);
    }
    return {};
}

QString RuleResultsModel::sinceText(const RuleResult& r) const {
    const auto since = m_since.value(r.rule.id);
    if (!since)
        return {};
    const QString when = since->at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    return since->atLeast ? tr("before %1").arg(when)
                          : tr("%1 (%n run(s))", nullptr, since->runs).arg(when);
}

QVariant RuleResultsModel::sortKey(const quality::LatestResult& latest, int column) const {
    const RuleResult& r = latest.result;
    switch (column) {
    case Status:
        return statusRank(r.status);
    case Severity:
        return int(r.rule.severity);
    case Failing:
        return r.outcome.failing;
    case LastRun:
        return latest.at;
    case Since: {
        const auto since = m_since.value(r.rule.id);
        return since ? since->at : QDateTime();
    }
    case Trend:
        return statusRank(r.status);
    }
    return display(latest, column);
}

QVariant RuleResultsModel::toolTip(const quality::LatestResult& latest, int column) const {
    const RuleResult& r = latest.result;
    switch (column) {
    case Rule:
        return u"%1\n%2"_s.arg(r.rule.id, r.rule.description);
    case Status:
        return r.message.isEmpty() ? QVariant() : QVariant(r.message);
    case LastRun:
        return tr("Run %1, %2")
            .arg(latest.runId)
            .arg(relativeTime(latest.at, QDateTime::currentDateTimeUtc()));
    case Since: {
        const auto since = m_since.value(r.rule.id);
        return since ? QVariant(relativeTime(since->at, QDateTime::currentDateTimeUtc()))
                     : QVariant();
    }
    case Trend:
        return tr("The last %n run(s), oldest on the left; taller bars fail more rows.", nullptr,
                  int(m_trends.value(r.rule.id).size()));
    }
    return {};
}

QVariant RuleResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Severity:
        return tr("Severity");
    case Rule:
        return tr("Rule");
    case Dimension:
        return tr("Dimension");
    case Dataset:
        return tr("Dataset");
    case Failing:
        return tr("Failing rows");
    case Threshold:
        return tr("Thresholds");
    case LastRun:
        return tr("Last run");
    case Since:
        return tr("Not passing since");
    case Trend:
        return tr("Trend");
    }
    return {};
}

} // namespace treeops::widgets

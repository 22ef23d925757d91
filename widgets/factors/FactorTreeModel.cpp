#include "factors/FactorTreeModel.h"

#include "factors/SearchFold.h"

#include <QFont>
#include <QLocale>
#include <utility>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using scoring::Domain;

QString factorSearchText(const scoring::FactorDef& def) {
    return def.code % u'\n' % def.name % u'\n' % def.description;
}

// A modifier is found by its factor's words too, so "bucket overhead" finds the "bucket truck"
// modifier of the "overhead clearance" factor.
QString modifierSearchKey(const scoring::FactorDef& factor, const scoring::ModifierDef& def) {
    return searchFold(factorSearchText(factor) % u'\n' % def.code % u'\n' % def.name);
}

QFont headingFont() {
    QFont font;
    font.setBold(true);
    return font;
}

} // namespace

FactorTreeModel::FactorTreeModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void FactorTreeModel::setCatalog(std::shared_ptr<const scoring::Catalog> catalog) {
    const QJsonArray kept = selection();
    beginResetModel();
    m_catalog = std::move(catalog);
    build();
    m_selection = m_catalog ? FactorSelection::fromJson(*m_catalog, kept) : FactorSelection();
    endResetModel();
    emit selectionChanged();
}

void FactorTreeModel::setSelection(const QJsonArray& factors) {
    if (m_catalog && apply(FactorSelection::fromJson(*m_catalog, factors)))
        emit selectionChanged();
}

void FactorTreeModel::clearSelection() {
    if (!m_catalog || m_readOnly || !apply(FactorSelection(*m_catalog)))
        return;
    emit selectionChanged();
    emit edited(u"factors"_s);
}

void FactorTreeModel::setReadOnly(bool readOnly) {
    if (readOnly == m_readOnly)
        return;
    // The check boxes stay and tell what is selected; nothing moves, but views and proxies ask
    // the flags again.
    emit layoutAboutToBeChanged();
    m_readOnly = readOnly;
    emit layoutChanged();
}

void FactorTreeModel::build() {
    m_nodes.clear();
    m_domainNodes.clear();
    m_factorNodes.clear();
    m_groupHeadings.clear();
    if (!m_catalog)
        return;
    for (const Domain domain : scoring::AllDomains)
        m_domainNodes.append(addNode(RowKind::Domain, -1, scoring::index(domain)));
    m_factorNodes.fill(-1, m_catalog->factorCount());
    for (int factor = 0; factor < m_catalog->factorCount(); ++factor) {
        if (!m_catalog->isActive(factor))
            continue;
        const scoring::FactorDef& def = m_catalog->factor(factor);
        const int group = groupNode(m_domainNodes[scoring::index(def.domain)], def.group);
        const int node = addNode(RowKind::Factor, group, factor, searchFold(factorSearchText(def)));
        m_factorNodes[factor] = node;
        for (int modifier = 0; modifier < def.modifiers.size(); ++modifier)
            addNode(RowKind::Modifier, node, modifier,
                    modifierSearchKey(def, def.modifiers[modifier]));
    }
}

// Groups are listed in the order the catalog first names them within their domain.
int FactorTreeModel::groupNode(int domainNode, const QString& heading) {
    for (const int child : m_nodes[domainNode].children) {
        if (m_groupHeadings[m_nodes[child].item] == heading)
            return child;
    }
    m_groupHeadings.append(heading);
    return addNode(RowKind::Group, domainNode, static_cast<int>(m_groupHeadings.size() - 1));
}

int FactorTreeModel::addNode(RowKind kind, int parent, int item, QString searchKey) {
    const auto id = static_cast<int>(m_nodes.size());
    int row = static_cast<int>(m_domainNodes.size()); // a domain row follows the earlier ones
    if (parent >= 0) {
        QList<int>& siblings = m_nodes[parent].children;
        row = static_cast<int>(siblings.size());
        siblings.append(id);
    }
    m_nodes.append({kind, parent, row, item, {}, std::move(searchKey)});
    return id;
}

const FactorTreeModel::Node& FactorTreeModel::nodeAt(const QModelIndex& index) const {
    return m_nodes[static_cast<qsizetype>(index.internalId())];
}

QModelIndex FactorTreeModel::indexOf(int node, int column) const {
    return createIndex(m_nodes[node].row, column, static_cast<quintptr>(node));
}

int FactorTreeModel::factorOf(const Node& node) const {
    if (node.kind == RowKind::Modifier)
        return m_nodes[node.parent].item;
    return node.kind == RowKind::Factor ? node.item : -1;
}

QModelIndex FactorTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int>& siblings = parent.isValid() ? nodeAt(parent).children : m_domainNodes;
    return createIndex(row, column, static_cast<quintptr>(siblings[row]));
}

QModelIndex FactorTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const int parentNode = nodeAt(child).parent;
    return parentNode < 0 ? QModelIndex() : indexOf(parentNode);
}

int FactorTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(parent.isValid() ? nodeAt(parent).children.size()
                                             : m_domainNodes.size());
}

int FactorTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant FactorTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Node& node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return display(node, index.column());
    case Qt::CheckStateRole:
        return index.column() == Name ? checkState(node) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::TextAlignmentRole:
        if (index.column() == Percent)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::FontRole:
        return node.kind == RowKind::Domain ? QVariant::fromValue(headingFont()) : QVariant();
    case RowKindRole:
        return static_cast<int>(node.kind);
    case SearchTextRole:
        return node.searchKey;
    case SelectedRole: {
        const int factor = factorOf(node);
        return factor >= 0 && m_selection.isSelected(factor);
    }
    default:
        return {};
    }
}

QVariant FactorTreeModel::display(const Node& node, int column) const {
    switch (node.kind) {
    case RowKind::Domain:
        return column == Name ? domainLabel(static_cast<Domain>(node.item)) : QVariant();
    case RowKind::Group:
        return column == Name ? m_groupHeadings[node.item] : QVariant();
    case RowKind::Factor: {
        const scoring::FactorDef& def = m_catalog->factor(node.item);
        if (column == Percent)
            return tr("%1 %", "a factor's base percentage").arg(QLocale().toString(def.basePct));
        return column == Name ? def.name : def.code;
    }
    case RowKind::Modifier: {
        const scoring::ModifierDef& def = m_catalog->factor(factorOf(node)).modifiers[node.item];
        if (column == Percent)
            return tr("+%1 %", "the percentage a modifier adds").arg(QLocale().toString(def.pct));
        return column == Name ? def.name : def.code;
    }
    }
    return {};
}

QVariant FactorTreeModel::checkState(const Node& node) const {
    bool checked = false;
    if (node.kind == RowKind::Factor)
        checked = m_selection.isSelected(node.item);
    else if (node.kind == RowKind::Modifier)
        checked = m_selection.hasModifier(factorOf(node), node.item);
    else
        return {};
    return checked ? Qt::Checked : Qt::Unchecked;
}

// Names lead the tooltips because a narrow picker elides them.
QVariant FactorTreeModel::toolTip(const Node& node) const {
    if (node.kind == RowKind::Modifier)
        return m_catalog->factor(factorOf(node)).modifiers[node.item].name;
    if (node.kind != RowKind::Factor)
        return {};
    const scoring::FactorDef& def = m_catalog->factor(node.item);
    return u"<p><b>%1</b></p><p><i>%2</i> %3</p><p>%4</p>"_s.arg(
        def.name.toHtmlEscaped(), tr("Pick when:"), def.trigger.toHtmlEscaped(),
        def.description.toHtmlEscaped());
}

QString FactorTreeModel::domainLabel(Domain domain) const {
    return tr("%1 (%n selected)", "domain row: its name and how many of its factors are selected",
              m_selection.count(domain))
        .arg(domainName(domain));
}

QString FactorTreeModel::domainName(Domain domain) {
    switch (domain) {
    case Domain::Access:
        return tr("Access");
    case Domain::FallZone:
        return tr("Fall zone");
    case Domain::Interference:
        return tr("Interference");
    case Domain::Severity:
        return tr("Severity");
    case Domain::Site:
        return tr("Site conditions");
    }
    return {};
}

QVariant FactorTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == Percent)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Factor");
    case Code:
        return tr("Code");
    case Percent:
        return tr("Adds", "column of the percentage a factor or modifier adds");
    default:
        return {};
    }
}

Qt::ItemFlags FactorTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name && factorOf(nodeAt(index)) >= 0 && !m_readOnly)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool FactorTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const Node& node = nodeAt(index);
    const bool checked = value.toInt() == Qt::Checked;
    FactorSelection next = m_selection;
    if (node.kind == RowKind::Factor)
        next.setFactor(node.item, checked);
    else
        next.setModifier(factorOf(node), node.item, checked);
    if (!apply(std::move(next)))
        return false;
    emit selectionChanged();
    emit edited(editKey(node));
    return true;
}

QString FactorTreeModel::editKey(const Node& node) const {
    const scoring::FactorDef& def = m_catalog->factor(factorOf(node));
    return u"factors."_s %
           (node.kind == RowKind::Factor ? def.code : def.modifiers[node.item].code);
}

bool FactorTreeModel::apply(FactorSelection next) {
    const FactorSelection previous = std::exchange(m_selection, std::move(next));
    bool changed = false;
    for (int factor = 0; factor < m_factorNodes.size(); ++factor) {
        if (m_factorNodes[factor] >= 0 && m_selection.differsAt(previous, factor)) {
            announceFactor(factor);
            changed = true;
        }
    }
    for (const Domain domain : scoring::AllDomains) {
        if (m_selection.count(domain) != previous.count(domain)) {
            const QModelIndex row = indexOf(m_domainNodes[scoring::index(domain)]);
            emit dataChanged(row, row, {Qt::DisplayRole});
        }
    }
    return changed;
}

// Every role of the factor's row and its modifier rows: a proxy filtering on the selection must
// re-check all of them, since a modifier row's SelectedRole follows its factor.
void FactorTreeModel::announceFactor(int factor) {
    const int node = m_factorNodes[factor];
    const QModelIndex row = indexOf(node);
    emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
    const QList<int>& modifiers = m_nodes[node].children;
    if (!modifiers.isEmpty())
        emit dataChanged(indexOf(modifiers.first()), indexOf(modifiers.last(), ColumnCount - 1));
}

} // namespace treeops::widgets

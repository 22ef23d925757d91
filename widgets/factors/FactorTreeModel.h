#pragma once

#include "factors/FactorSelection.h"

#include <QAbstractItemModel>
#include <memory>

namespace treeops::widgets {

// The active factors of a catalog as a tree, domain → group → factor → modifier, with a check
// box on every factor and modifier. The tree is built once per catalog; selection changes only
// touch the rows whose state differs, so setSelection() is cheap enough for every undo step.
class FactorTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Name, Code, Percent, ColumnCount };
    enum class RowKind { Domain, Group, Factor, Modifier };
    enum Role {
        RowKindRole = Qt::UserRole, // int(RowKind)
        SearchTextRole, // code, name, description (a modifier: its factor's too), folded
        SelectedRole,   // the row's factor is selected
    };

    explicit FactorTreeModel(QObject* parent = nullptr);

    // Keeps the selected codes that the new catalog still offers.
    void setCatalog(std::shared_ptr<const scoring::Catalog> catalog);
    // Not an edit: emits selectionChanged() but never edited(). Ignored without a catalog.
    void setSelection(const QJsonArray& factors);
    QJsonArray selection() const { return m_selection.toJson(); }
    bool hasSelection() const { return !m_selection.isEmpty(); }
    // The user's "Clear all": an edit.
    void clearSelection();
    // Read-only, the ticks show but none can be changed (an archived assessment).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    // The user ticked or unticked something; `what` names it, e.g. "factors.AF_ACCESS_003".
    void edited(const QString& what);
    void selectionChanged();

private:
    struct Node {
        RowKind kind;
        int parent; // node id; -1 for domain rows
        int row;    // row under the parent
        int item;   // domain index, group heading index, factor index or local modifier index
        QList<int> children;
        QString searchKey;
    };

    void build();
    int groupNode(int domainNode, const QString& heading);
    int addNode(RowKind kind, int parent, int item, QString searchKey = {});
    const Node& nodeAt(const QModelIndex& index) const;
    QModelIndex indexOf(int node, int column = Name) const;
    int factorOf(const Node& node) const;

    QVariant display(const Node& node, int column) const;
    QVariant checkState(const Node& node) const;
    QVariant toolTip(const Node& node) const;
    QString domainLabel(scoring::Domain domain) const;
    static QString domainName(scoring::Domain domain);
    QString editKey(const Node& node) const;

    // Makes `next` the selection and tells the views about every row that changed.
    bool apply(FactorSelection next);
    void announceFactor(int factor);

    std::shared_ptr<const scoring::Catalog> m_catalog;
    QList<Node> m_nodes; // by node id, the index's internalId()
    QList<int> m_domainNodes;
    QList<int> m_factorNodes; // by catalog factor index; -1 for inactive factors
    QStringList m_groupHeadings;
    FactorSelection m_selection;
    bool m_readOnly = false;
};

} // namespace treeops::widgets

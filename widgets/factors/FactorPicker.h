#pragma once

#include "scoring/Catalog.h"

#include <QJsonArray>
#include <QWidget>
#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace treeops::widgets {

class FactorFilterProxy;
class FactorTreeModel;
class FactorTreeView;

// Where an estimator picks the AFISS risk factors of an assessment and their modifiers: the
// catalog's active factors as a tree with check boxes, a filter, "Show selected only" and
// "Clear all". The picker holds no assessment; its owner feeds it the "factors" array and
// hears every user change through edited().
class FactorPicker : public QWidget {
    Q_OBJECT

public:
    explicit FactorPicker(QWidget* parent = nullptr);

    // The selected codes the new catalog still offers stay selected.
    void setCatalog(std::shared_ptr<const scoring::Catalog> catalog);
    // The assessment's "factors" array: [{"code": "...", "modifiers": ["<code>.1", ...]}, ...].
    // Unknown codes are ignored for display. Never emits edited(). Keeps expansion and scroll
    // position. Ignored until a catalog is set.
    void setSelection(const QJsonArray& factors);
    // Selected factors in catalog order; "modifiers" only when non-empty.
    QJsonArray selection() const;
    // Shows the selection without letting it change (an archived assessment); filtering and
    // browsing still work.
    void setReadOnly(bool readOnly);

signals:
    // The user ticked or unticked something: the complete new "factors" array and a short key
    // naming what changed ("factors.AF_ACCESS_003", "factors.AF_ACCESS_003.1", or "factors"
    // for "Clear all"), for undo-step naming and merging.
    void edited(const QJsonArray& factors, const QString& what);

private:
    QWidget* createFilterBar();
    void createTree();
    QLabel* createEmptyState();
    void applyFilter();
    void updateEmptyState();
    QString emptyStateText() const;
    void focusFirstMatch();
    QModelIndex firstFactor(const QModelIndex& parent) const;

    FactorTreeModel* m_model;
    FactorFilterProxy* m_proxy;
    FactorTreeView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_selectedOnly = nullptr;
    QAction* m_clearAll = nullptr;
    QLabel* m_emptyState = nullptr;
    QStackedWidget* m_content = nullptr;
};

} // namespace treeops::widgets

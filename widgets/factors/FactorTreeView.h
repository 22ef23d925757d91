#pragma once

#include <QPersistentModelIndex>
#include <QTreeView>
#include <functional>
#include <optional>

class QAbstractProxyModel;

namespace treeops::widgets {

// The factor tree, shown through a proxy of FactorTreeModel. Space ticks the current row's
// check box whichever column is current. While filtered every match is shown expanded; when the
// filter is cleared the tree gets back the expansion and scroll position the user left.
class FactorTreeView : public QTreeView {
    Q_OBJECT

public:
    explicit FactorTreeView(QWidget* parent = nullptr);

    // Runs `refilter`, which changes the proxy's filter and returns whether it now filters.
    void changeFilter(const std::function<bool()>& refilter);
    void reset() override;
    QSize sizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void rowsInserted(const QModelIndex& parent, int start, int end) override;

private:
    struct Layout {
        QList<QPersistentModelIndex> expanded; // source indexes: they survive filtering
        int scroll = 0;
    };

    void toggleCurrent();
    const QAbstractProxyModel* proxy() const;
    void collectExpanded(const QModelIndex& parent, QList<QPersistentModelIndex>& expanded) const;
    void restoreUnfiltered();
    void expandDefault();

    std::optional<Layout> m_unfiltered; // empty: the default expansion
    bool m_filtered = false;
};

} // namespace treeops::widgets

#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace treeops::widgets {

// Narrows a FactorTreeModel to the factors and modifiers whose code, name or description
// contain every word typed (ignoring case and accents), and optionally to selected factors.
// Domain and group rows stay while something under them does (recursive filtering). A modifier
// row is searched with its factor's text, so it stays when its factor matches.
class FactorFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit FactorFilterProxy(QObject* parent = nullptr);

    void setFilter(const QString& text, bool selectedOnly);
    bool isFiltering() const { return !m_words.isEmpty() || m_selectedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool matches(const QModelIndex& sourceRow) const;

    QStringList m_words; // folded by searchFold()
    bool m_selectedOnly = false;
};

} // namespace treeops::widgets

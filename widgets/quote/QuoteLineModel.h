#pragma once

#include "scoring/Assessment.h"
#include "scoring/Quote.h"

#include <QAbstractTableModel>
#include <vector>

namespace treeops::widgets {

// A quote's lines, one row per tree: service, points, hours, cost and price. A new quote updates
// the rows in place (rows are only inserted or removed when the number of trees changes), so
// the view keeps its scroll position and selection while the estimator types.
class QuoteLineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Tree, Service, Points, AdjustedPoints, Hours, Cost, Price, ColumnCount };
    // The figure behind a cell, for sorting by value rather than by text.
    static constexpr int SortRole = Qt::UserRole;

    explicit QuoteLineModel(QObject* parent = nullptr);

    void setLines(const scoring::Assessment& assessment, const scoring::Quote& quote);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int number = 0; // the tree's place in the assessment, from 1
        QString species;
        scoring::QuoteLine line;
    };

    void resizeTo(std::size_t count);
    static QString text(const Row& row, int column);
    static QVariant value(const Row& row, int column);
    static QString toolTip(const Row& row, int column);
    static bool isText(int column) { return column == Tree || column == Service; }

    std::vector<Row> m_rows;
};

} // namespace treeops::widgets

#pragma once

#include <QTableView>

namespace treeops::widgets {

// The table view of an editable list: while it has no rows it says what belongs in it and how
// to add some, and it can ask the layout for room for a set number of rows.
class ListTableView : public QTableView {
public:
    explicit ListTableView(QWidget* parent = nullptr);

    void setPlaceholderText(const QString& text);
    // Keeps the view exactly this many rows high (plus its header), for a short list.
    void setVisibleRows(int rows);
    // Never lets the layout squeeze the view below this many rows (plus its header).
    void setMinimumVisibleRows(int rows);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_placeholder;
    int heightFor(int rows) const;

    int m_visibleRows = 0;
    int m_minimumVisibleRows = 0;
};

} // namespace treeops::widgets

#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace treeops::widgets {

// Captions on the left, figures right-aligned on the right, one per row: the quote panel's
// figures. The rows are created once; callers keep the value labels and set their text.
class FigureGrid : public QWidget {
    Q_OBJECT

public:
    explicit FigureGrid(QWidget* parent = nullptr);

    // Adds a row and returns its value label, named `objectName` for tests and style sheets.
    QLabel* addRow(const QString& caption, const QString& objectName);
    // A row set apart by a bold caption and figure, e.g. a total.
    QLabel* addTotalRow(const QString& caption, const QString& objectName);

private:
    QLabel* add(const QString& caption, const QString& objectName, bool total);

    QGridLayout* m_layout;
    int m_rows = 0;
};

} // namespace treeops::widgets

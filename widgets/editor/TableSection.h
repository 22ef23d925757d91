#pragma once

#include "json/Problem.h"
#include <QWidget>

class QAction;
class QTableView;

namespace treeops::widgets {

class JsonTableModel;
class ListTableView;
class ProblemLabel;

// One editable list of the assessment (trees, crew, equipment, fixed costs): its table, the
// add and remove actions (buttons, Insert and Delete keys, context menu), and a line under the
// table for problems of the list as a whole, such as an empty crew.
class TableSection : public QWidget {
    Q_OBJECT

public:
    struct Texts {
        QString add;         // "Add tree"
        QString remove;      // "Remove tree"
        QString placeholder; // what an empty table shows
    };

    // `name` names the view; its buttons are `name`Add and `name`Remove (tests find them so).
    TableSection(JsonTableModel* model, const QString& name, const Texts& texts,
                 QWidget* parent = nullptr);

    QTableView* view() const;
    // Keeps the table this many rows high, for short lists beside a long one that grows.
    void setVisibleRows(int rows);
    void setMinimumVisibleRows(int rows);
    // Problems of the list itself are shown under it, those of its rows on their cells.
    void showProblems(const Problems& problems);
    // Rows can be read, scrolled and selected, not edited, added or removed.
    void setReadOnly(bool readOnly);

private:
    void createActions(const Texts& texts);
    void sizeColumns();
    void addRow();
    void removeSelectedRows();
    void updateActions();

    JsonTableModel* m_model;
    ListTableView* m_view;
    ProblemLabel* m_problem;
    QAction* m_add = nullptr;
    QAction* m_remove = nullptr;
    bool m_readOnly = false;
};

} // namespace treeops::widgets

#pragma once

#include "json/Problem.h"
#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace treeops::widgets {

// How a column's cells are shown and edited.
enum class CellKind {
    Text,    // free text; cleared text removes the key
    Choice,  // one of a list of keys, shown with words
    Count,   // a whole number picked in a spin box
    Measure, // any number as typed, shown with its unit; the validator judges the range
    Money    // US dollars with cents
};

struct Choice {
    QString key;
    QString label;
};

// Every member has an initializer so columns are written with designated initializers.
struct ColumnSpec {
    QString key = {}; // the JSON key in each row object
    QString title = {};
    QString toolTip = {};
    CellKind kind = CellKind::Text;
    QList<Choice> choices = {}; // Choice
    int minimum = 0;            // Count and Money: what the editor offers
    int maximum = 0;
    QString format = {}; // Measure: the value with its unit, e.g. "%1 ft"
};

// An editable table over a JSON array of objects (e.g. the document's "trees"): one row per
// object, one column per key. It edits only the keys of its columns and keeps the rest of each
// object as it is. Cells wear the validator's problems for their JSON paths.
class JsonTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        ProblemRole = Qt::UserRole + 1 // the validator's message for the cell, if any
    };

    JsonTableModel(QString arrayPath, QObject* parent = nullptr);

    // The array's place in the document, e.g. "crew.members".
    const QString& arrayPath() const { return m_arrayPath; }
    void setColumns(QList<ColumnSpec> columns);
    const ColumnSpec& column(int column) const { return m_columns.at(column); }

    // Shows `rows`; never emits edited(). Unchanged rows cost a comparison and nothing else.
    void setRows(const QJsonArray& rows);
    const QJsonArray& rows() const { return m_rows; }
    // The user's structural edits; each emits edited().
    void appendRow();
    void removeRowsAt(QList<int> rows);
    // Keeps the problems under arrayPath()[i]; others are ignored.
    void setProblems(const Problems& problems);
    // The kept problems in words, row by row: "Row 1, DBH: 150 is outside 1..120 (in)".
    QStringList problemLines() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The user changed the rows. `field` names what changed, for merging undo steps: a cell
    // ("trees[2].dbh_in"), a row added or removed ("trees[3]"), or the whole list when several
    // rows were removed at once ("trees"). Adding two rows is two steps: their keys differ.
    void edited(const QString& field);

protected:
    // Whether the cell means something for its row; cells that do not are greyed and locked.
    virtual bool applies(int row, int column) const;
    // Stores a new cell value into its row object.
    virtual void write(QJsonObject& row, int column, const QJsonValue& value) const;
    // The object a new row starts with.
    virtual QJsonObject newRow() const;

private:
    void refreshAll(const QList<int>& roles = {});
    QVariant display(const QJsonValue& value, const ColumnSpec& column) const;
    QString problem(int row, int column) const;
    QString firstUnusedChoice(const ColumnSpec& column) const;

    QString m_arrayPath;
    QList<ColumnSpec> m_columns;
    QJsonArray m_rows;
    // Problem messages by row and key; key "" holds the row's problems no column shows.
    QHash<int, QHash<QString, QString>> m_problems;
};

} // namespace treeops::widgets

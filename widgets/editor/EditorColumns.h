#pragma once

#include "editor/JsonTableModel.h"

#include <QCoreApplication>

namespace treeops::scoring {
class Rates;
}

namespace treeops::widgets {

// The columns of the form's smaller lists and the choices of its pickers. Positions, equipment
// and states come from the rates (none without rates); the ranges offered are the
// specification's (scoring.md §2), and the validator has the last word on every value.
class EditorColumns {
    Q_DECLARE_TR_FUNCTIONS(treeops::widgets::EditorColumns)

public:
    static QList<ColumnSpec> crewMembers(const scoring::Rates* rates);
    static QList<ColumnSpec> equipment(const scoring::Rates* rates);
    static QList<ColumnSpec> fixedCosts();
    static QList<Choice> states(const scoring::Rates* rates);
    static QList<Choice> crewTiers();
};

} // namespace treeops::widgets

#pragma once

#include <QList>
#include <QString>

namespace treeops {

// One thing wrong with an input: where (a JSON path such as `trees[1].dbh_in`, or `file:line`)
// and what, in words an estimator can act on.
struct Problem {
    QString where;
    QString message;

    QString toString() const { return where.isEmpty() ? message : where + u": " + message; }
    bool operator==(const Problem&) const = default;
};

using Problems = QList<Problem>;

QString joinProblems(const Problems& problems);

} // namespace treeops

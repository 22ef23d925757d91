#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace treeops::quality {

// One line of a comparison of two texts: in both, only in the earlier one, or only in the later.
struct DiffLine {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const DiffLine&) const = default;
};

// The later text as the earlier one changed into it, line by line, keeping the longest run of
// lines the two share (so a rule's query reads as its author edited it). Removed lines come
// before the lines added in their place.
QList<DiffLine> lineDiff(const QStringList& earlier, const QStringList& later);

} // namespace treeops::quality

#include "quality/LineDiff.h"

#include <vector>

namespace treeops::quality {

QList<DiffLine> lineDiff(const QStringList& earlier, const QStringList& later) {
    const auto rows = static_cast<std::size_t>(earlier.size());
    const auto columns = static_cast<std::size_t>(later.size());
    // shared[i][j]: how many lines earlier[i..] and later[j..] have in common, in order.
    std::vector<std::vector<int>> shared(rows + 1, std::vector<int>(columns + 1, 0));
    for (std::size_t i = rows; i-- > 0;)
        for (std::size_t j = columns; j-- > 0;)
            shared[i][j] = earlier[qsizetype(i)] == later[qsizetype(j)]
                               ? shared[i + 1][j + 1] + 1
                               : std::max(shared[i + 1][j], shared[i][j + 1]);
    QList<DiffLine> out;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < rows || j < columns) {
        if (i < rows && j < columns && earlier[qsizetype(i)] == later[qsizetype(j)]) {
            out.append({DiffLine::Kind::Same, earlier[qsizetype(i++)]});
            ++j;
        } else if (i < rows && (j == columns || shared[i + 1][j] >= shared[i][j + 1])) {
            out.append({DiffLine::Kind::Removed, earlier[qsizetype(i++)]});
        } else {
            out.append({DiffLine::Kind::Added, later[qsizetype(j++)]});
        }
    }
    return out;
}

} // namespace treeops::quality

#include "factors/SearchFold.h"

namespace treeops::widgets {

QString searchFold(const QString& text) {
    // Compatibility decomposition splits "é" into "e" and a combining accent, which is dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

} // namespace treeops::widgets

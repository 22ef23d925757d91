#pragma once

#include <QString>
#include <vector>

namespace treeops::quality {

// An assessment whose latest quote a run priced again and found right, with a digest of
// everything that price follows from: the document, the stored price, the catalog and rates
// versions the quote names and the engine's build. A later run that computes the same digest
// already knows the answer; any change to one of them gives another digest, and the quote is
// priced again. Since only the same content gives the same digest, one kept for an assessment
// deleted while the run went on misleads nothing.
struct VerifiedQuote {
    QString assessmentId;
    qint64 digest = 0;
};
using VerifiedQuotes = std::vector<VerifiedQuote>;

} // namespace treeops::quality

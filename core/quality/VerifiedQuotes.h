#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace treeops::quality {

// An assessment whose latest quote a run priced again and found right, with the revision of
// what that price follows from (the document and the quote) as the run read it. The store
// moves an assessment's revision on at every write that could change the price, so keeping the
// revision read, rather than the one stored when the run is kept, never hides a change made
// while the run went on: the next run sees two revisions and prices the quote again.
// The id is kept as the store's UTF-8 bytes: a first run verifies a million, and keeping them
// compares and writes bytes without converting each id twice.
struct VerifiedQuote {
    QByteArray assessmentId;
    qint64 revision = 0;
};
using VerifiedQuotes = std::vector<VerifiedQuote>;

// The build that verified a quote, kept beside its revision: another build (another engine's
// arithmetic) prices every quote again.
QString quoteEngineBuild();

} // namespace treeops::quality

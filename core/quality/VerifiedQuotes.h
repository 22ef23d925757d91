#pragma once

#include "storage/ReadOnlySql.h"

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

// What a run's quote check verified. When the store can name what the check read (on
// PostgreSQL, the snapshot of its query, as text, and how far the revisions were numbered then)
// and the check read every revision not yet verified there, it also lists each of those it read
// without verifying it: the store may then keep the snapshot, and those it leaves out, instead
// of marking a million revisions.
struct VerifiedQuotes {
    std::vector<VerifiedQuote> quotes;
    QByteArray readIn; // empty when the check read otherwise
    qint64 readThrough = 0;
    std::vector<QByteArray> notVerified;

    bool empty() const { return quotes.empty(); }
    void take(VerifiedQuotes&& other);
};

// The build that verified a quote, kept beside its revision: another build (another engine's
// arithmetic) prices every quote again.
QString quoteEngineBuild();

// Whether the revision `r` (of quote_revisions) is one this build verified, as SQL: true when it
// is, false or null otherwise.
QString verifiedRevisionTest(storage::SqlDialect dialect);

} // namespace treeops::quality

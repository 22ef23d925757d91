#pragma once

#include "quality/VerifiedQuotes.h"

namespace treeops::storage {

class SqliteDatabase;

// Marks each quote a run verified as verified at the revision the run read, by this build,
// within the caller's transaction. An assessment deleted since has no revision left to mark;
// one changed since keeps its new revision, which the mark does not match.
void markVerifiedQuotes(SqliteDatabase& db, const quality::VerifiedQuotes& verified);

} // namespace treeops::storage

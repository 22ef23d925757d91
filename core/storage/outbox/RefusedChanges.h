#pragma once

#include "storage/outbox/Outbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace treeops::storage {

// Changes the store refused, as a person keeps them before discarding them: each entry with its
// assessment, when it was queued, why it was refused, and the whole change (a save's input and
// quote documents included, in the outbox's own write format), so the work can be entered again.
//
//   {"format": "treeops.refused-changes/1", "saved_at": …, "store": …,
//    "changes": [{"sequence", "kind", "assessment", "customer", "queued_at", "state",
//                 "attempts", "reason", "expected_row_version", "write" | "status"}, …]}
QByteArray refusedChangesJson(const QList<OutboxEntry>& entries, const QString& store,
                              const QDateTime& savedAt);

} // namespace treeops::storage

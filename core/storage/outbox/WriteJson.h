#pragma once

#include "storage/Records.h"

#include <QByteArray>

namespace treeops::storage {

// AssessmentWrite as JSON, for writes that wait in the outbox. Everything round-trips exactly:
// the input and quote documents are kept as the strings they were, doubles in their shortest
// exact form, times with milliseconds in UTC.
QByteArray writeToJson(const AssessmentWrite& write);
// Throws StoreError(Failed) naming what is missing when `json` is not such a document.
AssessmentWrite writeFromJson(const QByteArray& json);

} // namespace treeops::storage

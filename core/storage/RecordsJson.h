#pragma once

#include "storage/Records.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace treeops::storage {

// Store records as JSON, shared by everything that keeps them outside a store (the outbox
// file, the hot tier): one layout, so a quote reads back the same wherever it was kept.

// UTC, ISO 8601 with milliseconds; an invalid time is the empty string and reads back invalid.
QString timeToJson(const QDateTime& time);
QDateTime timeFromJson(const QJsonValue& value);

QJsonObject quoteRecordToJson(const QuoteRecord& quote);
// nullopt when the object is not a quote record (no catalog version or price).
std::optional<QuoteRecord> quoteRecordFromJson(const QJsonObject& object);

} // namespace treeops::storage

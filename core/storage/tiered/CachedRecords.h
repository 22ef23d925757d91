#pragma once

#include "storage/Records.h"

#include <QByteArray>
#include <optional>

namespace treeops::storage {

// How the tier compositor keeps store records in the hot tier: compact JSON, one document per
// record. Decoding answers nullopt for anything it did not write (an entry of another format
// version, or damaged), which the caller treats as a miss.
QByteArray encodeStoredAssessment(const StoredAssessment& assessment);
std::optional<StoredAssessment> decodeStoredAssessment(const QByteArray& bytes);

QByteArray encodeQuoteRecord(const QuoteRecord& quote);
std::optional<QuoteRecord> decodeQuoteRecord(const QByteArray& bytes);

} // namespace treeops::storage

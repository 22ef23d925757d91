#pragma once

#include "storage/Records.h"

namespace treeops::storage {

class SqliteStatement;

// Rows read the same way from the store and from its archive files.
QDateTime parseStoredTime(const QString& text);

// The SELECT for latestQuote in either kind of file, its rows read by readQuoteRow.
extern const QString LatestQuoteSql;

// Columns 0–12: id, customer, address, state, services, tree count, status, created, updated,
// row version, composite, band, price.
AssessmentSummary readSummaryRow(const SqliteStatement& s);
QuoteRecord readQuoteRow(const SqliteStatement& s);

} // namespace treeops::storage

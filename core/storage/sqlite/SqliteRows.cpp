#include "storage/sqlite/SqliteRows.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace treeops::storage {

using namespace Qt::StringLiterals;

const QString LatestQuoteSql =
    u"SELECT catalog_version, rates_version, composite, band, price, total_cost, "
    "billable_hours, quote_json, created_at FROM quotes WHERE assessment_id = ?1 "
    "ORDER BY id DESC LIMIT 1"_s;

QDateTime parseStoredTime(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

AssessmentSummary readSummaryRow(const SqliteStatement& s) {
    AssessmentSummary a;
    a.id = s.text(0);
    a.customer = s.text(1);
    a.address = s.text(2);
    a.state = s.text(3);
    a.services = s.text(4).split(u',', Qt::SkipEmptyParts);
    a.treeCount = static_cast<int>(s.integer(5));
    a.status = statusFromKey(s.text(6)).value_or(AssessmentStatus::Draft);
    a.createdAt = parseStoredTime(s.text(7));
    a.updatedAt = parseStoredTime(s.text(8));
    a.rowVersion = s.integer(9);
    if (!s.isNull(10))
        a.composite = s.real(10);
    a.band = s.text(11);
    if (!s.isNull(12))
        a.price = s.real(12);
    return a;
}

QuoteRecord readQuoteRow(const SqliteStatement& s) {
    return QuoteRecord{s.text(0), s.text(1),          s.real(2),
                       s.text(3), s.real(4),          s.real(5),
                       s.real(6), s.text(7).toUtf8(), parseStoredTime(s.text(8))};
}

} // namespace treeops::storage

#pragma once

#include "quality/QualityRun.h"

namespace treeops::quality {

// Where a report's run comes from, printed in its header.
struct ReportContext {
    QString storeLocation; // never holds a password (store URLs never do)
    QDateTime generatedAt;
};

// The run as one HTML page that needs nothing beside it (no scripts, images or style sheets to
// fetch): the score with its counts, the sub-scores per dimension and per dataset, every rule
// with its status, failing rows and thresholds, and the failing keys of every rule that did not
// pass. The HTML keeps to what Qt's rich text renders too, so the same page prints to PDF.
QString runReportHtml(const RunRecord& run, const ReportContext& context);

// One line per rule result (RFC 4180, with a header line): run, rule, name, dimension,
// severity, dataset, status, failing, examined, warn, fail, duration_ms, message and the
// failing keys kept, separated by spaces.
QByteArray resultsCsv(const RunRecord& run);

} // namespace treeops::quality

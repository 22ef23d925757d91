#pragma once

#include "quality/QualityReport.h"

namespace treeops::widgets {

enum class ReportFormat { Html, Pdf, Csv, Json };

// The file name filter of a format for save dialogs, e.g. "PDF documents (*.pdf)".
QString reportFilter(ReportFormat format);
// The suggested file name for a run's report, e.g. "quality-run-12.pdf".
QString reportFileName(qint64 runId, ReportFormat format);

// Writes the run as a report at `path`: the HTML page, the same page as a PDF, the results as
// CSV or the run as JSON. Returns an empty string, or why the file could not be written. Safe to
// call off the GUI thread.
QString writeRunReport(ReportFormat format, const QString& path, const quality::RunRecord& run,
                       const quality::ReportContext& context);

} // namespace treeops::widgets

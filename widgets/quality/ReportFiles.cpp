#include "quality/ReportFiles.h"

#include "common/DocumentFiles.h"
#include "quality/QualityJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextDocument>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

constexpr double BodyPointSize = 9;

QString writePdf(const QString& path, const quality::RunRecord& run,
                 const quality::ReportContext& context) {
    const QString title =
        QCoreApplication::translate("ReportFiles", "Data quality — run %1").arg(run.id);
    return writeDocumentPdf(path, title, title, [&](QTextDocument& document) {
        QFont font = document.defaultFont();
        font.setPointSizeF(BodyPointSize);
        document.setDefaultFont(font);
        document.setHtml(quality::runReportHtml(run, context));
    });
}

} // namespace

QString reportFilter(ReportFormat format) {
    switch (format) {
    case ReportFormat::Html:
        return QCoreApplication::translate("ReportFiles", "Web pages (*.html)");
    case ReportFormat::Pdf:
        return QCoreApplication::translate("ReportFiles", "PDF documents (*.pdf)");
    case ReportFormat::Csv:
        return QCoreApplication::translate("ReportFiles", "CSV files (*.csv)");
    case ReportFormat::Json:
        return QCoreApplication::translate("ReportFiles", "JSON files (*.json)");
    }
    return {};
}

QString reportFileName(qint64 runId, ReportFormat format) {
    static const char* const Extensions[] = {"html", "pdf", "csv", "json"};
    return u"quality-run-%1.%2"_s.arg(runId).arg(QLatin1String(Extensions[int(format)]));
}

QString writeRunReport(ReportFormat format, const QString& path, const quality::RunRecord& run,
                       const quality::ReportContext& context) {
    switch (format) {
    case ReportFormat::Html:
        return writeDocumentFile(path, quality::runReportHtml(run, context).toUtf8());
    case ReportFormat::Pdf:
        return writePdf(path, run, context);
    case ReportFormat::Csv:
        return writeDocumentFile(path, quality::resultsCsv(run));
    case ReportFormat::Json:
        return writeDocumentFile(path, QJsonDocument(quality::runToJson(run)).toJson());
    }
    return {};
}

} // namespace treeops::widgets

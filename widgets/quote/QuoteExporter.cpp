#include "quote/QuoteExporter.h"

#include <QtConcurrent/QtConcurrentRun>

namespace treeops::widgets {

QuoteExporter::QuoteExporter(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &QuoteExporter::report);
}

QuoteExporter::~QuoteExporter() {
    // Stopping mid-page would leave half a PDF behind; writing takes well under a second.
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool QuoteExporter::exportPdf(const assessments::PricedAssessment& priced,
                              const QuoteDocumentOptions& options, const QString& path) {
    if (isRunning())
        return false;
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run(
        [priced, options, path] { return writeQuotePdf(priced, options, path); }));
    return true;
}

bool QuoteExporter::isRunning() const {
    return m_watcher.isRunning();
}

void QuoteExporter::report() {
    const QString error = m_watcher.result();
    if (error.isEmpty())
        emit finished(m_path);
    else
        emit failed(error);
}

} // namespace treeops::widgets

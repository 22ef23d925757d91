#pragma once

#include "quote/QuoteDocument.h"

#include <QFutureWatcher>
#include <QObject>

namespace treeops::widgets {

// Writes a quote PDF off the GUI thread, so a long quote never freezes the window. One export
// at a time. Destroying the exporter cancels an export that has not started yet and waits for
// one that has, so it never leaves half a file behind.
//
// QPdfWriter, QPainter and QTextDocument are safe to use in a worker thread in Qt 6 as long as
// each object stays in that thread; the document's logo is drawn from a QImage, which (unlike
// QPixmap) is fine away from the GUI thread.
class QuoteExporter : public QObject {
    Q_OBJECT

public:
    explicit QuoteExporter(QObject* parent = nullptr);
    ~QuoteExporter() override;

    // Starts writing the PDF; false, and nothing started, while another export is running.
    bool exportPdf(const assessments::PricedAssessment& priced, const QuoteDocumentOptions& options,
                   const QString& path);
    bool isRunning() const;

signals:
    void finished(const QString& path);
    void failed(const QString& message);

private:
    void report();

    QFutureWatcher<QString> m_watcher;
    QString m_path;
};

} // namespace treeops::widgets

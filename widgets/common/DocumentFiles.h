#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

class QTextDocument;

namespace treeops::widgets {

// Writes the PDF at `path` the way every TreeOps PDF looks: Letter pages with 18 mm margins at
// 300 dpi, `footer` at the left of each page's foot and "Page n of m" at the right. `load` fills
// the document, whose layout already measures for the PDF. Returns an empty string, or why the
// file could not be written in words for the user.
QString writeDocumentPdf(const QString& path, const QString& title, const QString& footer,
                         const std::function<void(QTextDocument&)>& load);

// Writes `bytes` at `path` whole or not at all (through a temporary file). Returns an empty
// string, or why the file could not be written, as cannotWriteFile() says it.
QString writeDocumentFile(const QString& path, const QByteArray& bytes);

// "Could not write <path> (<reason>). Choose a folder you can write to and try again."
QString cannotWriteFile(const QString& path, const QString& reason);

} // namespace treeops::widgets

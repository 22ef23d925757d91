#include "common/DocumentFiles.h"

#include "storage/WholeFile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace treeops::widgets {
namespace {

constexpr int PdfResolution = 300;
constexpr double PageMarginMm = 18;
constexpr double FooterPointSize = 8;
constexpr double FooterLines = 2.5; // the footer's text and the space above it
const QColor FooterColour(0x66, 0x66, 0x66);

void paintFooter(QPainter& painter, const QRectF& area, const QString& footer, int page,
                 int pages) {
    painter.setPen(FooterColour);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom, footer);
    painter.drawText(
        area, Qt::AlignRight | Qt::AlignBottom,
        QCoreApplication::translate("DocumentFiles", "Page %1 of %2").arg(page + 1).arg(pages));
}

// QTextDocument::print() would add margins and page numbers of its own; painting page by page
// keeps the writer's margins and puts the footer on every page.
void paintPages(QPdfWriter& writer, QPainter& painter, QTextDocument& document,
                const QString& footer) {
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(FooterPointSize);
    const double footerHeight = QFontMetricsF(footerFont, &writer).height() * FooterLines;
    const QSizeF body(writer.width(), writer.height() - footerHeight);
    document.setPageSize(body);
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        const QRectF visible(QPointF(0, page * body.height()), body);
        painter.save();
        painter.translate(0, -visible.top());
        document.drawContents(&painter, visible);
        painter.restore();
        painter.setFont(footerFont);
        paintFooter(painter, QRectF(0, body.height(), body.width(), footerHeight), footer, page,
                    pages);
    }
}

} // namespace

QString writeDocumentPdf(const QString& path, const QString& title, const QString& footer,
                         const std::function<void(QTextDocument&)>& load) {
    QPdfWriter writer(path);
    writer.setResolution(PdfResolution);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                    QMarginsF(PageMarginMm, PageMarginMm, PageMarginMm, PageMarginMm),
                    QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("TreeOps"));
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    load(document);
    QPainter painter;
    if (!painter.begin(&writer))
        return cannotWriteFile(
            path, QCoreApplication::translate("DocumentFiles", "the file cannot be created"));
    paintPages(writer, painter, document, footer);
    if (!painter.end())
        return cannotWriteFile(
            path, QCoreApplication::translate("DocumentFiles", "the PDF could not be finished"));
    return {};
}

QString writeDocumentFile(const QString& path, const QByteArray& bytes) {
    const QString error = storage::writeWholeFile(path, bytes);
    return error.isEmpty() ? QString() : cannotWriteFile(path, error);
}

QString cannotWriteFile(const QString& path, const QString& reason) {
    return QCoreApplication::translate("DocumentFiles",
                                       "Could not write %1 (%2). Choose a folder you can write "
                                       "to and try again.")
        .arg(QDir::toNativeSeparators(path), reason);
}

} // namespace treeops::widgets

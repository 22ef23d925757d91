#pragma once

#include "assessments/AssessmentService.h"

#include <QDate>
#include <QImage>
#include <QLocale>
#include <QString>

class QTextDocument;

namespace treeops::widgets {

struct QuoteDocumentOptions {
    QString companyName;
    QString companyContact; // several lines: address, phone, email
    QImage logo;            // none when null
    int validDays = 30;
    QDate issuedOn; // today when invalid
    QLocale locale;
};

// The customer-facing quote as HTML for QTextDocument: company name and logo, customer, site,
// the trees and services with a price per line, the total, the safety measures included and the
// validity date. Internal costs, margins and AFISS figures stay out; the logo is referenced as a
// document resource, which loadQuoteDocument() adds.
QString quoteDocumentHtml(const assessments::PricedAssessment& priced,
                          const QuoteDocumentOptions& options);

// Fills `document` with the quote and its logo resource, for previews, printing and the PDF.
void loadQuoteDocument(QTextDocument& document, const assessments::PricedAssessment& priced,
                       const QuoteDocumentOptions& options);

// Writes the quote as a PDF on Letter paper, with a footer on every page. Returns an empty
// string, or the error in words.
QString writeQuotePdf(const assessments::PricedAssessment& priced,
                      const QuoteDocumentOptions& options, const QString& path);

// Writes the treeops.quote/1 JSON, indented. Returns an empty string, or the error in words.
QString writeQuoteJson(const assessments::PricedAssessment& priced, const QString& path);

} // namespace treeops::widgets

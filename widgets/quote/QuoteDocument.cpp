#include "quote/QuoteDocument.h"

#include "common/DocumentFiles.h"
#include "quote/QuoteText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextDocument>
#include <QUrl>
#include <algorithm>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using scoring::Service;

const QUrl LogoUrl{u"treeops://logo"_s};
constexpr double LogoHeight = 64; // px at 96 dpi, about two thirds of an inch
constexpr double LogoMaxWidth = 200;
constexpr double BodyPointSize = 10;

// The document's palette: one accent and greys, so it prints well in black and white too.
constexpr auto Accent = "#2e5e3a"_L1;
constexpr auto Muted = "#666666"_L1;
constexpr auto Rule = "#d5dbd3"_L1;

QString escaped(const QString& text) {
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString caption(const QString& text) {
    return u"<p style=\"color: %1; font-size: 8pt; margin: 0;\">%2</p>"_s.arg(Muted, escaped(text));
}

QDate issueDate(const QuoteDocumentOptions& options) {
    return options.issuedOn.isValid() ? options.issuedOn : QDate::currentDate();
}

QDate validUntil(const QuoteDocumentOptions& options) {
    return issueDate(options).addDays(options.validDays);
}

QString siteAddress(const assessments::PricedAssessment& priced) {
    const scoring::Site& site = priced.assessment.site;
    const auto& states = priced.engine->rates().data().states;
    const QString state =
        site.state >= 0 && site.state < states.size() ? states[site.state].state : QString();
    // Most addresses are typed without the state, which the assessment holds apart.
    if (state.isEmpty() || site.address.trimmed().endsWith(state, Qt::CaseInsensitive))
        return site.address;
    return site.address.trimmed().isEmpty() ? state : site.address + u", "_s + state;
}

QString logoHtml(const QuoteDocumentOptions& options) {
    if (options.logo.isNull() || options.logo.height() <= 0)
        return {};
    const double aspect = static_cast<double>(options.logo.width()) / options.logo.height();
    const double width = std::min(LogoHeight * aspect, LogoMaxWidth);
    return u"<td valign=\"middle\" width=\"%1\"><img src=\"%2\" width=\"%1\" height=\"%3\"></td>"_s
        .arg(qRound(width))
        .arg(LogoUrl.toString())
        .arg(qRound(width / aspect));
}

QString referenceRow(const QString& label, const QString& value) {
    return u"<tr><td style=\"color: %1; padding-right: 10px;\">%2</td><td align=\"right\">%3</td>"
           "</tr>"_s.arg(Muted, escaped(label), escaped(value));
}

QString referenceHtml(const assessments::PricedAssessment& priced,
                      const QuoteDocumentOptions& options) {
    QString rows;
    if (!priced.assessment.id.isEmpty())
        rows += referenceRow(QCoreApplication::translate("QuoteDocument", "Quote no."),
                             priced.assessment.id);
    rows += referenceRow(QCoreApplication::translate("QuoteDocument", "Date"),
                         options.locale.toString(issueDate(options), QLocale::ShortFormat));
    rows += referenceRow(QCoreApplication::translate("QuoteDocument", "Valid until"),
                         options.locale.toString(validUntil(options), QLocale::ShortFormat));
    return u"<p style=\"font-size: 22pt; font-weight: 600; color: %1; margin: 0;\" "
           "align=\"right\">%2</p><table cellspacing=\"0\" cellpadding=\"1\" align=\"right\">"
           "%3</table>"_s.arg(Accent,
                              escaped(QCoreApplication::translate("QuoteDocument", "QUOTE")), rows);
}

QString headerHtml(const assessments::PricedAssessment& priced,
                   const QuoteDocumentOptions& options) {
    const QString company =
        u"<p style=\"font-size: 17pt; font-weight: 600; color: %1; margin: 0;\">%2</p>"
        "<p style=\"color: %3; margin-top: 2px;\">%4</p>"_s.arg(
            Accent, escaped(options.companyName), Muted, escaped(options.companyContact));
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>%1"
           "<td valign=\"middle\" style=\"padding-left: 14px;\">%2</td>"
           "<td valign=\"top\" align=\"right\">%3</td></tr></table>"_s.arg(
               logoHtml(options), company, referenceHtml(priced, options));
}

QString partiesHtml(const assessments::PricedAssessment& priced) {
    const scoring::Customer& customer = priced.assessment.customer;
    QString contact = u"<b>%1</b>"_s.arg(escaped(customer.name));
    for (const QString& line : {customer.phone, customer.email}) {
        if (!line.isEmpty())
            contact += u"<br>"_s + escaped(line);
    }
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 18px;\">"
           "<tr><td width=\"50%\" valign=\"top\">%1<p style=\"margin-top: 3px;\">%2</p></td>"
           "<td width=\"50%\" valign=\"top\">%3<p style=\"margin-top: 3px;\">%4</p></td>"
           "</tr></table>"_s.arg(
               caption(QCoreApplication::translate("QuoteDocument", "PREPARED FOR")), contact,
               caption(QCoreApplication::translate("QuoteDocument", "WORK SITE")),
               escaped(siteAddress(priced)));
}

QString serviceTitle(Service service) {
    switch (service) {
    case Service::Removal:
        return QCoreApplication::translate("QuoteDocument", "Tree removal");
    case Service::Trimming:
        return QCoreApplication::translate("QuoteDocument", "Tree trimming");
    case Service::StumpGrinding:
        return QCoreApplication::translate("QuoteDocument", "Stump grinding");
    }
    return {};
}

QString treeDetails(const scoring::Tree& tree, const QLocale& locale) {
    if (tree.service == Service::StumpGrinding)
        return QCoreApplication::translate("QuoteDocument", "%1 in across, ground %2 in deep")
            .arg(locale.toString(tree.diameterIn), locale.toString(tree.grindDepthIn));
    return QCoreApplication::translate("QuoteDocument", "%1 ft tall, %2 in trunk")
        .arg(locale.toString(tree.heightFt), locale.toString(tree.dbhIn));
}

// One line of text per row: Qt splits a taller row over two pages, which no customer should see.
QString lineRow(int number, const scoring::Tree& tree, const scoring::QuoteLine& line,
                const QLocale& locale) {
    QString title = u"<b>%1</b>"_s.arg(escaped(serviceTitle(line.service)));
    if (!tree.species.isEmpty())
        title += u" — "_s + escaped(tree.species);
    const QString cell = u"border-bottom: 1px solid %1;"_s.arg(Rule);
    return u"<tr><td style=\"%1 color: %2;\">%3</td><td style=\"%1\">%4 "
           "<span style=\"color: %2;\">· %5</span></td><td style=\"%1\" align=\"right\">%6</td>"
           "</tr>"_s.arg(cell, Muted, QString::number(number), title,
                         escaped(treeDetails(tree, locale)),
                         escaped(QuoteText::money(line.price, locale)));
}

QString linesHtml(const assessments::PricedAssessment& priced, const QLocale& locale) {
    const scoring::Quote& quote = priced.quote;
    QString rows;
    for (std::size_t i = 0; i < quote.lines.size(); ++i) {
        const int number = static_cast<int>(i) + 1;
        rows += lineRow(number, priced.assessment.trees[number - 1], quote.lines[i], locale);
    }
    const QString head = u"<thead><tr style=\"background-color: %1; color: white;\">"
                         "<th align=\"left\" width=\"6%\">#</th><th align=\"left\">%2</th>"
                         "<th align=\"right\" width=\"22%\">%3</th></tr></thead>"_s.arg(
                             Accent, escaped(QCoreApplication::translate("QuoteDocument", "Work")),
                             escaped(QCoreApplication::translate("QuoteDocument", "Price")));
    const QString total =
        u"<tr><td></td><td align=\"right\" style=\"font-size: 12pt;\"><b>%1</b></td>"
        "<td align=\"right\" style=\"font-size: 12pt;\"><b>%2</b></td></tr>"_s.arg(
            escaped(QCoreApplication::translate("QuoteDocument", "Total")),
            escaped(QuoteText::money(quote.price, locale)));
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
           "style=\"margin-top: 18px; border-collapse: collapse;\">%1%2%3</table>"_s.arg(head, rows,
                                                                                         total);
}

QString notesHtml(const assessments::PricedAssessment& priced, const QLocale& locale) {
    const scoring::Quote& quote = priced.quote;
    QStringList notes;
    notes << QCoreApplication::translate("QuoteDocument", "Site complexity: %1.")
                 .arg(QuoteText::band(priced.engine->catalog().band(quote.band).name));
    if (priced.assessment.emergency)
        notes << QCoreApplication::translate("QuoteDocument", "Priced as emergency service.");
    if (QuoteText::atMinimumJobPrice(quote, priced.engine->rates()))
        notes << QCoreApplication::translate("QuoteDocument",
                                             "The total is our minimum charge for a visit.");
    QStringList included;
    for (const scoring::FixedCost& cost : priced.assessment.fixedCosts)
        included << cost.label;
    notes << (included.isEmpty()
                  ? QCoreApplication::translate("QuoteDocument",
                                                "Prices include travel to the site.")
                  : QCoreApplication::translate("QuoteDocument",
                                                "Prices include travel to the site and: %1.")
                        .arg(locale.createSeparatedList(included)));
    return u"<p style=\"margin-top: 8px;\">%1</p>"_s.arg(escaped(notes.join(u' ')));
}

QString sectionTitle(const QString& title) {
    return u"<p style=\"font-size: 12pt; font-weight: 600; color: %1; margin-top: 20px; "
           "margin-bottom: 4px;\">%2</p>"_s.arg(Accent, escaped(title));
}

QString safetyHtml(const assessments::PricedAssessment& priced) {
    const QString title =
        sectionTitle(QCoreApplication::translate("QuoteDocument", "Safety measures included"));
    const QString standard = QCoreApplication::translate(
        "QuoteDocument", "Our crew follows standard arboricultural safety practice on every job.");
    if (priced.quote.interactions.empty())
        return title + u"<p>%1</p>"_s.arg(escaped(standard));
    QString items;
    for (int rule : priced.quote.interactions)
        items += u"<li>%1</li>"_s.arg(escaped(priced.engine->catalog().interaction(rule).protocol));
    const QString also =
        QCoreApplication::translate("QuoteDocument", "For this site the price also covers:");
    return title + u"<p>%1 %2</p><ul>%3</ul>"_s.arg(escaped(standard), escaped(also), items);
}

QString termsHtml(const QuoteDocumentOptions& options) {
    const QString validity =
        QCoreApplication::translate("QuoteDocument", "This quote is valid until %1.")
            .arg(options.locale.toString(validUntil(options), QLocale::LongFormat));
    const QString terms = QCoreApplication::translate(
        "QuoteDocument", "Payment is due on completion of the work. Work is scheduled once the "
                         "signed quote is returned; prices may change if the work or site "
                         "differs from what is described above.");
    const QString signature =
        u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
        "style=\"margin-top: 36px;\"><tr>"
        "<td width=\"60%\">%1 ____________________________</td>"
        "<td>%2 ______________</td></tr></table>"_s.arg(
            escaped(QCoreApplication::translate("QuoteDocument", "Accepted by")),
            escaped(QCoreApplication::translate("QuoteDocument", "Date")));
    return sectionTitle(QCoreApplication::translate("QuoteDocument", "Terms")) +
           u"<p>%1 %2</p>"_s.arg(escaped(validity), escaped(terms)) + signature;
}

} // namespace

QString quoteDocumentHtml(const assessments::PricedAssessment& priced,
                          const QuoteDocumentOptions& options) {
    return u"<html><body style=\"font-size: %1pt;\">%2%3%4%5%6%7</body></html>"_s.arg(
        QString::number(BodyPointSize), headerHtml(priced, options), partiesHtml(priced),
        linesHtml(priced, options.locale), notesHtml(priced, options.locale), safetyHtml(priced),
        termsHtml(options));
}

void loadQuoteDocument(QTextDocument& document, const assessments::PricedAssessment& priced,
                       const QuoteDocumentOptions& options) {
    document.setDocumentMargin(0); // the page margins are the margins
    if (!options.logo.isNull())
        document.addResource(QTextDocument::ImageResource, LogoUrl, options.logo);
    QFont font = document.defaultFont();
    font.setPointSizeF(BodyPointSize);
    document.setDefaultFont(font);
    document.setHtml(quoteDocumentHtml(priced, options));
}

QString writeQuotePdf(const assessments::PricedAssessment& priced,
                      const QuoteDocumentOptions& options, const QString& path) {
    const QString footer = priced.assessment.id.isEmpty()
                               ? options.companyName
                               : QCoreApplication::translate("QuoteDocument", "%1 · Quote %2")
                                     .arg(options.companyName, priced.assessment.id);
    return writeDocumentPdf(path, footer, footer, [&](QTextDocument& document) {
        loadQuoteDocument(document, priced, options);
    });
}

QString writeQuoteJson(const assessments::PricedAssessment& priced, const QString& path) {
    return writeDocumentFile(path,
                             QJsonDocument(priced.quoteJson()).toJson(QJsonDocument::Indented));
}

} // namespace treeops::widgets

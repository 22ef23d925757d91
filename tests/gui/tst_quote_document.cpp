// The customer-facing quote documents: the HTML says what a customer needs and nothing
// internal, the PDF is a real PDF that poppler can render (quote-1.png, to look at), the JSON is
// treeops.quote/1, and the exporter writes off the GUI thread.
#include "common/FileExporter.h"
#include "quote/QuoteDocument.h"
#include "scoring/AssessmentJson.h"
#include "scoring/QuoteJson.h"
#include "storage/ReferenceData.h"
#include "support/ShippedData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

using namespace treeops;
using namespace Qt::StringLiterals;
using assessments::PricedAssessment;
using widgets::QuoteDocumentOptions;

namespace {

// A stand-in company logo: a green disc with initials, wider than tall like most logos.
QImage logo() {
    QImage image(360, 240, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x2e, 0x5e, 0x3a));
    painter.drawRoundedRect(QRectF(0, 0, 360, 240), 40, 40);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(120);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(image.rect(), Qt::AlignCenter, u"GC"_s);
    painter.end();
    return image;
}

QuoteDocumentOptions options() {
    QuoteDocumentOptions o;
    o.companyName = u"Gulf Coast Tree Care"_s;
    o.companyContact = u"1400 Bayshore Blvd, Tampa, FL 33606\n(813) 555-0100\n"
                       "office@gulfcoasttree.example"_s;
    o.logo = logo();
    o.validDays = 30;
    o.issuedOn = QDate(2025, 3, 3);
    o.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return o;
}

QString money(double amount) {
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toCurrencyString(scoring::roundMoney(amount));
}

bool isPdf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.size() > 1000 && file.read(5) == "%PDF-";
}

} // namespace

class QuoteDocumentTest : public QObject {
    Q_OBJECT

    std::optional<PricedAssessment> m_example;

    const PricedAssessment& example() const { return *m_example; }
    bool startPdf(widgets::FileExporter& exporter, const QString& path) const {
        return exporter.start(path, [priced = example(), path] {
            return widgets::writeQuotePdf(priced, options(), path);
        });
    }
    static QString output(const QString& name) { return QDir::current().filePath(name); }

private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QJsonObject json = test::exampleAssessment();
        json.insert(u"id"_s, u"Q-2025-0142"_s);
        m_example = test::priceOrDie(json);
    }

    void htmlHasWhatTheCustomerNeeds() {
        const QString html = widgets::quoteDocumentHtml(example(), options());
        QVERIFY(html.contains(u"Ana Ruiz"_s));
        QVERIFY(html.contains(u"12 Oak Ln, Tampa, FL"_s));
        QVERIFY(html.contains(u"Gulf Coast Tree Care"_s));
        QVERIFY(html.contains(u"treeops://logo"_s));
        QVERIFY(html.contains(u"Q-2025-0142"_s));
        for (const scoring::QuoteLine& line : example().quote.lines)
            QVERIFY2(html.contains(money(line.price)), qPrintable(money(line.price)));
        QVERIFY(html.contains(money(example().quote.price)));
        QVERIFY(html.contains(u"valid until Wednesday, April 2, 2025"_s));
        QVERIFY(html.contains(u"Safety measures included"_s));
        QVERIFY(!example().quote.interactions.empty());
        for (int rule : example().quote.interactions) {
            const QString protocol = example().engine->catalog().interaction(rule).protocol;
            QVERIFY2(html.contains(protocol.toHtmlEscaped()), qPrintable(protocol));
        }
        QVERIFY(html.contains(u"Site complexity: "_s));
        QVERIFY(html.contains(u"Dump fee"_s));
    }

    void htmlLeavesOutInternalFigures() {
        // What the customer reads: the text, not the style sheet's "margin".
        QTextDocument document;
        widgets::loadQuoteDocument(document, example(), options());
        const QString html = document.toPlainText();
        const scoring::Quote& q = example().quote;
        QVERIFY(html.contains(money(q.price)));
        QVERIFY(!html.contains(money(q.totalCost)));
        QVERIFY(!html.contains(money(q.hourlyCost)));
        for (const scoring::QuoteLine& line : q.lines)
            QVERIFY(!html.contains(money(line.cost)));
        for (const QString& word : {u"AFISS"_s, u"margin"_s, u"multiplier"_s, u"composite"_s})
            QVERIFY2(!html.contains(word, Qt::CaseInsensitive), qPrintable(word));
    }

    void htmlEscapesUserText() {
        QJsonObject json = test::exampleAssessment();
        json.insert(u"customer"_s, QJsonObject{{u"name"_s, u"<script>Ann & Bo</script>"_s}});
        QuoteDocumentOptions o = options();
        o.companyName = u"Trees <b>&</b> Co"_s;
        const QString html = widgets::quoteDocumentHtml(test::priceOrDie(json), o);
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;Ann &amp; Bo&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"Trees &lt;b&gt;&amp;&lt;/b&gt; Co"_s));
    }

    void htmlLeavesOutWhatIsNotGiven() {
        QuoteDocumentOptions o = options();
        o.logo = QImage();
        PricedAssessment unsaved = example();
        unsaved.assessment.id.clear();
        const QString html = widgets::quoteDocumentHtml(unsaved, o);
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"Quote no."_s));
        QCOMPARE(widgets::writeQuotePdf(unsaved, o, output(u"quote-plain.pdf"_s)), QString());
    }

    void writesAPdfThatRenders() {
        const QString pdf = output(u"quote.pdf"_s);
        QFile::remove(pdf);
        QFile::remove(output(u"quote-1.png"_s));
        QCOMPARE(widgets::writeQuotePdf(example(), options(), pdf), QString());
        QVERIFY(isPdf(pdf));
        if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed");
        QProcess render;
        render.setWorkingDirectory(QDir::currentPath());
        render.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, pdf, u"quote"_s});
        QVERIFY(render.waitForFinished(30000));
        QCOMPARE(render.exitCode(), 0);
        QVERIFY(QFileInfo(output(u"quote-1.png"_s)).size() > 0);
    }

    void aLongQuoteRunsOverPages() {
        QJsonObject json = test::exampleAssessment();
        QJsonArray trees;
        const QJsonArray example = json.value(u"trees"_s).toArray();
        for (int i = 0; i < 40; ++i)
            trees.append(example.at(i % example.size()));
        json.insert(u"trees"_s, trees);
        const QString pdf = output(u"quote-long.pdf"_s);
        QCOMPARE(widgets::writeQuotePdf(test::priceOrDie(json), options(), pdf), QString());
        QVERIFY(isPdf(pdf));
    }

    void reportsAPdfItCannotWrite() {
        const QString path = output(u"no-such-folder/quote.pdf"_s);
        QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
        const QString error = widgets::writeQuotePdf(example(), options(), path);
        QVERIFY2(error.contains(u"no-such-folder"_s), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void writesTheQuoteJson() {
        const QString path = output(u"quote.json"_s);
        QCOMPARE(widgets::writeQuoteJson(example(), path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\n    ")); // indented
        QJsonParseError parse{};
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parse);
        QCOMPARE(parse.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(u"schema"_s).toString(), u"treeops.quote/1"_s);
        QCOMPARE(document.object().value(u"assessment_id"_s).toString(), u"Q-2025-0142"_s);
        QCOMPARE(document.object().value(u"price"_s).toDouble(),
                 scoring::roundMoney(example().quote.price));
    }

    void reportsJsonItCannotWrite() {
        const QString error =
            widgets::writeQuoteJson(example(), output(u"no-such-folder/quote.json"_s));
        QVERIFY2(error.contains(u"no-such-folder"_s), qPrintable(error));
    }

    void exporterWritesOffTheGuiThread() {
        widgets::FileExporter exporter;
        QSignalSpy finished(&exporter, &widgets::FileExporter::finished);
        QSignalSpy failed(&exporter, &widgets::FileExporter::failed);
        const QString pdf = output(u"quote-exported.pdf"_s);
        QFile::remove(pdf);
        QVERIFY(startPdf(exporter, pdf));
        QVERIFY(!startPdf(exporter, pdf)); // one at a time
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().toString(), pdf);
        QCOMPARE(failed.size(), 0);
        QVERIFY(isPdf(pdf));
        QVERIFY(!exporter.isRunning());
    }

    void exporterReportsFailure() {
        widgets::FileExporter exporter;
        QSignalSpy failed(&exporter, &widgets::FileExporter::failed);
        QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
        QVERIFY(startPdf(exporter, output(u"no-such-folder/q.pdf"_s)));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.constFirst().constFirst().toString().contains(u"no-such-folder"_s));
    }

    void exporterLeavesNoPartialFileWhenDestroyed() {
        const QString pdf = output(u"quote-destroyed.pdf"_s);
        QFile::remove(pdf);
        {
            widgets::FileExporter exporter;
            QVERIFY(startPdf(exporter, pdf));
        }
        // Cancelled before it started, or waited for: never half a file.
        QVERIFY(!QFile::exists(pdf) || isPdf(pdf));
    }
};

QTEST_MAIN(QuoteDocumentTest)
#include "tst_quote_document.moc"

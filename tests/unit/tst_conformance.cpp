// Runs every golden case of the scoring specification, plus TreeOps' own edge cases, through
// the reader and the engine. Valid cases must match the expected quote; invalid ones must be
// rejected with a problem at the listed JSON path.
#include "scoring/AssessmentJson.h"
#include "scoring/CatalogJson.h"
#include "scoring/QuoteEngine.h"
#include "scoring/QuoteJson.h"
#include "scoring/RatesJson.h"
#include "support/JsonCompare.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace treeops;
using namespace treeops::scoring;
using namespace Qt::StringLiterals;

class ConformanceTest : public QObject {
    Q_OBJECT

private:
    static QString dataDir() { return QStringLiteral(TREEOPS_TEST_DATA_DIR); }

    static std::shared_ptr<const Catalog> loadCatalog(const QString& file) {
        Problems problems;
        auto data = readCatalog(test::readFile(file), file, problems);
        if (!data)
            qFatal("%s", qPrintable(joinProblems(problems)));
        return std::make_shared<const Catalog>(std::move(*data));
    }

    static std::shared_ptr<const Rates> loadRates(const QString& file) {
        Problems problems;
        auto data = readRates(test::readFile(file), file, problems);
        if (!data)
            qFatal("%s", qPrintable(joinProblems(problems)));
        return std::make_shared<const Rates>(std::move(*data));
    }

    static void addCases(const QString& folder) {
        const QDir dir(dataDir() + u'/' + folder);
        const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(dir.path()));
        for (const QString& name : files)
            QTest::newRow(qPrintable(folder + u'/' + name)) << dir.filePath(name);
    }

private slots:
    void cases_data() {
        QTest::addColumn<QString>("file");
        addCases(u"conformance/cases"_s);
        addCases(u"edge-cases"_s);
    }

    void cases() {
        QFETCH(QString, file);
        const QJsonObject testCase = QJsonDocument::fromJson(test::readFile(file)).object();
        const QString catalogFile =
            testCase.value(u"catalog"_s).toString(u"conformance/fixture-catalog.json"_s);
        const QuoteEngine engine(loadCatalog(dataDir() + u'/' + catalogFile),
                                 loadRates(dataDir() + u"/conformance/default-rates.json"_s));
        const AssessmentReader reader(engine.catalog(), engine.rates());

        Problems problems;
        const auto assessment = reader.read(testCase.value(u"assessment"_s).toObject(), problems);

        if (testCase.contains(u"expected_error"_s)) {
            const QString path = testCase[u"expected_error"_s][u"path"_s].toString();
            QVERIFY2(!assessment, "an invalid assessment was accepted");
            const bool named = std::any_of(problems.cbegin(), problems.cend(),
                                           [&](const Problem& p) { return p.where == path; });
            QVERIFY2(named, qPrintable(u"no problem at "_s + path + u"; got:\n"_s +
                                       joinProblems(problems)));
            return;
        }
        QVERIFY2(assessment, qPrintable(joinProblems(problems)));
        const Quote quote = engine.quote(*assessment);
        const QJsonObject actual =
            quoteToJson(quote, assessment->id, engine.catalog(), engine.rates());
        const QStringList differences =
            test::compareQuoteJson(testCase.value(u"expected"_s), actual);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(ConformanceTest)
#include "tst_conformance.moc"

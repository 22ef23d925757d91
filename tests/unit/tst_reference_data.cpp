// The catalog and rates TreeOps ships: counts, integrity and the specification's default rates.
#include "scoring/CatalogJson.h"
#include "scoring/RatesJson.h"
#include "storage/ReferenceData.h"
#include "support/JsonCompare.h"

#include "json/JsonReader.h"
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace treeops;
using namespace treeops::scoring;
using namespace Qt::StringLiterals;

class ReferenceDataTest : public QObject {
    Q_OBJECT

private slots:
    void catalogPassesEveryCatalogRule() {
        Problems problems;
        validateCatalog(storage::shippedCatalog(), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(joinProblems(problems)));
    }

    void catalogHasEnoughActiveFactorsInEveryDomain() {
        const CatalogData c = storage::shippedCatalog();
        DomainArray<int> perDomain{};
        int active = 0;
        for (const FactorDef& f : c.factors) {
            if (!f.active)
                continue;
            ++active;
            ++perDomain[static_cast<std::size_t>(f.domain)];
        }
        QVERIFY2(active >= 340, qPrintable(QString::number(active)));
        for (Domain d : AllDomains)
            QVERIFY2(perDomain[static_cast<std::size_t>(d)] >= 20, domainKey(d).data());
        QVERIFY(c.interactions.size() >= 12);
    }

    void factorsAreWrittenOut() {
        // Every factor reads as a real situation: text in every field, no numbered filler.
        static const QRegularExpression filler(u"\\b(factor|item|entry)\\s*\\d+\\b"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        QSet<QString> names;
        int withModifiers = 0;
        for (const FactorDef& f : storage::shippedCatalog().factors) {
            QVERIFY2(!f.description.trimmed().isEmpty(), qPrintable(f.code));
            QVERIFY2(!f.trigger.trimmed().isEmpty(), qPrintable(f.code));
            QVERIFY2(!filler.match(f.name).hasMatch(), qPrintable(f.code + u": "_s + f.name));
            QVERIFY2(!names.contains(f.name), qPrintable(u"repeated name: "_s + f.name));
            names.insert(f.name);
            QVERIFY2(f.modifiers.size() <= 4, qPrintable(f.code));
            withModifiers += f.modifiers.isEmpty() ? 0 : 1;
        }
        QVERIFY(withModifiers * 2 > names.size());
    }

    void interactionsNameActiveFactorsInDifferentPlaces() {
        const CatalogData c = storage::shippedCatalog();
        QSet<QString> active;
        for (const FactorDef& f : c.factors) {
            if (f.active)
                active.insert(f.code);
        }
        for (const InteractionDef& rule : c.interactions) {
            QVERIFY2(active.contains(rule.a) && active.contains(rule.b),
                     qPrintable(rule.a + u' ' + rule.b));
            QVERIFY(rule.overlap > 0);
            QVERIFY(!rule.protocol.isEmpty());
        }
    }

    void ratesAreTheSpecificationDefaults() {
        const QString file =
            QStringLiteral(TREEOPS_TEST_DATA_DIR) + u"/conformance/default-rates.json"_s;
        QJsonObject expected = QJsonDocument::fromJson(test::readFile(file)).object();
        QJsonObject actual = ratesToJson(storage::shippedRates());
        expected.remove(u"version"_s);
        actual.remove(u"version"_s);
        // Compare both ways so a missing and an extra entry are both caught.
        const QStringList differences =
            test::compareQuoteJson(expected, actual) + test::compareQuoteJson(actual, expected);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void exportedCatalogReadsBackIdentically() {
        const CatalogData original = storage::shippedCatalog();
        const QJsonObject json = catalogToJson(original);
        Problems problems;
        const auto again = readCatalog(json, problems);
        QVERIFY2(again, qPrintable(joinProblems(problems)));
        QCOMPARE(catalogToJson(*again), json);
    }
};

QTEST_GUILESS_MAIN(ReferenceDataTest)
#include "tst_reference_data.moc"

// Bad input is reported completely, with a JSON path per problem, and never half-accepted.
#include "scoring/AssessmentJson.h"
#include "scoring/CatalogJson.h"
#include "scoring/RatesJson.h"
#include "storage/ReferenceData.h"
#include "support/JsonCompare.h"

#include "json/JsonReader.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <utility>

using namespace treeops;
using namespace treeops::scoring;
using namespace Qt::StringLiterals;

namespace {

QStringList wheres(const Problems& problems) {
    QStringList out;
    for (const Problem& p : problems)
        out << p.where;
    return out;
}

QJsonObject validAssessment() {
    const QString file = QStringLiteral(TREEOPS_TEST_DATA_DIR) +
                         u"/conformance/cases/13-mixed-services-fixed-costs.json"_s;
    return QJsonDocument::fromJson(test::readFile(file)).object().value(u"assessment"_s).toObject();
}

} // namespace

class ValidationTest : public QObject {
    Q_OBJECT

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Rates> m_rates;

    QStringList m_readingsDiffer; // documents whose two readings reported different problems

    // The problems of reading an assessment whole, which reading it for pricing must report the
    // same (checked after each test).
    Problems readAssessment(const QJsonObject& json) {
        const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const AssessmentReader reader(*m_catalog, *m_rates);
        Problems problems;
        const auto a = reader.read(bytes, QString(), problems);
        if (a && !problems.isEmpty())
            qFatal("returned an assessment despite problems");
        Problems forPricing;
        reader.read(bytes, QString(), forPricing, AssessmentReader::Reading::ForPricing);
        if (joinProblems(forPricing) != joinProblems(problems))
            m_readingsDiffer << QString::fromUtf8(bytes) + u"\n  whole: "_s +
                                    joinProblems(problems) + u"\n  for pricing: "_s +
                                    joinProblems(forPricing);
        return problems;
    }

private slots:
    void cleanup() {
        const QStringList differ = std::exchange(m_readingsDiffer, {});
        QVERIFY2(differ.isEmpty(), qPrintable(differ.join(u'\n')));
    }

    void initTestCase() {
        Problems problems;
        auto catalog = readCatalog(test::readFile(QStringLiteral(TREEOPS_TEST_DATA_DIR) +
                                                  u"/conformance/fixture-catalog.json"_s),
                                   u"fixture"_s, problems);
        QVERIFY(catalog);
        m_catalog = std::make_unique<Catalog>(std::move(*catalog));
        m_rates = std::make_unique<Rates>(storage::shippedRates());
    }

    void everyProblemIsReportedAtOnce() {
        QJsonObject a = validAssessment();
        QJsonArray trees = a[u"trees"_s].toArray();
        QJsonObject first = trees[0].toObject();
        first[u"dbh_in"_s] = 150;
        first[u"height_ft"_s] = u"tall"_s;
        trees[0] = first;
        QJsonObject stump = trees[2].toObject();
        stump[u"grind_depth_in"_s] = 2;
        trees[2] = stump;
        a[u"trees"_s] = trees;
        a[u"travel_hours"_s] = -1;
        QJsonObject site = a[u"site"_s].toObject();
        site[u"state"_s] = u"ZZ"_s;
        site[u"address"_s] = 5;
        a[u"site"_s] = site;
        a[u"customer"_s] = QJsonObject{{u"name"_s, QJsonArray{}}};

        const QStringList paths = wheres(readAssessment(a));
        for (const QString& expected :
             {u"trees[0].dbh_in"_s, u"trees[0].height_ft"_s, u"trees[2].grind_depth_in"_s,
              u"travel_hours"_s, u"site.state"_s, u"site.address"_s, u"customer.name"_s})
            QVERIFY2(paths.contains(expected),
                     qPrintable(expected + u" missing from "_s + paths.join(u", "_s)));
    }

    void messagesNameValueAndAllowedRange() {
        QJsonObject a = validAssessment();
        QJsonArray trees = a[u"trees"_s].toArray();
        QJsonObject first = trees[0].toObject();
        first[u"dbh_in"_s] = 150;
        trees[0] = first;
        a[u"trees"_s] = trees;
        const Problems problems = readAssessment(a);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].toString(), u"trees[0].dbh_in: 150 is outside 1..120 (in)"_s);
    }

    void measurementsOfTheOtherServiceAreRejected() {
        QJsonObject a = validAssessment();
        QJsonArray trees = a[u"trees"_s].toArray();
        QJsonObject removal = trees[0].toObject();
        removal[u"diameter_in"_s] = 30;
        trees[0] = removal;
        a[u"trees"_s] = trees;
        QCOMPARE(wheres(readAssessment(a)), QStringList{u"trees[0].diameter_in"_s});
    }

    void wholeNumbersAndLimits_data() {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QJsonValue>("count");
        QTest::newRow("fractional crew") << u"crew"_s << QJsonValue(1.5);
        QTest::newRow("too many crew") << u"crew"_s << QJsonValue(21);
        QTest::newRow("crew as text") << u"crew"_s << QJsonValue(u"2"_s);
        QTest::newRow("no equipment") << u"equipment"_s << QJsonValue(0);
        QTest::newRow("too much equipment") << u"equipment"_s << QJsonValue(11);
    }

    void wholeNumbersAndLimits() {
        QFETCH(QString, section);
        QFETCH(QJsonValue, count);
        QJsonObject a = validAssessment();
        if (section == u"crew"_s) {
            QJsonObject crew = a[u"crew"_s].toObject();
            QJsonArray members = crew[u"members"_s].toArray();
            QJsonObject m = members[0].toObject();
            m[u"count"_s] = count;
            members[0] = m;
            crew[u"members"_s] = members;
            a[u"crew"_s] = crew;
            QCOMPARE(wheres(readAssessment(a)), QStringList{u"crew.members[0].count"_s});
        } else {
            QJsonArray equipment = a[u"equipment"_s].toArray();
            QJsonObject e = equipment[0].toObject();
            e[u"count"_s] = count;
            equipment[0] = e;
            a[u"equipment"_s] = equipment;
            QCOMPARE(wheres(readAssessment(a)), QStringList{u"equipment[0].count"_s});
        }
    }

    void tooManyTreesAreRefused() {
        QJsonObject a = validAssessment();
        QJsonArray trees;
        for (int i = 0; i < MaxTrees + 1; ++i)
            trees.append(a[u"trees"_s].toArray()[0]);
        a[u"trees"_s] = trees;
        QVERIFY(wheres(readAssessment(a)).contains(u"trees"_s));
    }

    void duplicateModifierIsRefused() {
        QJsonObject a = validAssessment();
        a[u"factors"_s] = QJsonArray{
            QJsonObject{{u"code"_s, u"AF_ACCESS_001"_s},
                        {u"modifiers"_s, QJsonArray{u"AF_ACCESS_001.1"_s, u"AF_ACCESS_001.1"_s}}}};
        QCOMPARE(wheres(readAssessment(a)), QStringList{u"factors[0].modifiers[1]"_s});
    }

    void retiredFactorIsRefused() {
        CatalogData data = m_catalog->data();
        data.factors[0].active = false;
        const Catalog retired(data);
        QJsonObject a = validAssessment();
        a[u"factors"_s] = QJsonArray{QJsonObject{{u"code"_s, data.factors[0].code}}};
        Problems problems;
        QVERIFY(!AssessmentReader(retired, *m_rates).read(a, problems));
        QCOMPARE(wheres(problems), QStringList{u"factors[0].code"_s});
    }

    // Reading for pricing leaves out only the texts the price does not depend on.
    void readingForPricingKeepsWhatPricesIt() {
        const QByteArray bytes = QJsonDocument(validAssessment()).toJson(QJsonDocument::Compact);
        const AssessmentReader reader(*m_catalog, *m_rates);
        Problems problems;
        const auto whole = reader.read(bytes, QString(), problems);
        const auto forPricing =
            reader.read(bytes, QString(), problems, AssessmentReader::Reading::ForPricing);
        QVERIFY2(whole && forPricing, qPrintable(joinProblems(problems)));
        QVERIFY(!whole->customer.name.isEmpty() && !whole->site.address.isEmpty());
        QVERIFY(forPricing->customer.name.isEmpty() && forPricing->site.address.isEmpty());
        QVERIFY(!whole->fixedCosts.isEmpty() && !whole->fixedCosts[0].label.isEmpty());
        QCOMPARE(forPricing->fixedCosts[0].label, QString());
        QCOMPARE(forPricing->site.state, whole->site.state);
        QCOMPARE(forPricing->trees.size(), whole->trees.size());
        QCOMPARE(forPricing->factors.size(), whole->factors.size());
        QCOMPARE(forPricing->fixedCosts[0].amount, whole->fixedCosts[0].amount);
    }

    // Names are looked up without a string of their own when plainly written; escaped or not
    // ASCII, they are still found, and an unknown one is quoted as it was meant.
    void escapedAndNonAsciiNamesAreLookedUp() {
        QJsonObject a = validAssessment();
        const QByteArray plain = QJsonDocument(a).toJson(QJsonDocument::Compact);
        QByteArray escaped = plain;
        escaped.replace("\"AF_", "\"\\u0041F_");
        escaped.replace("\"removal\"", "\"r\\u0065moval\"");
        QVERIFY(escaped != plain);
        const AssessmentReader reader(*m_catalog, *m_rates);
        Problems problems;
        const auto read = reader.read(escaped, QString(), problems);
        QVERIFY2(read, qPrintable(joinProblems(problems)));
        const auto expected = reader.read(plain, QString(), problems);
        QCOMPARE(read->factors.size(), expected->factors.size());
        for (qsizetype i = 0; i < read->factors.size(); ++i)
            QCOMPARE(read->factors[i].factor, expected->factors[i].factor);
        QCOMPARE(read->trees[0].service, Service::Removal);

        QJsonObject site = a[u"site"_s].toObject();
        site[u"state"_s] = u"Zürich"_s;
        a[u"site"_s] = site;
        const Problems unknown = readAssessment(a);
        QCOMPARE(unknown.size(), 1);
        QVERIFY2(unknown[0].toString().startsWith(u"site.state: \"Zürich\" has no rates"_s),
                 qPrintable(unknown[0].toString()));
    }

    void catalogRulesAreChecked_data() {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("path");
        QTest::newRow("weights") << u"weights"_s << u"domains"_s;
        QTest::newRow("code pattern") << u"code"_s << u"factors[0].code"_s;
        QTest::newRow("duplicate code") << u"duplicate"_s << u"factors[1].code"_s;
        QTest::newRow("foreign modifier") << u"modifier"_s << u"factors[0].modifiers[0].code"_s;
        QTest::newRow("interaction to unknown") << u"interaction"_s << u"interactions[0].b"_s;
        QTest::newRow("band gap") << u"band"_s << u"bands[1].from"_s;
    }

    void catalogRulesAreChecked() {
        QFETCH(QString, mutation);
        QFETCH(QString, path);
        CatalogData c = m_catalog->data();
        if (mutation == u"weights"_s)
            c.weights[0] = 0.5;
        else if (mutation == u"code"_s)
            c.factors[0].code = u"AF_SITE_001X"_s;
        else if (mutation == u"duplicate"_s)
            c.factors[1].code = c.factors[0].code;
        else if (mutation == u"modifier"_s)
            c.factors[0].modifiers[0].code = u"AF_ACCESS_002.1"_s;
        else if (mutation == u"interaction"_s)
            c.interactions[0].b = u"AF_SEVERITY_999"_s;
        else if (mutation == u"band"_s)
            c.bands[1].from = 9;
        Problems problems;
        validateCatalog(c, problems);
        QVERIFY2(wheres(problems).contains(path), qPrintable(joinProblems(problems)));
    }

    void ratesProblemsNameTheirPath() {
        QJsonObject rates = ratesToJson(storage::shippedRates());
        QJsonObject params = rates[u"params"_s].toObject();
        params[u"fica_rate"_s] = 7.65;
        params.remove(u"min_job_price"_s);
        rates[u"params"_s] = params;
        QJsonArray states = rates[u"states"_s].toArray();
        states.append(states[0]);
        rates[u"states"_s] = states;
        Problems problems;
        QVERIFY(!readRates(rates, problems));
        const QStringList paths = wheres(problems);
        QVERIFY2(paths.contains(u"params.fica_rate"_s), qPrintable(joinProblems(problems)));
        QVERIFY2(paths.contains(u"params.min_job_price"_s), qPrintable(joinProblems(problems)));
        QVERIFY2(paths.contains(u"states[5].state"_s), qPrintable(joinProblems(problems)));
    }

    void syntaxErrorsGiveFileLineAndColumn() {
        Problems problems;
        QVERIFY(!parseJsonObject("{\n  \"a\": 1,\n  oops\n}", u"rates.json"_s, problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].where.startsWith(u"rates.json:3:"_s),
                 qPrintable(problems[0].toString()));
    }
};

QTEST_GUILESS_MAIN(ValidationTest)
#include "tst_validation.moc"

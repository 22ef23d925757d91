// treeops-cli as a process: the exit-code contract, the golden cases end to end, all-or-nothing
// imports, the assessment commands (archived ones listed on request), quality runs that gate a
// pipeline and their reports, and the store taken from TREEOPS_STORE.
#include "storage/sqlite/SqliteDatabase.h"
#include "support/JsonCompare.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace treeops;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QString dataDir() {
    return QStringLiteral(TREEOPS_TEST_DATA_DIR);
}

// Validating never publishes, so until an import the store keeps the rates it started with.
QString shippedRatesVersion() {
    const QString file = dataDir() + u"/../../resources/rates/default-rates.json"_s;
    return QJsonDocument::fromJson(test::readFile(file))[u"version"_s].toString();
}

} // namespace

class CliTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;

    Run cli(const QStringList& arguments, const QByteArray& input = {}, const QString& store = {}) {
        QProcess process;
        process.start(QStringLiteral(TREEOPS_BIN_DIR) + u"/treeops-cli"_s,
                      QStringList{u"--store"_s, store.isEmpty() ? m_store : store} + arguments);
        if (!process.waitForStarted())
            qFatal("treeops-cli did not start");
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QJsonObject caseFile(const QString& path) {
        return QJsonDocument::fromJson(test::readFile(path)).object();
    }

    static QByteArray compact(const QJsonObject& o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_store = u"sqlite://"_s + m_dir.filePath(u"cli.db"_s);
        const Run imported =
            cli({u"catalog"_s, u"import"_s, dataDir() + u"/conformance/fixture-catalog.json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void versionAndHelp() {
        QCOMPARE(cli({u"--version"_s}).exitCode, 0);
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("catalog import FILE"));
        const Run unknown = cli({u"frobnicate"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"frobnicate"_s));
    }

    void goldenCases_data() {
        QTest::addColumn<QString>("file");
        const QDir dir(dataDir() + u"/conformance/cases"_s);
        for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void goldenCases() {
        QFETCH(QString, file);
        const QJsonObject testCase = caseFile(file);
        const Run run =
            cli({u"quote"_s, u"--input"_s, u"-"_s}, compact(testCase[u"assessment"_s].toObject()));
        if (testCase.contains(u"expected_error"_s)) {
            const QJsonObject expected = testCase[u"expected_error"_s].toObject();
            QCOMPARE(run.exitCode, expected[u"exit_code"_s].toInt());
            QVERIFY2(run.err.contains(expected[u"path"_s].toString() + u':'), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
            return;
        }
        QCOMPARE(run.exitCode, 0);
        const QStringList differences = test::compareQuoteJson(
            testCase[u"expected"_s], QJsonDocument::fromJson(run.out).object());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void brokenCatalogImportChangesNothing() {
        const QByteArray before = cli({u"catalog"_s, u"export"_s}).out;
        QJsonObject catalog = caseFile(dataDir() + u"/conformance/fixture-catalog.json"_s);
        catalog[u"version"_s] = u"fixture-broken"_s;
        QJsonArray factors = catalog[u"factors"_s].toArray();
        QJsonObject f = factors[3].toObject();
        f[u"base_pct"_s] = 140;
        factors[3] = f;
        catalog[u"factors"_s] = factors;
        const QString file = m_dir.filePath(u"broken-catalog.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(catalog).toJson());
        out.close();

        const Run run = cli({u"catalog"_s, u"import"_s, file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"factors[3].base_pct: 140 is outside 0..100"_s),
                 qPrintable(run.err));
        QCOMPARE(cli({u"catalog"_s, u"export"_s}).out, before);
    }

    void ratesRoundTripAndSyntaxErrors() {
        const Run exported = cli({u"rates"_s, u"export"_s});
        QCOMPARE(exported.exitCode, 0);
        QJsonObject rates = QJsonDocument::fromJson(exported.out).object();
        rates[u"version"_s] = u"rates-test-2"_s;
        const QString file = m_dir.filePath(u"rates.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(rates).toJson());
        out.close();
        const Run validated = cli({u"rates"_s, u"validate"_s, file});
        QCOMPARE(validated.exitCode, 0);
        QVERIFY(validated.out.contains("rates-test-2 are valid"));
        QCOMPARE(
            QJsonDocument::fromJson(cli({u"rates"_s, u"export"_s}).out)[u"version"_s].toString(),
            shippedRatesVersion());
        QCOMPARE(cli({u"rates"_s, u"import"_s, file}).exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(cli({u"rates"_s, u"export"_s}).out)[u"version"_s].toString(),
            u"rates-test-2"_s);

        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write("{\n  \"version\": \"x\",\n  \"params\": {,\n}\n");
        out.close();
        const Run broken = cli({u"rates"_s, u"import"_s, file});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains(file + u":3:"_s), qPrintable(broken.err));
        QCOMPARE(cli({u"rates"_s, u"validate"_s, file}).exitCode, 2);
    }

    void assessmentSaveListShow() {
        const QJsonObject testCase =
            caseFile(dataDir() + u"/conformance/cases/13-mixed-services-fixed-costs.json"_s);
        const Run saved = cli({u"assessment"_s, u"save"_s, u"--status"_s, u"draft"_s},
                              compact(testCase[u"assessment"_s].toObject()));
        QCOMPARE(saved.exitCode, 0);
        const QString id = QString::fromUtf8(saved.out).trimmed();
        QVERIFY(id.startsWith(u"A-"_s));

        const Run list =
            cli({u"assessment"_s, u"list"_s, u"--format"_s, u"json"_s, u"--status"_s, u"draft"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out)[u"assessments"_s].toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][u"id"_s].toString(), id);
        QCOMPARE(rows[0][u"price"_s].toDouble(), testCase[u"expected"_s][u"price"_s].toDouble());

        const Run show = cli({u"assessment"_s, u"show"_s, id});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(shown[u"quote"_s][u"price"_s].toDouble(), shown[u"recomputed_price"_s].toDouble());
        QCOMPARE(shown[u"quote"_s][u"catalog_version"_s].toString(), u"fixture-1"_s);

        const Run stale = cli({u"assessment"_s, u"save"_s, u"--expect-version"_s, u"7"_s},
                              compact(shown[u"assessment"_s].toObject()));
        QCOMPARE(stale.exitCode, 1);
        QVERIFY2(stale.err.contains(u"changed elsewhere"_s), qPrintable(stale.err));

        const Run copied = cli({u"assessment"_s, u"duplicate"_s, id});
        QCOMPARE(copied.exitCode, 0);
        const QString copy = QString::fromUtf8(copied.out).trimmed();
        QVERIFY(copy != id);
        QCOMPARE(cli({u"assessment"_s, u"status"_s, id, u"--status"_s, u"quoted"_s}).out, "2\n");
        const Run backwards =
            cli({u"assessment"_s, u"status"_s, id, u"--status"_s, u"completed"_s});
        QCOMPARE(backwards.exitCode, 2);
        QVERIFY2(backwards.err.contains(u"cannot become completed"_s), qPrintable(backwards.err));
        const Run staleDelete =
            cli({u"assessment"_s, u"delete"_s, copy, u"--expect-version"_s, u"9"_s});
        QCOMPARE(staleDelete.exitCode, 1);
        QCOMPARE(cli({u"assessment"_s, u"delete"_s, copy}).exitCode, 0);
        QCOMPARE(cli({u"assessment"_s, u"show"_s, copy}).exitCode, 1);

        QCOMPARE(cli({u"assessment"_s, u"show"_s, u"A-NOPE"_s}).exitCode, 1);
        QCOMPARE(cli({u"assessment"_s, u"list"_s, u"--status"_s, u"lost"_s}).exitCode, 2);
    }

    void demoSeedOnAFreshStoreUsesShippedData() {
        const QString fresh = u"sqlite://"_s + m_dir.filePath(u"fresh/demo.db"_s);
        const Run seeded = cli({u"demo"_s, u"seed"_s, u"--count"_s, u"40"_s}, {}, fresh);
        QCOMPARE(seeded.exitCode, 0);
        QVERIFY(seeded.err.contains(u"progress: 100%"_s));
        const Run list =
            cli({u"assessment"_s, u"list"_s, u"--limit"_s, u"100"_s, u"--format"_s, u"json"_s}, {},
                fresh);
        QCOMPARE(QJsonDocument::fromJson(list.out)[u"assessments"_s].toArray().size(), 40);
        const Run catalog = cli({u"catalog"_s, u"export"_s}, {}, fresh);
        QVERIFY(QJsonDocument::fromJson(catalog.out)[u"factors"_s].toArray().size() >= 340);
    }

    void qualityRunGatesAPipelineAndReports() {
        const QString path = m_dir.filePath(u"quality/demo.db"_s);
        const QString store = u"sqlite://"_s + path;
        QCOMPARE(cli({u"demo"_s, u"seed"_s, u"--count"_s, u"20"_s}, {}, store).exitCode, 0);
        const QStringList recompute{u"quality"_s, u"run"_s, u"--rule"_s,
                                    u"assessments.quote_recomputes"_s};
        const Run clean = cli(recompute + QStringList{u"--format"_s, u"json"_s}, {}, store);
        QCOMPARE(clean.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(clean.out)[u"schema"_s].toString(),
                 u"treeops.quality-run/1"_s);
        QVERIFY(clean.err.contains(u"[1/1] assessments.quote_recomputes"_s));

        storage::SqliteDatabase(path).execute(
            u"UPDATE quotes SET price = price + 5 WHERE id = (SELECT min(id) FROM quotes)"_s);
        const Run broken = cli(recompute, {}, store);
        QCOMPARE(broken.exitCode, 3); // a critical rule fails
        QVERIFY(broken.out.contains("fail"));

        const Run csv = cli({u"quality"_s, u"report"_s, u"--format"_s, u"csv"_s}, {}, store);
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("run,rule,name,dimension,severity,dataset,status"));
        QVERIFY(csv.out.contains(",assessments.quote_recomputes,"));
        QVERIFY(csv.out.contains(",fail,1,20,"));
        const Run html =
            cli({u"quality"_s, u"report"_s, u"1"_s, u"--format"_s, u"html"_s}, {}, store);
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.out.contains("run 1"));
        const Run missing =
            cli({u"quality"_s, u"report"_s, u"99"_s, u"--format"_s, u"json"_s}, {}, store);
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains(u"there is no quality run 99"_s), qPrintable(missing.err));
        QCOMPARE(cli({u"quality"_s, u"report"_s, u"--format"_s, u"text"_s}, {}, store).exitCode, 2);
    }

    void archivedAssessmentsAreListedWhenAsked() {
        const QString store = u"sqlite://"_s + m_dir.filePath(u"archived/list.db"_s);
        QCOMPARE(cli({u"demo"_s, u"seed"_s, u"--count"_s, u"40"_s}, {}, store).exitCode, 0);
        const Run archived =
            cli({u"archive"_s, u"run"_s, u"--older-than-days"_s, u"30"_s}, {}, store);
        QCOMPARE(archived.exitCode, 0);
        const auto listed = [&](const QStringList& extra) {
            const Run list = cli(QStringList{u"assessment"_s, u"list"_s, u"--limit"_s, u"100"_s,
                                             u"--format"_s, u"json"_s} +
                                     extra,
                                 {}, store);
            return QJsonDocument::fromJson(list.out)[u"assessments"_s].toArray();
        };
        const QJsonArray warm = listed({});
        const QJsonArray all = listed({u"--include-archived"_s});
        QCOMPARE(all.size(), 40);
        QVERIFY(warm.size() > 0 && warm.size() < 40);
        qsizetype marked = 0;
        for (const QJsonValue& row : all)
            marked += row[u"archived"_s].toBool() ? 1 : 0;
        QCOMPARE(marked, 40 - warm.size());
        const Run text =
            cli({u"assessment"_s, u"list"_s, u"--limit"_s, u"100"_s, u"--include-archived"_s}, {},
                store);
        QCOMPARE(text.out.count("(archived)"), marked);
    }

    void storeComesFromTheEnvironmentWithoutStoreOption() {
        const QString file = m_dir.filePath(u"environment/env.db"_s);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"TREEOPS_STORE"_s, u"sqlite://"_s + file);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TREEOPS_BIN_DIR) + u"/treeops-cli"_s,
                      {u"demo"_s, u"seed"_s, u"--count"_s, u"3"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(file));
    }

    void unusableStoresGiveClearErrors() {
        // Nothing listens on port 1: unreachable is a failure (1), a malformed URL invalid input
        // (2).
        const Run postgres = cli({u"quote"_s}, "{}", u"postgresql://127.0.0.1:1/treeops"_s);
        QCOMPARE(postgres.exitCode, 1);
        QVERIFY2(postgres.err.contains(u"cannot reach"_s), qPrintable(postgres.err));
        const Run malformed = cli({u"quote"_s}, "{}", u"postgresql://[::1/treeops"_s);
        QCOMPARE(malformed.exitCode, 2);
        const QString junk = m_dir.filePath(u"junk.db"_s);
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not a database").repeated(100));
        file.close();
        const Run refused = cli({u"rates"_s, u"export"_s}, {}, u"sqlite://"_s + junk);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"left untouched"_s), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"

// JsonTree reads what QJsonDocument reads: the same documents accepted and refused, the same
// values, and through either reader the same problems. Stored assessments are read with it, so
// a document the console once accepted must not start failing (or passing) its checks.
#include "assessments/DemoData.h"
#include "storage/ReferenceData.h"

#include "json/JsonReader.h"
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <bit>
#include <cstring>

using namespace treeops;
using namespace Qt::StringLiterals;

namespace {

QJsonValue toQt(const JsonTree::Value& value);

QJsonArray toQt(const JsonTree::Array& array) {
    QJsonArray out;
    for (const JsonTree::Value& item : array)
        out.append(toQt(item));
    return out;
}

QJsonValue toQt(const JsonTree::Value& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble();
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return toQt(value.toArray());
    case QJsonValue::Object:
        break;
    default:
        return QJsonValue::Null;
    }
    // In document order, so that a later duplicate replaces an earlier one as in Qt.
    QJsonObject out;
    for (const JsonTree::Object::Member& member : value.toObject())
        out.insert(member.key.toString(), toQt(member.value));
    return out;
}

// QJsonValue's == compares doubles with ==; this tells 0 from -0 too.
bool sameValue(const QJsonValue& a, const QJsonValue& b) {
    if (a.type() != b.type())
        return false;
    if (a.isDouble())
        return std::bit_cast<quint64>(a.toDouble()) == std::bit_cast<quint64>(b.toDouble());
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!sameValue(x.at(i), y.at(i)))
                return false;
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        // Sorted, since Qt orders a parsed object by its keys' bytes and a built one by QString.
        QStringList xKeys = x.keys();
        QStringList yKeys = y.keys();
        xKeys.sort();
        yKeys.sort();
        if (xKeys != yKeys)
            return false;
        for (auto it = x.begin(); it != x.end(); ++it)
            if (!sameValue(it.value(), y.value(it.key())))
                return false;
        return true;
    }
    return a == b;
}

// What both parsers make of `bytes`, or a description of how they differ.
QString difference(const QByteArray& bytes) {
    QJsonParseError qtError;
    const QJsonDocument qt = QJsonDocument::fromJson(bytes, &qtError);
    QJsonParseError treeError;
    const auto tree = JsonTree::parse(bytes, treeError);
    const bool qtAccepts = qtError.error == QJsonParseError::NoError;
    if (qtAccepts != tree.has_value())
        return u"Qt %1 it (%2), JsonTree %3 it (%4)"_s.arg(
            qtAccepts ? u"accepts"_s : u"refuses"_s, qtError.errorString(),
            tree ? u"accepts"_s : u"refuses"_s, treeError.errorString());
    if (!qtAccepts)
        return {};
    const QJsonValue expected = qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array());
    const QJsonValue actual = toQt(tree->root());
    if (!sameValue(expected, actual))
        return u"Qt reads %1, JsonTree %2"_s.arg(
            QString::fromUtf8(QJsonDocument(expected.toObject()).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(actual.toObject()).toJson(QJsonDocument::Compact)));
    return {};
}

QByteArray nested(int depth) {
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QList<QByteArray> demoDocuments(int count) {
    assessments::DemoData demo(storage::shippedCatalog(), storage::shippedRates(), 7);
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i)
        out << QJsonDocument(demo.next()).toJson(QJsonDocument::Compact);
    return out;
}

// One random edit of the kind a hand edit, a truncated write or a broken script leaves.
QByteArray damaged(QByteArray bytes, QRandomGenerator& random) {
    static const QList<QByteArray> pieces = {"\"",
                                             "\\",
                                             ",",
                                             ":",
                                             "{",
                                             "}",
                                             "[",
                                             "]",
                                             "0",
                                             "-",
                                             ".",
                                             "e",
                                             "E+",
                                             "1e400",
                                             "1e-400",
                                             "01",
                                             ".5",
                                             "1.",
                                             "null",
                                             "true",
                                             "fals",
                                             " ",
                                             "\t",
                                             "\f",
                                             "\x01",
                                             "\\u00e9",
                                             "\\ud83d",
                                             "\\uZZ",
                                             "\\x",
                                             "\xc3\xa9",
                                             "\xc3",
                                             "\xed\xa0\x80",
                                             "\xef\xbb\xbf",
                                             "\xf4\x90\x80\x80",
                                             "12345678901234567890",
                                             "0.1e1",
                                             "-0",
                                             "-0.0",
                                             "\"a\":1,"};
    const auto at = [&](qsizetype size) { return random.bounded(size + 1); };
    if (bytes.isEmpty())
        return pieces[random.bounded(pieces.size())];
    switch (random.bounded(4)) {
    case 0:
        bytes.remove(at(bytes.size() - 1), 1 + random.bounded(3));
        break;
    case 1:
        bytes.insert(at(bytes.size()), pieces[random.bounded(pieces.size())]);
        break;
    case 2: {
        const qsizetype where = at(bytes.size() - 1);
        bytes.replace(where, 1, pieces[random.bounded(pieces.size())]);
        break;
    }
    default:
        bytes.truncate(at(bytes.size()));
    }
    return bytes;
}

// Reads every member with the given reader as the typed field it is not, so that each
// accessor's problems show, from the object's fields filed and unlisted: a generic walk
// for comparing two readers.
template <typename Reader, typename Object>
void readEveryway(Reader& reader, const Object& object, const JsonPath& path) {
    using Presence = typename Reader::Presence;
    const auto fields = reader.fields(object, path, {"known"_L1, "also_known"_L1, "missing"_L1});
    const auto unlisted = reader.unlisted(object, path);
    for (QLatin1StringView key : {"known"_L1, "also_known"_L1, "missing"_L1}) {
        reader.string(fields, key, Presence::Required);
        reader.number(fields, key, NumberRule{0, 10, "ft"_L1, true}, Presence::Required);
        reader.boolean(fields, key, Presence::Optional);
        reader.array(fields, key, Presence::Optional);
        reader.string(unlisted, key, Presence::Optional);
        reader.number(unlisted, key, NumberRule{0, 10, "ft"_L1, true}, Presence::Optional);
        reader.boolean(unlisted, key, Presence::Required);
        reader.array(unlisted, key, Presence::Required);
        if (const auto inner = reader.object(fields, key, Presence::Optional))
            readEveryway(reader, *inner, path.key(key));
    }
}

} // namespace

class JsonTreeTest : public QObject {
    Q_OBJECT

private slots:
    void readsWhatQtReads_data() {
        QTest::addColumn<QByteArray>("bytes");
        const QList<QByteArray> cases = {"{}",
                                         "[]",
                                         "{\"a\":1}",
                                         "{\"a\":1,\"a\":2}",
                                         "{\"\\u0061\":1,\"a\":2}",
                                         "{\"b\":1,\"a\":2,\"B\":3,\"\xc3\xa9\":4}",
                                         "\xef\xbb\xbf{}",
                                         "\xef\xbb\xbf",
                                         " {} ",
                                         "{}\n\r\t ",
                                         "{} x",
                                         QByteArray("{}\0", 3),
                                         "5",
                                         "\"a\"",
                                         "null",
                                         "",
                                         " ",
                                         "{\"a\":01}",
                                         "{\"a\":00}",
                                         "{\"a\":-01}",
                                         "{\"a\":-0}",
                                         "{\"a\":-0.0}",
                                         "{\"a\":-0e0}",
                                         "{\"a\":1.}",
                                         "{\"a\":.5}",
                                         "{\"a\":-.5}",
                                         "{\"a\":1.e5}",
                                         "{\"a\":.e5}",
                                         "{\"a\":.5e3}",
                                         "{\"a\":.}",
                                         "{\"a\":-.}",
                                         "{\"a\":-}",
                                         "{\"a\":+1}",
                                         "{\"a\":1e}",
                                         "{\"a\":1e+}",
                                         "{\"a\":1e+5}",
                                         "{\"a\":1E-5}",
                                         "{\"a\":1e05}",
                                         "{\"a\":1e400}",
                                         "{\"a\":1e-400}",
                                         "{\"a\":1e-310}",
                                         "{\"a\":1e22}",
                                         "{\"a\":1e23}",
                                         "{\"a\":0.1e1}",
                                         "{\"a\":0.000001}",
                                         "{\"a\":123456789012345.6}",
                                         "{\"a\":1234567890123456.7}",
                                         "{\"a\":9007199254740993}",
                                         "{\"a\":12345678901234567890}",
                                         "{\"a\":-9223372036854775808}",
                                         "{\"a\":0.30000000000000004}",
                                         "{\"a\":2.5e-3}",
                                         "{\"a\":1.5e3x}",
                                         "{\"a\":NaN}",
                                         "{\"a\":tru}",
                                         "{\"a\":tRue}",
                                         "{\"a\":truex}",
                                         "{\"a\":nulll}",
                                         "[nul]",
                                         "[true,false,null]",
                                         "{\"a\":\"\\ud800\"}",
                                         "{\"a\":\"\\ud83d\\ude00\"}",
                                         "{\"a\":\"\\u00e9\\u00E9\"}",
                                         "{\"a\":\"\\u12\"}",
                                         "{\"a\":\"\\uZZZZ\"}",
                                         "{\"a\":\"\\x\\'\\/\\b\\f\\n\\r\\t\\\"\\\\\"}",
                                         "{\"a\":\"\\\xc3\xa9\"}",
                                         "{\"a\":\"\\\xc3"
                                         "a\"}",
                                         "{\"a\":\"\xef\xbb\xbfy\"}",
                                         "{\"a\":\"x\\n\xef\xbb\xbfy\"}",
                                         "{\"\xef\xbb\xbf"
                                         "b\":1}",
                                         "{\"a\":\"x\ty\x01\"}",
                                         QByteArray("{\"a\":\"x\0y\"}", 11),
                                         "{\"a\":\"\xff\"}",
                                         "{\"a\":\"\xc0\xaf\"}",
                                         "{\"a\":\"\xe0\x80\xaf\"}",
                                         "{\"a\":\"\xed\xa0\x80\"}",
                                         "{\"a\":\"\xed\x9f\xbf\"}",
                                         "{\"a\":\"\xef\xbf\xbf\"}",
                                         "{\"a\":\"\xf0\x9f\x98\x80\"}",
                                         "{\"a\":\"\xf0\x8f\xbf\xbf\"}",
                                         "{\"a\":\"\xf4\x90\x80\x80\"}",
                                         "{\"a\":\"\xc3\"}",
                                         "{\"a\":\"x",
                                         "{ \f\"a\":1}",
                                         "[1 2]",
                                         "{\"a\" 1}",
                                         "{,}",
                                         "{\"a\":1,}",
                                         "{\"a\":1,,}",
                                         "[1,]",
                                         "[,1]",
                                         "[1,2",
                                         "{\"a\":1",
                                         "{\"a\"",
                                         "{\"a\":",
                                         "{\"a\":1}}",
                                         "{\"a\":[}}",
                                         "{1:2}",
                                         nested(1024),
                                         nested(1025),
                                         "{\"a\":" + nested(1023) + "}",
                                         "{\"a\":" + nested(1024) + "}"};
        for (const QByteArray& bytes : cases)
            QTest::newRow(bytes.left(40).toPercentEncoding(" {}[]\":,").constData()) << bytes;
    }

    void readsWhatQtReads() {
        QFETCH(QByteArray, bytes);
        const QString differs = difference(bytes);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }

    void readsDamagedDocumentsAsQtDoes() {
        QRandomGenerator random(20261206);
        const QList<QByteArray> documents = demoDocuments(20);
        int refused = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes = documents[i % documents.size()];
            for (int edits = 1 + random.bounded(3); edits > 0; --edits)
                bytes = damaged(bytes, random);
            const QString differs = difference(bytes);
            QVERIFY2(differs.isEmpty(),
                     qPrintable(differs + u"\nin: "_s + QString::fromUtf8(bytes)));
            QJsonParseError error;
            refused += JsonTree::parse(bytes, error) ? 0 : 1;
        }
        // Both outcomes were exercised, not only one.
        QVERIFY2(refused > 2000 && refused < 18000, qPrintable(QString::number(refused)));
    }

    void stringViewsHoldTheStrings() {
        const QByteArray document =
            "{\"plain\":\"AF_SITE_002\",\"escaped\":\"r\\u0065moval\\n\","
            "\"utf8\":\"Z\xc3\xbcrich\",\"empty\":\"\",\"lone\":\"\\ud800\","
            "\"long\":\"" +
            QByteArray(200, 'x') + "\"}";
        QJsonParseError error;
        const auto tree = JsonTree::parse(document, error);
        QVERIFY(tree);
        JsonTree::TextBuffer buffer;
        int compared = 0;
        for (const JsonTree::Object::Member& member : tree->root().toObject()) {
            QCOMPARE(member.value.toStringView(buffer).toString(), member.value.toString());
            QCOMPARE(member.key.toStringView(buffer).toString(), member.key.toString());
            ++compared;
        }
        QCOMPARE(compared, 6);
    }

    void bothReadersReportTheSameProblems_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("number and object")
            << QByteArray(R"({"known":3,"also_known":{"known":true}})");
        QTest::newRow("wrong types") << QByteArray(R"({"known":"3","also_known":[1]})");
        QTest::newRow("out of range") << QByteArray(R"({"known":11.5,"also_known":-1})");
        QTest::newRow("unknown keys")
            << QByteArray(R"({"zeta":1,"alpha":2,"known":null,"Beta":3,"alpha":4,"\u00e9":5})");
        QTest::newRow("key given twice") << QByteArray(R"({"known":"x","known":3,"also_known":1})");
        QTest::newRow("nested") << QByteArray(
            R"({"also_known":{"known":"x","extra":[],"also_known":{"known":1e300}}})");
        QTest::newRow("escaped key") << QByteArray(R"({"kn\u006fwn":2,"also_known":"\u00e9"})");
    }

    void bothReadersReportTheSameProblems() {
        QFETCH(QByteArray, bytes);
        Problems byQt;
        const auto qt = parseJsonObject(bytes, u"qt"_s, byQt);
        Problems byTree;
        const auto tree = parseJsonTree(bytes, u"qt"_s, byTree);
        QVERIFY(qt && tree);
        JsonReader qtReader(byQt);
        readEveryway(qtReader, *qt, JsonPath(u"doc"_s));
        JsonTreeReader treeReader(byTree);
        readEveryway(treeReader, tree->root().toObject(), JsonPath(u"doc"_s));
        QCOMPARE(joinProblems(byTree), joinProblems(byQt));
        QVERIFY(!byTree.isEmpty()); // each member is read as every type, so problems are compared
    }

    void syntaxErrorsNameTheLineAndColumn() {
        Problems problems;
        QVERIFY(!parseJsonTree("{\n  \"a\": 1,\n  \"b\" 2\n}", u"job.json"_s, problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().where, u"job.json:3:7"_s);
        QVERIFY(problems.first().message.startsWith(u"not valid JSON: "_s));
        problems.clear();
        QVERIFY(!parseJsonTree("[1]", u"list.json"_s, problems));
        QCOMPARE(problems.first().toString(),
                 u"list.json: expected a JSON object at the top level"_s);
    }

    void pathsAreSpelledOnlyAsAsked() {
        const JsonPath root;
        const JsonPath trees = root.key("trees"_L1);
        const JsonPath second = trees.at(1);
        QCOMPARE(second.key("dbh_in"_L1).toString(), u"trees[1].dbh_in"_s);
        QCOMPARE(JsonPath(u"crew"_s).at(0).toString(), u"crew[0]"_s);
        QCOMPARE(root.toString(), QString());
    }
};

QTEST_GUILESS_MAIN(JsonTreeTest)
#include "tst_json_tree.moc"

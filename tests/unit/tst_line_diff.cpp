// Comparing two versions of a custom rule's query line by line.
#include "quality/LineDiff.h"

#include <QTest>

using namespace treeops::quality;
using namespace Qt::StringLiterals;

namespace {

QString render(const QList<DiffLine>& lines) {
    QStringList out;
    for (const DiffLine& line : lines)
        out << (line.kind == DiffLine::Kind::Same      ? u"  "_s
                : line.kind == DiffLine::Kind::Removed ? u"- "_s
                                                       : u"+ "_s) +
                   line.text;
    return out.join(u'\n');
}

} // namespace

class LineDiffTest : public QObject {
    Q_OBJECT

private slots:
    void changes_data() {
        QTest::addColumn<QStringList>("earlier");
        QTest::addColumn<QStringList>("later");
        QTest::addColumn<QString>("expected");
        const QStringList query{u"SELECT id AS key,"_s, u"  CASE WHEN price IS NULL"_s,
                                u"  THEN 1 ELSE 0 END AS failing"_s, u"FROM assessments"_s};
        QTest::newRow("unchanged") << query << query
                                   << u"  SELECT id AS key,\n    CASE WHEN price IS NULL\n"
                                      "    THEN 1 ELSE 0 END AS failing\n  FROM assessments"_s;
        QStringList edited = query;
        edited[1] = u"  CASE WHEN price <= 0"_s;
        edited << u"WHERE status = 'draft'"_s;
        QTest::newRow("a line changed, one added")
            << query << edited
            << u"  SELECT id AS key,\n-   CASE WHEN price IS NULL\n+   CASE WHEN price <= 0\n"
               "    THEN 1 ELSE 0 END AS failing\n  FROM assessments\n+ WHERE status = 'draft'"_s;
        QTest::newRow("from nothing")
            << QStringList() << QStringList{u"SELECT 1"_s} << u"+ SELECT 1"_s;
        QTest::newRow("to nothing")
            << QStringList{u"SELECT 1"_s} << QStringList() << u"- SELECT 1"_s;
        QTest::newRow("lines moved")
            << QStringList{u"a"_s, u"b"_s, u"c"_s} << QStringList{u"c"_s, u"a"_s, u"b"_s}
            << u"+ c\n  a\n  b\n- c"_s;
    }
    void changes() {
        QFETCH(QStringList, earlier);
        QFETCH(QStringList, later);
        QFETCH(QString, expected);
        QCOMPARE(render(lineDiff(earlier, later)), expected);
    }
};

QTEST_APPLESS_MAIN(LineDiffTest)
#include "tst_line_diff.moc"

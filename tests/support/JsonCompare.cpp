#include "support/JsonCompare.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace treeops::test {
namespace {

using namespace Qt::StringLiterals;

bool isMoneyKey(const QString& key) {
    static const QSet<QString> money{u"cost"_s,
                                     u"price"_s,
                                     u"true_hourly"_s,
                                     u"ownership"_s,
                                     u"operating"_s,
                                     u"hourly"_s,
                                     u"small_tools_hourly"_s,
                                     u"crew_hourly"_s,
                                     u"equipment_hourly"_s,
                                     u"hourly_cost"_s,
                                     u"travel_cost"_s,
                                     u"fixed_costs"_s,
                                     u"total_cost"_s,
                                     u"effective_rate"_s};
    return money.contains(key);
}

QString lastKey(const QString& path) {
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? path : path.mid(dot + 1);
}

bool numbersMatch(double expected, double actual, bool money) {
    if (money)
        return std::abs(expected - actual) <= 0.01 + 1e-9;
    const double scale = std::max(std::abs(expected), std::abs(actual));
    return std::abs(expected - actual) <= std::max(1e-6 * scale, 1e-9);
}

} // namespace

QStringList compareQuoteJson(const QJsonValue& expected, const QJsonValue& actual,
                             const QString& path) {
    const QString where = path.isEmpty() ? u"(root)"_s : path;
    if (expected.isObject()) {
        if (!actual.isObject())
            return {where + u": expected an object"_s};
        QStringList differences;
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (!a.contains(it.key()))
                differences << child + u": missing"_s;
            else
                differences << compareQuoteJson(it.value(), a.value(it.key()), child);
        }
        return differences;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!actual.isArray() || e.size() != a.size())
            return {where + u": expected %1 entries, got %2"_s.arg(e.size()).arg(a.size())};
        QStringList differences;
        for (qsizetype i = 0; i < e.size(); ++i)
            differences << compareQuoteJson(e[i], a[i], path + u'[' + QString::number(i) + u']');
        return differences;
    }
    if (expected.isDouble()) {
        if (!actual.isDouble() ||
            !numbersMatch(expected.toDouble(), actual.toDouble(), isMoneyKey(lastKey(path))))
            return {where + u": expected %1, got %2"_s.arg(expected.toDouble(), 0, 'g', 12)
                                .arg(actual.toVariant().toString())};
        return {};
    }
    if (expected != actual)
        return {where + u": expected %1, got %2"_s.arg(expected.toVariant().toString(),
                                                       actual.toVariant().toString())};
    return {};
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(path));
    return file.readAll();
}

} // namespace treeops::test

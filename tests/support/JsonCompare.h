#pragma once

#include <QJsonValue>
#include <QStringList>

namespace treeops::test {

// Compares an expected quote document with an actual one the way the scoring specification
// does: money to within a cent, every other number to a relative 1e-6, everything else exactly.
// Keys absent from `expected` are not compared. Returns one line per difference.
QStringList compareQuoteJson(const QJsonValue& expected, const QJsonValue& actual,
                             const QString& path = {});

QByteArray readFile(const QString& path);

} // namespace treeops::test

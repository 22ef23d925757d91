#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace treeops::widgets {

// Values at dotted paths of a JSON document, such as "crew.members"; array indices are the
// table models' business and never part of these paths.
QJsonValue valueAt(const QJsonObject& document, QStringView path);
// Sets (or, for an undefined value, removes) the value, creating objects on the way.
void setValueAt(QJsonObject& document, QStringView path, const QJsonValue& value);

} // namespace treeops::widgets

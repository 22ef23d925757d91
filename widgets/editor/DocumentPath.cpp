#include "editor/DocumentPath.h"

namespace treeops::widgets {

QJsonValue valueAt(const QJsonObject& document, QStringView path) {
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0)
        return document.value(path);
    return valueAt(document.value(path.first(dot)).toObject(), path.sliced(dot + 1));
}

void setValueAt(QJsonObject& document, QStringView path, const QJsonValue& value) {
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined())
            document.remove(path);
        else
            document.insert(path, value);
        return;
    }
    const QString key = path.first(dot).toString();
    QJsonObject child = document.value(key).toObject();
    setValueAt(child, path.sliced(dot + 1), value);
    document.insert(key, child);
}

} // namespace treeops::widgets

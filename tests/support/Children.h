#pragma once

#include <QObject>
#include <QString>

namespace treeops::test {

// The child of `parent` named `name`; a test that looks for a child its screen lacks is a broken
// test, so it stops the program saying which.
template <typename T> T* child(const QObject& parent, const QString& name) {
    T* found = parent.findChild<T*>(name);
    if (!found)
        qFatal("no child named %s", qPrintable(name));
    return found;
}

} // namespace treeops::test

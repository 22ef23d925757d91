#include "Isolation.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>

namespace treeops::test {

void isolateFromTheUser() {
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace treeops::test

#pragma once

#include <QString>

class QLineEdit;

namespace treeops::widgets {

// A one-line text field as the forms use it: named for tests and style sheets, a hint of what
// goes in it while it is empty, and a button to clear it.
QLineEdit* lineEdit(const QString& objectName, const QString& placeholder);

} // namespace treeops::widgets

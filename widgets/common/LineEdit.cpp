#include "common/LineEdit.h"

#include <QLineEdit>

namespace treeops::widgets {

QLineEdit* lineEdit(const QString& objectName, const QString& placeholder) {
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace treeops::widgets

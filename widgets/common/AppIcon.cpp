#include "common/AppIcon.h"

namespace treeops::widgets {

QIcon appIcon() {
    return QIcon(QStringLiteral(":/treeops/icons/treeops.svg"));
}

} // namespace treeops::widgets

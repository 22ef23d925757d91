#pragma once

#include <QByteArray>
#include <QString>

namespace treeops::storage {

// Writes `bytes` to `path` whole or not at all: through a temporary file renamed into place, so
// a full disk or a crash never leaves half a file where a good one was. Returns why it could
// not, or an empty string.
QString writeWholeFile(const QString& path, const QByteArray& bytes);

} // namespace treeops::storage

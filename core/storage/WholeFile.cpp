#include "storage/WholeFile.h"

#include <QSaveFile>

namespace treeops::storage {

QString writeWholeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(bytes); // a failed write makes commit() fail
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace treeops::storage

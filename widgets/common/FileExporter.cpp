#include "common/FileExporter.h"

#include <QtConcurrent/QtConcurrentRun>

namespace treeops::widgets {

FileExporter::FileExporter(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &FileExporter::report);
}

FileExporter::~FileExporter() {
    // Stopping mid-page would leave half a file behind; writing takes well under a second.
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool FileExporter::start(const QString& path, Write write) {
    if (isRunning())
        return false;
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run(std::move(write)));
    return true;
}

bool FileExporter::isRunning() const {
    return m_watcher.isRunning();
}

void FileExporter::report() {
    const QString error = m_watcher.result();
    if (error.isEmpty())
        emit finished(m_path);
    else
        emit failed(error);
}

} // namespace treeops::widgets

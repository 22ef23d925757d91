#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <functional>

namespace treeops::widgets {

// Writes a file (a quote PDF, a quality report) off the GUI thread, so a long document never
// freezes the window. One file at a time. Destroying the exporter cancels a write that has not
// started yet and waits for one that has, so it never leaves half a file behind.
//
// QPdfWriter, QPainter and QTextDocument are safe to use in a worker thread in Qt 6 as long as
// each object stays in that thread; images drawn there must be QImages (not QPixmaps).
class FileExporter : public QObject {
    Q_OBJECT

public:
    // Writes the file and returns an empty string, or why it could not, in words for the user.
    using Write = std::function<QString()>;

    explicit FileExporter(QObject* parent = nullptr);
    ~FileExporter() override;

    // Starts `write` for the file at `path`; false, and nothing started, while another is running.
    bool start(const QString& path, Write write);
    bool isRunning() const;

signals:
    void finished(const QString& path);
    void failed(const QString& message);

private:
    void report();

    QFutureWatcher<QString> m_watcher;
    QString m_path;
};

} // namespace treeops::widgets

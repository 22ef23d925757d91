#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace treeops::widgets {

// The company logo: a preview with Choose… and Remove buttons, and under them, in plain words,
// why a file was refused. Only files that read as images are taken.
class LogoField : public QWidget {
    Q_OBJECT

public:
    explicit LogoField(QWidget* parent = nullptr);

    QString path() const { return m_path; }
    // Shows the logo saved earlier; says so if it can no longer be read, but keeps the path.
    void showSaved(const QString& path);
    // Takes `path` if it reads as an image; otherwise keeps the current logo and says why.
    bool selectFile(const QString& path);
    void remove();

signals:
    void pathChanged(const QString& path);

private:
    QLabel* createPreview();
    QLabel* createErrorLabel();
    void choose();
    void showLogo(const QString& path, const QImage& logo);
    void showError(const QString& message);

    QString m_path;
    QLabel* m_preview;
    QPushButton* m_choose;
    QPushButton* m_remove;
    QLabel* m_error;
};

} // namespace treeops::widgets

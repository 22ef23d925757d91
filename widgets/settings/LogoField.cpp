#include "settings/LogoField.h"

#include "common/StatusTone.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

// Room for a wide logo at a legible size without crowding the form, in lines of text.
constexpr int PreviewLines = 4;
constexpr int PreviewAspect = 2;
constexpr int PreviewPadding = 4;

// The image at `path`, or a null image and Qt's reason in `error`.
QImage readImage(const QString& path, QString& error) {
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull())
        error = reader.errorString();
    return image;
}

} // namespace

LogoField::LogoField(QWidget* parent)
    : QWidget(parent)
    , m_preview(createPreview())
    , m_choose(new QPushButton(tr("Ch&oose…")))
    , m_remove(new QPushButton(tr("Re&move")))
    , m_error(createErrorLabel()) {
    m_choose->setObjectName(u"chooseLogo"_s);
    m_remove->setObjectName(u"removeLogo"_s);
    connect(m_choose, &QPushButton::clicked, this, &LogoField::choose);
    connect(m_remove, &QPushButton::clicked, this, &LogoField::remove);
    // A label naming this field gives the focus to the button that changes it.
    setFocusProxy(m_choose);
    // As tall as its contents: the stretch that keeps the buttons at the top would otherwise
    // claim a share of the page's spare height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_preview, 0, Qt::AlignTop);
    row->addLayout(buttons);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addLayout(row);
    layout->addWidget(m_error);
    showLogo({}, {});
}

QLabel* LogoField::createPreview() {
    auto* preview = new QLabel;
    preview->setObjectName(u"logoPreview"_s);
    preview->setAccessibleName(tr("Logo preview"));
    const int height = PreviewLines * fontMetrics().height();
    preview->setFixedSize(PreviewAspect * height, height);
    preview->setFrameShape(QFrame::StyledPanel);
    preview->setAlignment(Qt::AlignCenter);
    return preview;
}

QLabel* LogoField::createErrorLabel() {
    auto* error = new QLabel;
    error->setObjectName(u"logoError"_s);
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, statusColor(StatusTone::Failure));
    error->setPalette(palette);
    error->hide();
    return error;
}

void LogoField::showSaved(const QString& path) {
    m_error->hide();
    QString error;
    const QImage logo = path.isEmpty() ? QImage() : readImage(path, error);
    showLogo(path, logo);
    if (!path.isEmpty() && logo.isNull())
        showError(tr("The saved logo “%1” can no longer be read (%2). Choose it again or "
                     "remove it.")
                      .arg(QDir::toNativeSeparators(path), error));
}

bool LogoField::selectFile(const QString& path) {
    QString error;
    const QImage logo = readImage(path, error);
    if (logo.isNull()) {
        showError(tr("“%1” could not be read as an image (%2). Choose a PNG, JPEG or SVG file.")
                      .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_error->hide();
    // Absolute, so that the logo is found whatever folder TreeOps is started from.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    showLogo(absolute, logo);
    emit pathChanged(absolute);
    return true;
}

void LogoField::remove() {
    m_error->hide();
    if (m_path.isEmpty())
        return;
    showLogo({}, {});
    emit pathChanged({});
}

void LogoField::choose() {
    const QString folder = m_path.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                               : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Company Logo"), folder,
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        selectFile(path);
}

void LogoField::showLogo(const QString& path, const QImage& logo) {
    m_path = path;
    m_remove->setEnabled(!path.isEmpty());
    m_preview->setToolTip(QDir::toNativeSeparators(path));
    if (logo.isNull()) {
        // An unreadable saved logo leaves the preview empty; the message under it says why.
        m_preview->setText(path.isEmpty() ? tr("No logo") : QString());
        return;
    }
    // Large logos shrink to fit; small ones keep their size rather than blur.
    const QSize room = m_preview->contentsRect()
                           .marginsRemoved(QMargins(PreviewPadding, PreviewPadding, PreviewPadding,
                                                    PreviewPadding))
                           .size();
    const QSize size = logo.size().scaled(room, Qt::KeepAspectRatio).boundedTo(logo.size());
    m_preview->setPixmap(
        QPixmap::fromImage(logo.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void LogoField::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

} // namespace treeops::widgets

#include "common/PaletteIcon.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>
#include <memory>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

// The placeholder the SVG files use for their one colour, as in CSS.
constexpr auto ColourPlaceholder = "currentColor";

using Colour = std::function<QColor()>;

QColor colourFor(QIcon::Mode mode, const Colour& normal) {
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return normal ? normal() : palette.color(QPalette::Active, QPalette::ButtonText);
}

class PaletteIconEngine final : public QIconEngine {
public:
    PaletteIconEngine(QString name, QByteArray svg, Colour colour)
        : m_name(std::move(name))
        , m_svg(std::move(svg))
        , m_colour(std::move(colour)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override {
        renderer(colourFor(mode, m_colour)).render(painter, rect);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, pixmap.rect(), mode, state);
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine* clone() const override { return new PaletteIconEngine(m_name, m_svg, m_colour); }
    QString key() const override { return u"treeops-palette"_s; }
    QString iconName() override { return m_name; }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    // Buttons repaint often and in the same colour; the parsed SVG is kept for the last one.
    QSvgRenderer& renderer(const QColor& colour) {
        if (!m_renderer || colour != m_rendererColour) {
            QByteArray svg = m_svg;
            svg.replace(ColourPlaceholder, colour.name().toLatin1());
            m_renderer = std::make_unique<QSvgRenderer>(svg);
            m_rendererColour = colour;
        }
        return *m_renderer;
    }

    QString m_name;
    QByteArray m_svg;
    Colour m_colour; // empty: the palette's text colour
    std::unique_ptr<QSvgRenderer> m_renderer;
    QColor m_rendererColour;
};

QByteArray readIcon(QStringView name) {
    QFile file(u":/treeops/icons/actions/%1.svg"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("TreeOps: no icon named %s", qPrintable(name.toString()));
    return file.readAll();
}

} // namespace

QIcon paletteIcon(QStringView name) {
    return QIcon(new PaletteIconEngine(name.toString(), readIcon(name), {}));
}

QIcon paletteIcon(QStringView name, std::function<QColor()> colour) {
    return QIcon(new PaletteIconEngine(name.toString(), readIcon(name), std::move(colour)));
}

bool isDarkPalette() {
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

} // namespace treeops::widgets

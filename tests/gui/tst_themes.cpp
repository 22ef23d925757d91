// Light and dark palettes: the console takes the palette the system gives it, and everything
// TreeOps draws itself (action icons, status colours, the AFISS chart) follows that palette,
// including a change while the window is open. Renders the window in both for a look.
#include "assessments/AssessmentsPage.h"
#include "common/PaletteIcon.h"
#include "common/StatusTone.h"
#include "main/MainWindow.h"
#include "quote/AfissChart.h"
#include "storage/ReferenceData.h"
#include "storage/StoreFactory.h"
#include "support/Isolation.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <cmath>

using namespace treeops;
using namespace Qt::StringLiterals;
using namespace treeops::widgets;

namespace {

constexpr int IconSize = 24;
// WCAG 2 asks 3:1 of graphics that carry meaning, like a status dot.
constexpr double MinimumGraphicContrast = 3.0;

QPalette lightPalette() {
    QPalette palette(QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Window, QColor(0xf5, 0xf5, 0xf5));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::ButtonText, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    return palette;
}

// What a desktop in dark mode hands the application (the colours of Fusion's dark variant).
QPalette darkPalette() {
    QPalette palette(QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::Base, QColor(0x24, 0x24, 0x24));
    palette.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x2c));
    palette.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::Button, QColor(0x40, 0x40, 0x40));
    palette.setColor(QPalette::ButtonText, QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    return palette;
}

// The average colour of the pixels an icon paints.
QColor inkOf(const QPixmap& pixmap) {
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    double red = 0, green = 0, blue = 0, weight = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 200)
                continue; // antialiased edges blend with nothing here
            red += c.red();
            green += c.green();
            blue += c.blue();
            weight += 1;
        }
    }
    if (weight == 0)
        return {};
    return QColor::fromRgb(qRound(red / weight), qRound(green / weight), qRound(blue / weight));
}

double luminance(const QColor& c) {
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QStringList actionIconNames() {
    QStringList names = QDir(u":/treeops/icons/actions"_s).entryList({u"*.svg"_s});
    for (QString& name : names)
        name.chop(4);
    return names;
}

} // namespace

class ThemesTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        test::isolateFromTheUser();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QApplication::setPalette(lightPalette()); }

    void actionIconsTakeThePaletteTextColour() {
        const QStringList names = actionIconNames();
        QVERIFY(names.size() >= 15);
        for (const QString& name : names) {
            const QIcon icon = paletteIcon(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            QApplication::setPalette(lightPalette());
            const QColor onLight = inkOf(icon.pixmap(IconSize));
            QApplication::setPalette(darkPalette());
            const QColor onDark = inkOf(icon.pixmap(IconSize));
            QVERIFY2(onLight.isValid() && onDark.isValid(), qPrintable(name + u" draws nothing"_s));
            QVERIFY2(onLight.lightness() < 80, qPrintable(name + u": "_s + onLight.name()));
            QVERIFY2(onDark.lightness() > 200, qPrintable(name + u": "_s + onDark.name()));
        }
    }

    void disabledAndSelectedIconsUseThoseColours() {
        QApplication::setPalette(darkPalette());
        const QIcon icon = paletteIcon(u"save");
        QCOMPARE(inkOf(icon.pixmap(IconSize, QIcon::Disabled)).name(), u"#808080"_s);
        QCOMPARE(inkOf(icon.pixmap(IconSize, QIcon::Selected)).name(), u"#ffffff"_s);
    }

    void statusColoursStayVisibleOnEitherWindow() {
        const StatusTone tones[] = {StatusTone::Ok,    StatusTone::Warning,  StatusTone::Failure,
                                    StatusTone::Error, StatusTone::Inactive, StatusTone::Running};
        for (const QPalette& palette : {lightPalette(), darkPalette()}) {
            QApplication::setPalette(palette);
            const QColor window = palette.color(QPalette::Window);
            for (StatusTone tone : tones) {
                const QColor colour = statusColor(tone);
                QVERIFY2(contrast(colour, window) >= MinimumGraphicContrast,
                         qPrintable(u"%1 on %2: %3:1"_s.arg(colour.name(), window.name())
                                        .arg(contrast(colour, window), 0, 'f', 2)));
                QCOMPARE(inkOf(statusIcon(tone).pixmap(12)).name(), colour.name());
            }
        }
    }

    void chartTextFollowsAPaletteChange() {
        QApplication::setPalette(lightPalette());
        widgets::AfissChart chart;
        chart.show();
        const auto axisColours = [&chart] {
            QList<QColor> colours{chart.chart()->titleBrush().color()};
            const QList<QAbstractAxis*> axes = chart.chart()->axes();
            for (const QAbstractAxis* axis : axes)
                colours << axis->labelsColor() << axis->titleBrush().color();
            return colours;
        };
        for (const QColor& c : axisColours())
            QCOMPARE(c, lightPalette().color(QPalette::WindowText));
        QApplication::setPalette(darkPalette()); // the desktop switched while TreeOps is open
        QTRY_VERIFY(axisColours().first() == darkPalette().color(QPalette::WindowText));
        for (const QColor& c : axisColours())
            QCOMPARE(c, darkPalette().color(QPalette::WindowText));
    }

    void everyButtonAndPageHasAnIcon() {
        const QString url = u"sqlite://"_s + m_dir.filePath(u"icons.db"_s);
        storage::ensureReferenceData(*storage::openStore(url));
        widgets::MainWindow window(url);
        window.show();
        const QList<QToolButton*> buttons = window.findChildren<QToolButton*>();
        int actionButtons = 0;
        for (const QToolButton* button : buttons) {
            if (!button->defaultAction())
                continue;
            ++actionButtons;
            QVERIFY2(!button->icon().isNull(), qPrintable(button->text()));
        }
        QVERIFY(actionButtons >= 12); // six on the list, six in the editor
        const auto* sidebar = window.findChild<QListWidget*>(u"sidebar"_s);
        QVERIFY(sidebar);
        for (int row = 0; row < sidebar->count(); ++row)
            QVERIFY(!sidebar->item(row)->icon().isNull());
    }

    void rendersTheWindowInBothPalettes() {
        const QString url = u"sqlite://"_s + m_dir.filePath(u"render.db"_s);
        storage::ensureReferenceData(*storage::openStore(url));
        for (const auto& [name, palette] :
             {std::pair{u"light"_s, lightPalette()}, std::pair{u"dark"_s, darkPalette()}}) {
            QApplication::setPalette(palette);
            widgets::MainWindow window(url);
            window.resize(1280, 760);
            window.show();
            QSignalSpy loaded(window.assessmentsPage(), &widgets::AssessmentsPage::loaded);
            QVERIFY(loaded.wait());
            window.showPage(widgets::MainWindow::Page::Editor);
            QTest::qWait(100); // let pending layouts run before the grab
            const QImage image = window.grab().toImage();
            QVERIFY(image.save(QDir::current().filePath(u"window-%1.png"_s.arg(name))));
            // The window really is drawn in the palette: its corner is the window colour.
            QCOMPARE(image.pixelColor(2, image.height() - 2).lightness() > 128, name == u"light"_s);
        }
    }
};

QTEST_MAIN(ThemesTest)
#include "tst_themes.moc"

// The typed settings and the Settings page on the offscreen platform, from a clean settings
// file: the defaults, every change saved as it is made and read back by a fresh Settings, the
// logo refused when it cannot be read, keyboard use, and a rendering to look at. The data
// connection section is tested against real servers in tst_connection_settings.
#include "assessments/StoreWorker.h"
#include "main/Settings.h"
#include "settings/LanguageStartup.h"
#include "settings/SettingsPage.h"
#include "support/Children.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace treeops;
using namespace Qt::StringLiterals;
using treeops::test::child;
using widgets::Settings;
using widgets::SettingsPage;
using Language = Settings::Language;

namespace {

bool hasPicture(const QLabel* label) {
    return !label->pixmap().isNull();
}

// A logo to choose: a green disc and the company's initials on white, wider than it is tall.
QString writeLogo(const QString& path) {
    QImage logo(240, 120, QImage::Format_ARGB32);
    logo.fill(Qt::white);
    QPainter painter(&logo);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x2e, 0x7d, 0x32));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(10, 10, 100, 100);
    painter.setPen(QColor(0x2e, 0x7d, 0x32));
    QFont font = painter.font();
    font.setPixelSize(56);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(120, 0, 120, 120), Qt::AlignCenter, u"OA"_s);
    painter.end();
    if (!logo.save(path))
        qFatal("could not write %s", qPrintable(path));
    return path;
}

QString writeFile(const QString& path, const QByteArray& contents) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("could not write %s", qPrintable(path));
    return path;
}

} // namespace

class SettingsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    // Never opened: only the connection test would use it.
    assessments::StoreWorker m_worker;

    QString logoPath() const { return QFileInfo(m_dir.filePath(u"logo.png"_s)).absoluteFilePath(); }

private slots:
    void initTestCase() {
        // Before anything reads settings, so that the test's file is not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .removeRecursively();
        QVERIFY(m_dir.isValid());
        writeLogo(logoPath());
    }

    void startsFromDefaults() {
        const Settings settings;
        QCOMPARE(settings.companyName(), QString());
        QCOMPARE(settings.companyDisplayName(), u"TreeOps"_s);
        QCOMPARE(settings.companyContact(), QString());
        QCOMPARE(settings.companyLogoPath(), QString());
        QVERIFY(settings.companyLogo().isNull());
        QCOMPARE(settings.quoteValidityDays(), 30);
        QCOMPARE(settings.language(), Language::System);
        QCOMPARE(settings.uiLocale(), QLocale::system());
        QCOMPARE(widgets::startupLocale(), QLocale::system());
        QCOMPARE(settings.lastPage(), u"assessments"_s);
        QCOMPARE(settings.storeUrl(), QString());
        QCOMPARE(settings.hotTierUrl(), QString());
        QCOMPARE(settings.mainWindowGeometry(), QByteArray());
        QCOMPARE(settings.assessmentTableLayout(), QByteArray());

        const SettingsPage page(&m_worker);
        QCOMPARE(child<QLineEdit>(page, u"companyName"_s)->text(), QString());
        QCOMPARE(child<QPlainTextEdit>(page, u"companyContact"_s)->toPlainText(), QString());
        QVERIFY(!hasPicture(child<QLabel>(page, u"logoPreview"_s)));
        QVERIFY(!child<QAbstractButton>(page, u"removeLogo"_s)->isEnabled());
        QVERIFY(child<QLabel>(page, u"logoError"_s)->isHidden());
        QCOMPARE(child<QSpinBox>(page, u"quoteValidityDays"_s)->value(), 30);
        QCOMPARE(child<QComboBox>(page, u"language"_s)->currentData().value<Language>(),
                 Language::System);
        QCOMPARE(child<QLineEdit>(page, u"storeUrl"_s)->text(), QString());
        QCOMPARE(child<QLineEdit>(page, u"hotTierUrl"_s)->text(), QString());
    }

    void keepsValuesInRange() {
        Settings settings;
        settings.setQuoteValidityDays(0);
        QCOMPARE(Settings().quoteValidityDays(), Settings::MinQuoteValidityDays);
        settings.setQuoteValidityDays(1000);
        QCOMPARE(Settings().quoteValidityDays(), Settings::MaxQuoteValidityDays);
        settings.setQuoteValidityDays(30);
        settings.setCompanyName(u"   "_s);
        QCOMPARE(Settings().companyDisplayName(), u"TreeOps"_s);
        settings.setCompanyName({});
    }

    void savesTypedCompanyName() {
        SettingsPage page(&m_worker);
        QSignalSpy changed(&page, &SettingsPage::companyChanged);
        QTest::keyClicks(child<QLineEdit>(page, u"companyName"_s), u"Oak & Ash Tree Care"_s);
        QCOMPARE(Settings().companyName(), u"Oak & Ash Tree Care"_s);
        QCOMPARE(Settings().companyDisplayName(), u"Oak & Ash Tree Care"_s);
        QVERIFY(!changed.isEmpty());
    }

    void savesContactLines() {
        SettingsPage page(&m_worker);
        QSignalSpy changed(&page, &SettingsPage::companyChanged);
        auto* contact = child<QPlainTextEdit>(page, u"companyContact"_s);
        QTest::keyClicks(contact, u"1200 Cedar Ridge Rd"_s);
        QTest::keyClick(contact, Qt::Key_Return);
        QTest::keyClicks(contact, u"(352) 555-0142"_s);
        QCOMPARE(Settings().companyContact(), u"1200 Cedar Ridge Rd\n(352) 555-0142"_s);
        QVERIFY(!changed.isEmpty());
    }

    void savesQuoteValidity() {
        SettingsPage page(&m_worker);
        QSignalSpy changed(&page, &SettingsPage::companyChanged);
        auto* days = child<QSpinBox>(page, u"quoteValidityDays"_s);
        QCOMPARE(days->suffix(), u" days"_s);
        days->selectAll();
        QTest::keyClicks(days, u"45"_s);
        QCOMPARE(days->value(), 45);
        QCOMPARE(Settings().quoteValidityDays(), 45);
        // Documents show the company; the validity is read when a quote is made.
        QVERIFY(changed.isEmpty());
    }

    void savesLanguageChoice() {
        SettingsPage page(&m_worker);
        auto* language = child<QComboBox>(page, u"language"_s);
        QCOMPARE(language->itemText(1), u"English"_s);
        QCOMPARE(language->itemText(2), u"Español"_s);
        QVERIFY(!child<QLabel>(page, u"languageNote"_s)->text().isEmpty());

        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(Settings().language(), Language::English);
        QCOMPARE(Settings().uiLocale(), QLocale(QLocale::English, QLocale::UnitedStates));

        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentText(), u"Español"_s);
        const QLocale spanish = Settings().uiLocale();
        QCOMPARE(Settings().language(), Language::Spanish);
        QCOMPARE(spanish.language(), QLocale::Spanish);
        QCOMPARE(spanish.territory(), QLocale::UnitedStates);
        QCOMPARE(widgets::startupLocale(), spanish);
    }

    void takesReadableLogo() {
        SettingsPage page(&m_worker);
        QSignalSpy changed(&page, &SettingsPage::companyChanged);
        QVERIFY(page.setLogoFile(logoPath()));
        QVERIFY(hasPicture(child<QLabel>(page, u"logoPreview"_s)));
        QVERIFY(child<QAbstractButton>(page, u"removeLogo"_s)->isEnabled());
        QVERIFY(child<QLabel>(page, u"logoError"_s)->isHidden());
        QCOMPARE(changed.size(), 1);
        const Settings settings;
        QCOMPARE(settings.companyLogoPath(), logoPath());
        QCOMPARE(settings.companyLogo().size(), QSize(240, 120));
    }

    void refusesUnreadableLogo_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("not an image")
            << writeFile(m_dir.filePath(u"broken.png"_s), "not a picture of anything");
        QTest::newRow("missing") << m_dir.filePath(u"missing.png"_s);
    }

    void refusesUnreadableLogo() {
        QFETCH(QString, path);
        SettingsPage page(&m_worker);
        QVERIFY(page.setLogoFile(logoPath()));
        QSignalSpy changed(&page, &SettingsPage::companyChanged);

        QVERIFY(!page.setLogoFile(path));
        auto* error = child<QLabel>(page, u"logoError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QFileInfo(path).fileName()), qPrintable(error->text()));
        QVERIFY(hasPicture(child<QLabel>(page, u"logoPreview"_s)));
        QVERIFY(changed.isEmpty());
        QCOMPARE(Settings().companyLogoPath(), logoPath());
        QVERIFY(!Settings().companyLogo().isNull());

        // A good file afterwards is taken and clears the message.
        QVERIFY(page.setLogoFile(logoPath()));
        QVERIFY(error->isHidden());
    }

    void removesLogo() {
        SettingsPage page(&m_worker);
        QVERIFY(page.setLogoFile(logoPath()));
        QSignalSpy changed(&page, &SettingsPage::companyChanged);
        auto* remove = child<QAbstractButton>(page, u"removeLogo"_s);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!remove->isEnabled());
        QVERIFY(!hasPicture(child<QLabel>(page, u"logoPreview"_s)));
        QCOMPARE(Settings().companyLogoPath(), QString());
        QVERIFY(Settings().companyLogo().isNull());
    }

    void showsSavedValues() {
        Settings settings;
        settings.setCompanyName(u"Riverside Arborists"_s);
        settings.setCompanyContact(u"12 Elm St\nGainesville"_s);
        settings.setQuoteValidityDays(90);
        settings.setLanguage(Language::English);
        // A logo that was moved away after it was chosen.
        settings.setCompanyLogoPath(m_dir.filePath(u"moved-away.png"_s));

        const SettingsPage page(&m_worker);
        QCOMPARE(child<QLineEdit>(page, u"companyName"_s)->text(), u"Riverside Arborists"_s);
        QCOMPARE(child<QPlainTextEdit>(page, u"companyContact"_s)->toPlainText(),
                 u"12 Elm St\nGainesville"_s);
        QCOMPARE(child<QSpinBox>(page, u"quoteValidityDays"_s)->value(), 90);
        QCOMPARE(child<QComboBox>(page, u"language"_s)->currentData().value<Language>(),
                 Language::English);
        const auto* error = child<QLabel>(page, u"logoError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(u"moved-away.png"_s), qPrintable(error->text()));
        // The saved path stays until the user chooses another logo or removes it.
        QVERIFY(child<QAbstractButton>(page, u"removeLogo"_s)->isEnabled());
        QCOMPARE(Settings().companyLogoPath(), m_dir.filePath(u"moved-away.png"_s));
    }

    void labelsNameTheirFields() {
        const SettingsPage page(&m_worker);
        QSet<QChar> mnemonics;
        for (const QLabel* label : page.findChildren<QLabel*>()) {
            const qsizetype amp = label->text().indexOf(u'&');
            if (amp < 0)
                continue;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
            mnemonics.insert(label->text().at(amp + 1).toLower());
        }
        for (const QAbstractButton* button : page.findChildren<QAbstractButton*>()) {
            const qsizetype amp = button->text().indexOf(u'&');
            QVERIFY2(amp >= 0, qPrintable(button->text()));
            const QChar key = button->text().at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(key), qPrintable(button->text()));
            mnemonics.insert(key);
        }
        QCOMPARE(mnemonics.size(), 11);
    }

    void savesTheQualityWebhook_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("message");
        QTest::newRow("https") << u"https://hooks.example.com/treeops"_s
                               << u"https://hooks.example.com/treeops"_s << u"Saved."_s;
        QTest::newRow("not a web address")
            << u"ftp://hooks.example.com"_s << QString() << u"http:// or https://"_s;
        QTest::newRow("password") << u"https://ops:secret@hooks.example.com/x"_s << QString()
                                  << u"TREEOPS_QUALITY_WEBHOOK_URL"_s;
    }
    void savesTheQualityWebhook() {
        QFETCH(QString, typed);
        QFETCH(QString, saved);
        QFETCH(QString, message);
        Settings().setQualityWebhookUrl({});
        SettingsPage page(&m_worker);
        auto* field = child<QLineEdit>(page, u"qualityWebhook"_s);
        QTest::keyClicks(field, typed);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(Settings().qualityWebhookUrl(), saved);
        QVERIFY(child<QLabel>(page, u"qualityWebhookResult"_s)->text().contains(message));
    }

    void tabsThroughFieldsInReadingOrder() {
        Settings().setCompanyLogoPath(logoPath());
        SettingsPage page(&m_worker);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        child<QLineEdit>(page, u"companyName"_s)->setFocus(Qt::TabFocusReason);
        QStringList visited{QApplication::focusWidget()->objectName()};
        for (int i = 0; i < 9; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(visited, (QStringList{u"companyName"_s, u"companyContact"_s, u"chooseLogo"_s,
                                       u"removeLogo"_s, u"quoteValidityDays"_s, u"language"_s,
                                       u"qualityWebhook"_s, u"storeUrl"_s, u"hotTierUrl"_s,
                                       u"testConnection"_s}));
    }

    // For a person to look at: settings-page.png and settings-page-logo-error.png.
    void rendersPage() {
        Settings settings;
        settings.setCompanyName(u"Oak & Ash Tree Care"_s);
        settings.setCompanyContact(
            u"1200 Cedar Ridge Rd\nGainesville, FL 32601\n(352) 555-0142\noffice@oakash.example"_s);
        settings.setCompanyLogoPath(logoPath());
        settings.setQuoteValidityDays(30);
        settings.setLanguage(Language::Spanish);

        SettingsPage page(&m_worker);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString file = QDir::current().filePath(u"settings-page.png"_s);
        QVERIFY2(page.grab().save(file), qPrintable(file));

        QVERIFY(!page.setLogoFile(m_dir.filePath(u"broken.png"_s)));
        // The page makes room for the message when the event loop next runs.
        QCoreApplication::processEvents();
        const QString errorFile = QDir::current().filePath(u"settings-page-logo-error.png"_s);
        QVERIFY2(page.grab().save(errorFile), qPrintable(errorFile));
    }
};

QTEST_MAIN(SettingsTest)
#include "tst_settings.moc"

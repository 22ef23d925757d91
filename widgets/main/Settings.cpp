#include "main/Settings.h"

#include "storage/SavedConnections.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>
#include <array>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using Language = Settings::Language;

template <typename T> struct Key {
    QLatin1StringView name;
    T defaultValue;
};

const Key<QByteArray> MainWindowGeometry{"mainWindow/geometry"_L1, {}};
const Key<QByteArray> AssessmentTableLayout{"assessments/tableLayout"_L1, {}};
const Key<QByteArray> QualityTableLayout{"quality/tableLayout"_L1, {}};
const Key<QString> LastPage{"mainWindow/lastPage"_L1, u"assessments"_s};
const Key<QString> CompanyName{"company/name"_L1, {}};
const Key<QString> CompanyContact{"company/contact"_L1, {}};
const Key<QString> CompanyLogoPath{"company/logoPath"_L1, {}};
const Key<int> QuoteValidityDays{"quotes/validityDays"_L1, 30};
const Key<Language> UiLanguage{"ui/language"_L1, Language::System};
const Key<QString> StoreUrl{"connection/store"_L1, {}};
const Key<QString> HotTierUrl{"connection/hotTier"_L1, {}};
const Key<QString> QualityWebhookUrl{"quality/webhookUrl"_L1, {}};

// What documents print while the company has no name: the product's, which is not translated.
constexpr auto ProductName = "TreeOps"_L1;

// Languages are stored by code rather than by enum value, so that the file reads well and
// survives reordering the enum.
struct LanguageCode {
    Language language;
    QLatin1StringView code;
};
constexpr std::array LanguageCodes{LanguageCode{Language::System, "system"_L1},
                                   LanguageCode{Language::English, "en"_L1},
                                   LanguageCode{Language::Spanish, "es"_L1}};

template <typename T> T read(const QSettings& settings, const Key<T>& key) {
    return settings.value(key.name, QVariant::fromValue(key.defaultValue)).template value<T>();
}

template <typename T> void write(QSettings& settings, const Key<T>& key, const T& value) {
    settings.setValue(key.name, QVariant::fromValue(value));
}

// A hand-edited file may hold anything; what is not a number reads as the default.
int read(const QSettings& settings, const Key<int>& key) {
    bool ok = false;
    const int value = settings.value(key.name).toInt(&ok);
    return ok ? value : key.defaultValue;
}

Language read(const QSettings& settings, const Key<Language>& key) {
    const QString code = settings.value(key.name).toString();
    const auto found =
        std::find_if(LanguageCodes.begin(), LanguageCodes.end(),
                     [&code](const LanguageCode& entry) { return code == entry.code; });
    return found != LanguageCodes.end() ? found->language : key.defaultValue;
}

void write(QSettings& settings, const Key<Language>& key, Language value) {
    const auto found =
        std::find_if(LanguageCodes.begin(), LanguageCodes.end(),
                     [value](const LanguageCode& entry) { return entry.language == value; });
    settings.setValue(key.name, QString(found->code));
}

int clampValidityDays(int days) {
    return std::clamp(days, Settings::MinQuoteValidityDays, Settings::MaxQuoteValidityDays);
}

// An explicit file: QSettings' default location needs an organization name, and TreeOps has
// none so that the GUI and the CLI share the application's data folder.
QString settingsFile() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/treeops.conf"_s;
}

} // namespace

Settings::Settings()
    : m_settings(settingsFile(), QSettings::IniFormat) {}

QByteArray Settings::mainWindowGeometry() const {
    return read(m_settings, MainWindowGeometry);
}

void Settings::setMainWindowGeometry(const QByteArray& geometry) {
    write(m_settings, MainWindowGeometry, geometry);
}

QByteArray Settings::assessmentTableLayout() const {
    return read(m_settings, AssessmentTableLayout);
}

void Settings::setAssessmentTableLayout(const QByteArray& layout) {
    write(m_settings, AssessmentTableLayout, layout);
}

QByteArray Settings::qualityTableLayout() const {
    return read(m_settings, QualityTableLayout);
}

void Settings::setQualityTableLayout(const QByteArray& layout) {
    write(m_settings, QualityTableLayout, layout);
}

QString Settings::companyName() const {
    return read(m_settings, CompanyName);
}

void Settings::setCompanyName(const QString& name) {
    write(m_settings, CompanyName, name);
}

QString Settings::companyDisplayName() const {
    const QString name = companyName().trimmed();
    return name.isEmpty() ? QString(ProductName) : name;
}

QString Settings::companyContact() const {
    return read(m_settings, CompanyContact);
}

void Settings::setCompanyContact(const QString& contact) {
    write(m_settings, CompanyContact, contact);
}

QString Settings::companyLogoPath() const {
    return read(m_settings, CompanyLogoPath);
}

void Settings::setCompanyLogoPath(const QString& path) {
    write(m_settings, CompanyLogoPath, path);
}

QImage Settings::companyLogo() const {
    const QString path = companyLogoPath();
    return path.isEmpty() ? QImage() : QImage(path);
}

int Settings::quoteValidityDays() const {
    return clampValidityDays(read(m_settings, QuoteValidityDays));
}

void Settings::setQuoteValidityDays(int days) {
    write(m_settings, QuoteValidityDays, clampValidityDays(days));
}

Settings::Language Settings::language() const {
    return read(m_settings, UiLanguage);
}

void Settings::setLanguage(Language language) {
    write(m_settings, UiLanguage, language);
}

QLocale Settings::uiLocale() const {
    // The territory is the same for both languages, so that changing the language changes the
    // words but not the formats of dates and money.
    switch (language()) {
    case Language::System:
        break;
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::Spanish:
        return QLocale(QLocale::Spanish, QLocale::UnitedStates);
    }
    return QLocale::system();
}

QString Settings::storeUrl() const {
    return read(m_settings, StoreUrl);
}

QString Settings::setStoreUrl(const QString& url) {
    const QString problem = storage::storeUrlProblem(url);
    if (problem.isEmpty())
        write(m_settings, StoreUrl, url.trimmed());
    return problem;
}

QString Settings::hotTierUrl() const {
    return read(m_settings, HotTierUrl);
}

QString Settings::setHotTierUrl(const QString& url) {
    const QString problem = storage::hotTierUrlProblem(url);
    if (problem.isEmpty())
        write(m_settings, HotTierUrl, url.trimmed());
    return problem;
}

QString Settings::qualityWebhookUrl() const {
    return read(m_settings, QualityWebhookUrl);
}

QString Settings::setQualityWebhookUrl(const QString& url) {
    const QString trimmed = url.trimmed();
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!trimmed.isEmpty() && (!parsed.isValid() || parsed.host().isEmpty() ||
                               (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s)))
        return QCoreApplication::translate("Settings",
                                           "A webhook is an http:// or https:// address, such as "
                                           "https://hooks.example.com/treeops.");
    if (!parsed.password().isEmpty())
        return QCoreApplication::translate(
            "Settings", "Settings are saved as plain text, so a password is not kept here. Set "
                        "TREEOPS_QUALITY_WEBHOOK_URL in the environment instead.");
    write(m_settings, QualityWebhookUrl, trimmed);
    return {};
}

QString Settings::effectiveQualityWebhookUrl() const {
    return qEnvironmentVariable("TREEOPS_QUALITY_WEBHOOK_URL", qualityWebhookUrl()).trimmed();
}

QString Settings::lastPage() const {
    return read(m_settings, LastPage);
}

void Settings::setLastPage(const QString& page) {
    write(m_settings, LastPage, page);
}

} // namespace treeops::widgets

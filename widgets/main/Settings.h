#pragma once

#include <QByteArray>
#include <QImage>
#include <QLocale>
#include <QSettings>

namespace treeops::widgets {

// What the console remembers between runs. Every key and its default is defined once, in
// Settings.cpp; callers get typed values and never spell a key. Credentials never go here.
class Settings {
public:
    enum class Language { System, English, Spanish };

    // The range a quote's validity may take; values outside it are clamped on read and write.
    static constexpr int MinQuoteValidityDays = 1;
    static constexpr int MaxQuoteValidityDays = 365;

    Settings();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);

    QByteArray assessmentTableLayout() const;
    void setAssessmentTableLayout(const QByteArray& layout);

    QByteArray qualityTableLayout() const;
    void setQualityTableLayout(const QByteArray& layout);

    QString companyName() const;
    void setCompanyName(const QString& name);
    // The name documents print: the company's, or the product's until one is set.
    QString companyDisplayName() const;

    // Free text of several lines: address, phone, email.
    QString companyContact() const;
    void setCompanyContact(const QString& contact);

    QString companyLogoPath() const;
    void setCompanyLogoPath(const QString& path);
    // The logo read from companyLogoPath(); a null image when none is set or it cannot be read.
    QImage companyLogo() const;

    int quoteValidityDays() const;
    void setQuoteValidityDays(int days);

    Language language() const;
    void setLanguage(Language language);
    // The locale the interface is translated for, as language() asks.
    QLocale uiLocale() const;

    // The store and the Redis hot tier the console opens at its next start, unless the command
    // line or the environment names others. Empty: the default store, no hot tier. A URL that
    // holds a password, or is not one of its kind, is not saved: the setters answer why, in
    // plain words (storage/SavedConnections.h), or an empty string once saved.
    QString storeUrl() const;
    QString setStoreUrl(const QString& url);
    QString hotTierUrl() const;
    QString setHotTierUrl(const QString& url);

    // Where quality alerts are POSTed as JSON (http or https); empty: no webhook. A URL with a
    // password in it is not saved (a token belongs in TREEOPS_QUALITY_WEBHOOK_URL, which the
    // console reads first): the setter answers why, or an empty string once saved.
    QString qualityWebhookUrl() const;
    QString setQualityWebhookUrl(const QString& url);
    // The webhook alerts go to: TREEOPS_QUALITY_WEBHOOK_URL when it is set, else the saved one.
    QString effectiveQualityWebhookUrl() const;

    // The sidebar page shown last, by its key, e.g. "assessments".
    QString lastPage() const;
    void setLastPage(const QString& page);

private:
    QSettings m_settings;
};

} // namespace treeops::widgets

#include "settings/SettingsPage.h"

#include "common/ResultLabel.h"
#include "settings/ConnectionSection.h"
#include "settings/LogoField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtMath>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using Language = Settings::Language;

// Wide enough for an address line, narrow enough that the form reads at a glance on a wide
// window; in average characters.
constexpr int ColumnChars = 100;
constexpr int ContactLines = 4;

QSizePolicy fixedWidth() {
    return {QSizePolicy::Fixed, QSizePolicy::Fixed};
}

// The height at which `edit` shows `lines` lines of text without a scroll bar; it wants a
// pixel more than the lines and margins take.
int heightForLines(const QPlainTextEdit& edit, int lines) {
    const qreal documentMargins = 2 * edit.document()->documentMargin();
    return lines * edit.fontMetrics().lineSpacing() + qCeil(documentMargins) +
           2 * edit.frameWidth() + 1;
}

} // namespace

SettingsPage::SettingsPage(assessments::StoreWorker* worker, QWidget* parent)
    : QWidget(parent) {
    m_connection = new ConnectionSection(m_settings, worker);
    auto* column = new QWidget;
    column->setMaximumWidth(ColumnChars * fontMetrics().averageCharWidth());
    auto* sections = new QVBoxLayout(column);
    sections->setContentsMargins({});
    sections->addWidget(createCompanySection());
    sections->addWidget(createQuotesSection());
    sections->addWidget(createLanguageSection());
    sections->addWidget(createAlertsSection());
    sections->addWidget(m_connection);
    sections->addStretch();

    // The page scrolls rather than squeezing its sections into each other on a short window.
    auto* content = new QWidget;
    auto* row = new QHBoxLayout(content);
    row->addWidget(column, 1);
    row->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(scroll);
    setKeyboardOrder();
}

bool SettingsPage::setLogoFile(const QString& path) {
    return m_logo->selectFile(path);
}

QGroupBox* SettingsPage::createCompanySection() {
    m_name = new QLineEdit(m_settings.companyName());
    m_name->setObjectName(u"companyName"_s);
    m_name->setPlaceholderText(tr("Your company's name, as printed on quotes"));
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& name) {
        m_settings.setCompanyName(name);
        emit companyChanged();
    });

    m_contact = new QPlainTextEdit(m_settings.companyContact());
    m_contact->setObjectName(u"companyContact"_s);
    m_contact->setPlaceholderText(tr("Address, phone, email"));
    // Tab moves on, as in every other field; Enter starts a new line.
    m_contact->setTabChangesFocus(true);
    m_contact->setFixedHeight(heightForLines(*m_contact, ContactLines));
    // Its policy must say fixed too, or the section takes a share of the page's spare height.
    m_contact->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_contact, &QPlainTextEdit::textChanged, this, [this] {
        m_settings.setCompanyContact(m_contact->toPlainText());
        emit companyChanged();
    });

    m_logo = new LogoField;
    m_logo->showSaved(m_settings.companyLogoPath());
    connect(m_logo, &LogoField::pathChanged, this, [this](const QString& path) {
        m_settings.setCompanyLogoPath(path);
        emit companyChanged();
    });

    auto* section = new QGroupBox(tr("Company"));
    auto* form = new QFormLayout(section);
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("Lo&go:"), m_logo);
    return section;
}

QGroupBox* SettingsPage::createQuotesSection() {
    m_validityDays = new QSpinBox;
    m_validityDays->setObjectName(u"quoteValidityDays"_s);
    m_validityDays->setRange(Settings::MinQuoteValidityDays, Settings::MaxQuoteValidityDays);
    //: After the number of days a quote stays valid, e.g. "30 days".
    m_validityDays->setSuffix(tr(" days"));
    m_validityDays->setAlignment(Qt::AlignRight);
    m_validityDays->setSizePolicy(fixedWidth());
    m_validityDays->setValue(m_settings.quoteValidityDays());
    connect(m_validityDays, &QSpinBox::valueChanged, this,
            [this](int days) { m_settings.setQuoteValidityDays(days); });

    auto* section = new QGroupBox(tr("Quotes"));
    auto* form = new QFormLayout(section);
    form->addRow(tr("Quotes are &valid for:"), m_validityDays);
    return section;
}

QGroupBox* SettingsPage::createLanguageSection() {
    m_language = new QComboBox;
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("Same as the system"), QVariant::fromValue(Language::System));
    // Each language is named in itself, untranslated, so that whoever reads it finds theirs.
    m_language->addItem(u"English"_s, QVariant::fromValue(Language::English));
    m_language->addItem(u"Español"_s, QVariant::fromValue(Language::Spanish));
    m_language->setSizePolicy(fixedWidth());
    m_language->setCurrentIndex(m_language->findData(QVariant::fromValue(m_settings.language())));
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setLanguage(m_language->currentData().value<Language>()); });

    auto* note = new QLabel(tr("Takes effect the next time TreeOps starts."));
    note->setObjectName(u"languageNote"_s);
    note->setWordWrap(true);

    auto* section = new QGroupBox(tr("Language"));
    auto* form = new QFormLayout(section);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    return section;
}

QGroupBox* SettingsPage::createAlertsSection() {
    m_webhook = new QLineEdit(m_settings.qualityWebhookUrl());
    m_webhook->setObjectName(u"qualityWebhook"_s);
    m_webhook->setPlaceholderText(tr("https://hooks.example.com/treeops (optional)"));
    m_webhookResult = new ResultLabel(u"qualityWebhookResult"_s);
    const bool fromEnvironment = qEnvironmentVariableIsSet("TREEOPS_QUALITY_WEBHOOK_URL");
    m_webhook->setEnabled(!fromEnvironment);
    if (fromEnvironment)
        m_webhookResult->setResult(tr("TREEOPS_QUALITY_WEBHOOK_URL is set: alerts go to the "
                                      "webhook it names."),
                                   false);
    connect(m_webhook, &QLineEdit::editingFinished, this, [this] {
        const QString problem = m_settings.setQualityWebhookUrl(m_webhook->text());
        m_webhookResult->setResult(problem.isEmpty() && !m_webhook->text().trimmed().isEmpty()
                                       ? tr("Saved. The next alert is also posted there.")
                                       : problem,
                                   !problem.isEmpty());
    });

    auto* section = new QGroupBox(tr("Quality alerts"));
    auto* form = new QFormLayout(section);
    auto* note = new QLabel(tr("A quality run whose score falls under 90, or in which a critical "
                               "rule fails, shows a desktop notification once per incident."));
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("Also &post alerts to:"), m_webhook);
    form->addRow(m_webhookResult);
    return section;
}

void SettingsPage::setKeyboardOrder() {
    // The order the fields are read in, whatever order they were made in.
    const QList<QWidget*> order =
        QList<QWidget*>{m_name, m_contact, m_logo, m_validityDays, m_language, m_webhook} +
        m_connection->keyboardOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

} // namespace treeops::widgets

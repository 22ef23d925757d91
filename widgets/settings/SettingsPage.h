#pragma once

#include "main/Settings.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace treeops::assessments {
class StoreWorker;
}

namespace treeops::widgets {

class ConnectionSection;
class ResultLabel;
class LogoField;

// What the company prints on its documents, how long its quotes stay valid, the language of
// the console, where quality alerts are sent and the store it connects to. Every change is saved as
// it is made; there is nothing to confirm. `worker` tests connections off the GUI thread.
class SettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit SettingsPage(assessments::StoreWorker* worker, QWidget* parent = nullptr);

    // Makes the image at `path` the company logo, as choosing it does; a file that cannot be
    // read is refused with a message under the field and the current logo stays.
    bool setLogoFile(const QString& path);

signals:
    // The name, contact or logo changed, so that open documents can show the new ones.
    void companyChanged();

private:
    QGroupBox* createCompanySection();
    QGroupBox* createQuotesSection();
    QGroupBox* createLanguageSection();
    QGroupBox* createAlertsSection();
    void setKeyboardOrder();

    Settings m_settings;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_contact = nullptr;
    LogoField* m_logo = nullptr;
    QSpinBox* m_validityDays = nullptr;
    QComboBox* m_language = nullptr;
    ConnectionSection* m_connection = nullptr;
    QLineEdit* m_webhook = nullptr;
    ResultLabel* m_webhookResult = nullptr;
};

} // namespace treeops::widgets

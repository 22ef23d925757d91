#pragma once

#include <QGroupBox>

class QLineEdit;
class QPushButton;

namespace treeops::assessments {
class StoreWorker;
struct ConnectionProbe;
} // namespace treeops::assessments

namespace treeops::widgets {

class ResultLabel;
class ProblemLabel;
class Settings;

// The Settings page's "Data connection": the store and hot tier URLs the console opens at its
// next start, and "Test connection", which reaches both from the store worker's thread. A URL
// is saved when the user leaves its field; one that holds a password is refused under the
// field, with where the password belongs instead.
class ConnectionSection : public QGroupBox {
    Q_OBJECT

public:
    ConnectionSection(Settings& settings, assessments::StoreWorker* worker,
                      QWidget* parent = nullptr);

    QList<QWidget*> keyboardOrder() const;

private:
    QLineEdit* createUrlField(const QString& name, const QString& saved, const QString& placeholder,
                              ProblemLabel* problem);
    bool saveStoreUrl();
    bool saveHotTierUrl();
    void testConnection();
    void showTested(quint64 requestId, const assessments::ConnectionProbe& store,
                    const assessments::ConnectionProbe& hotTier);

    Settings& m_settings;
    assessments::StoreWorker* m_worker;
    QLineEdit* m_store = nullptr;
    QLineEdit* m_hotTier = nullptr;
    ProblemLabel* m_storeProblem = nullptr;
    ProblemLabel* m_hotTierProblem = nullptr;
    QPushButton* m_test = nullptr;
    ResultLabel* m_storeResult = nullptr;
    ResultLabel* m_hotTierResult = nullptr;
    quint64 m_testRequest = 0;
};

} // namespace treeops::widgets

#pragma once

#include "assessments/StoreWorker.h"

#include <QMainWindow>
#include <QThread>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace treeops::widgets {

class AssessmentEditorPage;
class AssessmentsPage;
class DataTiersPage;
class QualityPage;
class SettingsPage;
class StatusLabel;

// The console: a sidebar of pages, the menus and a status bar naming the store. Store work
// runs in a thread of its own, started here and stopped when the window goes.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `hotTierUrl` may be empty: no Redis hot tier in front of the store.
    explicit MainWindow(const QString& storeUrl, const QString& hotTierUrl = {},
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    AssessmentsPage* assessmentsPage() const { return m_assessments; }
    AssessmentEditorPage* editorPage() const { return m_editor; }
    QualityPage* qualityPage() const { return m_qualityPage; }

    // The pages of the sidebar, by the key the last one is remembered under.
    enum class Page { Assessments, Editor, Quality, DataTiers, Settings };
    void showPage(Page page);
    Page currentPage() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    QWidget* createPages();
    void createStatusBar(const QString& storeUrl);
    void showStoreOpened(const assessments::StoreOverview& overview);
    void showStoreFailed(const QString& message);
    void showStoreReachable(bool reachable, const QString& reason);
    void showHotTier(bool online, const QString& where, const QString& reason);
    void showOutbox(int waiting, const QStringList& problems);
    void showAbout();
    bool confirmDiscardEdits();
    void openInEditor(const QString& id);
    void newInEditor();
    void updateTitle();

    QThread m_storeThread;
    assessments::StoreOverview m_store;
    AssessmentsPage* m_assessments = nullptr;
    AssessmentEditorPage* m_editor = nullptr;
    QualityPage* m_qualityPage = nullptr;
    DataTiersPage* m_tiersPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QString m_editorTitle;
    StatusLabel* m_storeStatus = nullptr;
    QLabel* m_storeLocation = nullptr;
    StatusLabel* m_hotTierStatus = nullptr;
    StatusLabel* m_outboxStatus = nullptr;
};

} // namespace treeops::widgets

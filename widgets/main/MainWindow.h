#pragma once

#include "assessments/AssessmentListWorker.h"

#include <QMainWindow>
#include <QThread>

class QLabel;

namespace treeops::widgets {

class AssessmentsPage;
class StatusLabel;

// The console: a sidebar of pages, the menus and a status bar naming the store. Store work
// runs in a thread of its own, started here and stopped when the window goes.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const QString& storeUrl, QWidget* parent = nullptr);
    ~MainWindow() override;

    AssessmentsPage* assessmentsPage() const { return m_assessments; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    QWidget* createPages();
    void createStatusBar(const QString& storeUrl);
    void showStoreOpened(const assessments::StoreOverview& overview);
    void showStoreFailed(const QString& message);
    void showAbout();

    QThread m_storeThread;
    assessments::StoreOverview m_store;
    AssessmentsPage* m_assessments = nullptr;
    StatusLabel* m_storeStatus = nullptr;
    QLabel* m_storeLocation = nullptr;
};

} // namespace treeops::widgets

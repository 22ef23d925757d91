#pragma once

#include "assessments/TierReport.h"

#include <QTimer>
#include <QWidget>
#include <atomic>
#include <memory>

class QProgressBar;
class QPushButton;
class QSpinBox;

namespace treeops::assessments {
class StoreWorker;
}

namespace treeops::widgets {

class ResultLabel;
class LatencyChart;
class RefusedChangesView;
class StatusLabel;
class TierPanel;

// For ops: where the data lives and how each tier is doing — the store (SQLite or PostgreSQL),
// the Redis hot tier, the saves waiting in the outbox and the ones the store refused (to review,
// save and discard) — refreshed while the page is shown, with a live latency chart. Tests the
// connections and clears TreeOps' cache keys on request.
class DataTiersPage : public QWidget {
    Q_OBJECT

public:
    explicit DataTiersPage(assessments::StoreWorker* worker, QWidget* parent = nullptr);

    // Asks the store worker for a fresh report now.
    void refresh();

signals:
    void reported(const treeops::assessments::TierReport& report);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* createActions();
    void connectWorker();
    void showReport(const assessments::TierReport& report);
    void testConnections();
    void clearHotTier();
    QWidget* createArchiveRun();
    void runArchive();
    void archiveEnded(const QString& summary, bool problem);
    template <typename Request> void sendToWorker(quint64 requestId, Request request);

    assessments::StoreWorker* m_worker;
    TierPanel* m_warm;
    TierPanel* m_hot;
    TierPanel* m_cold;
    QSpinBox* m_archiveAge = nullptr;
    QPushButton* m_archiveRun = nullptr;
    QPushButton* m_archiveCancel = nullptr;
    QProgressBar* m_archiveProgress = nullptr;
    std::shared_ptr<std::atomic_bool> m_archiveCancelFlag;
    quint64 m_archiveRequest = 0;
    StatusLabel* m_outbox;
    RefusedChangesView* m_refused;
    LatencyChart* m_chart;
    ResultLabel* m_result = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_clear = nullptr;
    QTimer m_timer;
    assessments::TierReport m_last;
    quint64 m_reportRequest = 0;
    quint64 m_actionRequest = 0;
};

} // namespace treeops::widgets

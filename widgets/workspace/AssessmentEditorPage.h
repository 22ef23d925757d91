#pragma once

#include "assessments/StoreWorker.h"

#include <QJsonObject>
#include <QUndoStack>
#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;

namespace treeops::widgets {

class AssessmentForm;
class FactorPicker;
class FileExporter;
class QuotePanel;
class StatusLabel;

// The estimator's editor: the job (customer, site, trees, crew, equipment), the AFISS factors
// and the live quote, priced on every change with the active catalog and rates. Saving goes
// through the store worker; every edit can be undone.
class AssessmentEditorPage : public QWidget {
    Q_OBJECT

public:
    explicit AssessmentEditorPage(assessments::StoreWorker* worker, QWidget* parent = nullptr);
    ~AssessmentEditorPage() override;

    void newAssessment();
    void openAssessment(const QString& id);

    QString assessmentId() const { return m_id; }
    bool isModified() const { return !m_undo.isClean(); }
    bool hasEngine() const { return m_engine != nullptr; }
    QUndoStack* undoStack() { return &m_undo; }
    QList<QAction*> editActions() const;
    const std::optional<assessments::PricedAssessment>& priced() const { return m_priced; }

    AssessmentForm* form() const { return m_form; }
    FactorPicker* factorPicker() const { return m_factors; }
    QuotePanel* quotePanel() const { return m_quote; }

public slots:
    void saveDraft();
    void markQuoted();
    void exportPdf();
    void exportJson();
    // The same without asking for a file: for scripts and tests.
    void exportPdfTo(const QString& path);
    void exportJsonTo(const QString& path);

signals:
    void titleChanged(const QString& title);
    void saved(const QString& id);
    void opened(const QString& id);
    void engineChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    QWidget* buildBanner();
    void connectWorker();
    void setEngine(std::shared_ptr<const scoring::QuoteEngine> engine);
    void takeOpened(quint64 requestId, const assessments::OpenedAssessment& opened);
    void takeSaved(quint64 requestId, const assessments::SavedSummary& summary);
    void takeFailure(quint64 requestId, const QString& message);
    void takeConflict(quint64 requestId, const QString& message);

    void edit(const QJsonObject& document, const QString& field);
    void editFactors(const QJsonArray& factors, const QString& what);
    void push(const QJsonObject& document, const QString& field, QWidget* source);
    void apply(const QJsonObject& document);
    void reprice();
    void save(storage::AssessmentStatus status);
    // The banner under the tools: why an archived assessment is read-only, or the offer to
    // re-quote one priced with older reference data; hidden otherwise.
    void updateBanner();
    void setReadOnly(bool readOnly);
    void saveAsCopy();
    void showMessage(const QString& message, bool error);
    void updateTitle();

    assessments::StoreWorker* m_worker;
    std::shared_ptr<const scoring::QuoteEngine> m_engine;
    QJsonObject m_document;
    QString m_id;
    qint64 m_rowVersion = 0;
    storage::AssessmentStatus m_status = storage::AssessmentStatus::Draft;
    bool m_archived = false;
    QDateTime m_updatedAt;
    std::optional<storage::QuoteRecord> m_storedQuote;
    std::shared_ptr<const scoring::QuoteEngine> m_pinnedEngine;
    std::optional<assessments::PricedAssessment> m_priced;
    quint64 m_pendingRequest = 0;
    QWidget* m_editSource = nullptr; // while an edit from this widget is being applied
    QUndoStack m_undo;

    AssessmentForm* m_form = nullptr;
    QScrollArea* m_formScroll = nullptr;
    FactorPicker* m_factors = nullptr;
    QuotePanel* m_quote = nullptr;
    FileExporter* m_exporter = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_requote = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_saveCopy = nullptr;
    QPushButton* m_copyArchived = nullptr;
    QLabel* m_message = nullptr;
    StatusLabel* m_statusLabel = nullptr;
    QAction* m_save = nullptr;
    QAction* m_markQuoted = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_exportJson = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

} // namespace treeops::widgets

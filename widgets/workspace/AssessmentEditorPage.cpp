#include "workspace/AssessmentEditorPage.h"

#include "assessments/AssessmentText.h"
#include "common/FileExporter.h"
#include "common/PaletteIcon.h"
#include "common/StatusLabel.h"
#include "editor/AssessmentForm.h"
#include "factors/FactorPicker.h"
#include "main/Settings.h"
#include "quote/QuoteDocument.h"
#include "quote/QuotePanel.h"
#include "scoring/QuoteJson.h"
#include "workspace/DocumentCommand.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using assessments::StoreWorker;
using storage::AssessmentStatus;

// What a new assessment starts from: one tree and a common crew, so the quote shows at once.
QJsonObject newDocument(const scoring::Rates* rates) {
    const QString state =
        rates && !rates->data().states.isEmpty() ? rates->data().states.first().state : QString();
    return QJsonObject{
        {u"schema"_s, u"treeops.assessment/1"_s},
        {u"customer"_s, QJsonObject{{u"name"_s, QString()}}},
        {u"site"_s, QJsonObject{{u"address"_s, QString()}, {u"state"_s, state}}},
        {u"crew"_s,
         QJsonObject{
             {u"tier"_s, u"experienced"_s},
             {u"members"_s,
              QJsonArray{QJsonObject{{u"position"_s, u"climber"_s}, {u"count"_s, 1}},
                         QJsonObject{{u"position"_s, u"ground_crew"_s}, {u"count"_s, 2}}}}}},
        {u"equipment"_s, QJsonArray{QJsonObject{{u"code"_s, u"chipper"_s}, {u"count"_s, 1}},
                                    QJsonObject{{u"code"_s, u"pickup"_s}, {u"count"_s, 1}}}},
        {u"travel_hours"_s, 0.5},
        {u"emergency"_s, false},
        {u"trees"_s, QJsonArray{QJsonObject{{u"service"_s, u"removal"_s},
                                            {u"height_ft"_s, 30},
                                            {u"canopy_radius_ft"_s, 10},
                                            {u"dbh_in"_s, 12}}}},
        {u"factors"_s, QJsonArray()}};
}

QString money(double value) {
    return QLocale().toCurrencyString(scoring::roundMoney(value));
}

} // namespace

AssessmentEditorPage::AssessmentEditorPage(StoreWorker* worker, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_form(new AssessmentForm)
    , m_factors(new FactorPicker)
    , m_quote(new QuotePanel)
    , m_exporter(new FileExporter(this)) {
    buildActions();
    auto* tools = new QHBoxLayout;
    for (QAction* action :
         {m_save, m_markQuoted, m_undoAction, m_redoAction, m_exportPdf, m_exportJson}) {
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        tools->addWidget(button);
    }
    m_statusLabel = new StatusLabel;
    m_message = new QLabel;
    m_message->setObjectName(u"editorMessage"_s);
    m_message->setWordWrap(true);
    tools->addSpacing(12);
    tools->addWidget(m_statusLabel);
    tools->addStretch(1);

    m_tabs = new QTabWidget;
    // The form scrolls rather than taking width the quote needs.
    m_formScroll = new QScrollArea;
    m_formScroll->setWidget(m_form);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->viewport()->installEventFilter(this);
    m_tabs->addTab(m_formScroll, tr("Job"));
    m_tabs->addTab(m_factors, tr("Risk factors (AFISS)"));
    auto* quoteScroll = new QScrollArea;
    quoteScroll->setWidget(m_quote);
    quoteScroll->setWidgetResizable(true);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_tabs);
    splitter->addWidget(quoteScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The quote needs about 600 px to show its chart and figures unclipped; the job and the
    // factor picker share the rest.
    splitter->setSizes({560, 600});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_message);
    layout->addWidget(buildBanner());
    layout->addWidget(splitter, 1);

    connect(m_form, &AssessmentForm::edited, this, &AssessmentEditorPage::edit);
    connect(m_factors, &FactorPicker::edited, this, &AssessmentEditorPage::editFactors);
    connect(&m_undo, &QUndoStack::cleanChanged, this, &AssessmentEditorPage::updateTitle);
    connect(m_exporter, &FileExporter::finished, this, [this](const QString& path) {
        showMessage(tr("Quote saved as %1").arg(QDir::toNativeSeparators(path)), false);
    });
    connect(m_exporter, &FileExporter::failed, this,
            [this](const QString& message) { showMessage(message, true); });
    connectWorker();
}

AssessmentEditorPage::~AssessmentEditorPage() {
    // The undo stack is cleared as members go; nobody may hear of it from a page half gone.
    disconnect(&m_undo, nullptr, this, nullptr);
    blockSignals(true);
}

bool AssessmentEditorPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_formScroll->viewport() && event->type() == QEvent::Resize)
        m_form->fitToWidth(m_formScroll->viewport()->width());
    return QWidget::eventFilter(watched, event);
}

void AssessmentEditorPage::buildActions() {
    m_save = new QAction(paletteIcon(u"save"), tr("&Save draft"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_markQuoted = new QAction(paletteIcon(u"mark-quoted"), tr("Mark &quoted"), this);
    m_exportPdf = new QAction(paletteIcon(u"export-pdf"), tr("Export &PDF…"), this);
    m_exportPdf->setShortcut(QKeySequence::Print);
    m_exportJson = new QAction(paletteIcon(u"export-json"), tr("Export &JSON…"), this);
    // Fixed labels keep the buttons steady; the step they act on is named in the tooltip.
    m_undoAction = new QAction(paletteIcon(u"undo"), tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    m_redoAction = new QAction(paletteIcon(u"redo"), tr("&Redo"), this);
    m_redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, &m_undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, &m_undo, &QUndoStack::redo);
    connect(&m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(&m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(&m_undo, &QUndoStack::undoTextChanged, m_undoAction, [this](const QString& step) {
        m_undoAction->setToolTip(step.isEmpty() ? tr("Undo") : tr("Undo changes to %1").arg(step));
    });
    connect(&m_undo, &QUndoStack::redoTextChanged, m_redoAction, [this](const QString& step) {
        m_redoAction->setToolTip(step.isEmpty() ? tr("Redo") : tr("Redo changes to %1").arg(step));
    });
    connect(m_save, &QAction::triggered, this, &AssessmentEditorPage::saveDraft);
    connect(m_markQuoted, &QAction::triggered, this, &AssessmentEditorPage::markQuoted);
    connect(m_exportPdf, &QAction::triggered, this, &AssessmentEditorPage::exportPdf);
    connect(m_exportJson, &QAction::triggered, this, &AssessmentEditorPage::exportJson);
}

QList<QAction*> AssessmentEditorPage::editActions() const {
    return {m_save, m_markQuoted, m_exportPdf, m_exportJson, m_undoAction, m_redoAction};
}

QWidget* AssessmentEditorPage::buildBanner() {
    auto* banner = new QWidget;
    auto* layout = new QHBoxLayout(banner);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel;
    m_banner->setWordWrap(true);
    m_requote = new QPushButton;
    m_reload = new QPushButton(paletteIcon(u"reload"), tr("Reload theirs"));
    m_saveCopy = new QPushButton(paletteIcon(u"duplicate"), tr("Save mine as a copy"));
    m_copyArchived = new QPushButton(paletteIcon(u"duplicate"), tr("Save as a new draft"));
    m_copyArchived->setObjectName(u"copyArchived"_s);
    m_banner->setObjectName(u"editorBanner"_s);
    layout->addWidget(m_banner, 1);
    for (QPushButton* button : {m_requote, m_reload, m_saveCopy, m_copyArchived}) {
        layout->addWidget(button);
        button->hide();
    }
    m_banner->hide();
    connect(m_requote, &QPushButton::clicked, this, &AssessmentEditorPage::markQuoted);
    connect(m_reload, &QPushButton::clicked, this, [this] { openAssessment(m_id); });
    connect(m_saveCopy, &QPushButton::clicked, this, &AssessmentEditorPage::saveAsCopy);
    connect(m_copyArchived, &QPushButton::clicked, this, &AssessmentEditorPage::saveAsCopy);
    return banner;
}

void AssessmentEditorPage::connectWorker() {
    connect(m_worker, &StoreWorker::engineReady, this, &AssessmentEditorPage::setEngine);
    connect(m_worker, &StoreWorker::assessmentOpened, this, &AssessmentEditorPage::takeOpened);
    connect(m_worker, &StoreWorker::assessmentSaved, this, &AssessmentEditorPage::takeSaved);
    connect(m_worker, &StoreWorker::failed, this, &AssessmentEditorPage::takeFailure);
    connect(m_worker, &StoreWorker::conflicted, this, &AssessmentEditorPage::takeConflict);
}

void AssessmentEditorPage::setEngine(std::shared_ptr<const scoring::QuoteEngine> engine) {
    const bool first = !m_engine;
    m_engine = std::move(engine);
    m_form->setRates(m_engine->sharedRates());
    m_factors->setCatalog(m_engine->sharedCatalog());
    if (first && m_id.isEmpty() && m_undo.count() == 0)
        newAssessment();
    else
        apply(m_document);
    emit engineChanged();
}

void AssessmentEditorPage::newAssessment() {
    m_id.clear();
    m_rowVersion = 0;
    m_status = AssessmentStatus::Draft;
    setReadOnly(false);
    m_storedQuote.reset();
    m_pendingRequest = 0;
    m_undo.clear();
    apply(newDocument(m_engine ? &m_engine->rates() : nullptr));
    m_undo.setClean();
    m_tabs->setCurrentIndex(0);
    updateBanner();
    showMessage({}, false);
    updateTitle();
}

void AssessmentEditorPage::openAssessment(const QString& id) {
    m_pendingRequest = StoreWorker::newRequestId();
    showMessage(tr("Opening %1…").arg(id), false);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request = m_pendingRequest, id] {
        worker->openAssessment(request, id);
    });
}

void AssessmentEditorPage::takeOpened(quint64 requestId, const assessments::OpenedAssessment& o) {
    if (requestId != m_pendingRequest)
        return;
    m_id = o.id;
    m_rowVersion = o.rowVersion;
    m_status = o.status;
    m_updatedAt = o.updatedAt;
    setReadOnly(o.archived);
    m_storedQuote = o.storedQuote;
    m_undo.clear();
    apply(o.document);
    m_undo.setClean();
    updateBanner();
    showMessage({}, false);
    updateTitle();
    emit opened(m_id);
}

void AssessmentEditorPage::edit(const QJsonObject& document, const QString& field) {
    push(document, field, m_form);
}

void AssessmentEditorPage::editFactors(const QJsonArray& factors, const QString& what) {
    QJsonObject document = m_document;
    document.insert(u"factors"_s, factors);
    push(document, what, m_factors);
}

// The widget the edit came from already shows it, and may still be inside the edit (a cell
// editor committing), so it is not handed the document again; undo and redo refresh all.
void AssessmentEditorPage::push(const QJsonObject& document, const QString& field,
                                QWidget* source) {
    m_editSource = source;
    m_undo.push(new DocumentCommand(m_document, document, field,
                                    [this](const QJsonObject& d) { apply(d); }));
    m_editSource = nullptr;
}

void AssessmentEditorPage::apply(const QJsonObject& document) {
    m_document = document;
    if (m_editSource != m_form)
        m_form->setDocument(document);
    if (m_editSource != m_factors)
        m_factors->setSelection(document.value(u"factors"_s).toArray());
    reprice();
    updateTitle();
}

void AssessmentEditorPage::reprice() {
    if (!m_engine)
        return;
    Problems problems;
    m_priced = assessments::priceWith(m_engine, m_document, problems);
    if (m_priced)
        m_quote->showQuote(*m_priced);
    else
        m_quote->showProblems(problems);
    m_form->showProblems(problems);
    for (QAction* action : {m_exportPdf, m_exportJson})
        action->setEnabled(m_priced.has_value());
    for (QAction* action : {m_save, m_markQuoted})
        action->setEnabled(m_priced.has_value() && !m_archived);
    if (m_storedQuote)
        updateBanner();
}

void AssessmentEditorPage::saveDraft() {
    save(AssessmentStatus::Draft);
}
void AssessmentEditorPage::markQuoted() {
    save(AssessmentStatus::Quoted);
}

void AssessmentEditorPage::save(AssessmentStatus status) {
    if (!m_priced)
        return;
    QJsonObject document = m_document;
    // A document opened from the store carries its id; a copy (m_id cleared) gets a new one.
    if (m_id.isEmpty())
        document.remove(u"id"_s);
    else
        document.insert(u"id"_s, m_id);
    m_pendingRequest = StoreWorker::newRequestId();
    showMessage(tr("Saving…"), false);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request = m_pendingRequest, document,
                                         status, version = m_rowVersion] {
        worker->saveAssessment(request, document, status, version);
    });
}

void AssessmentEditorPage::takeSaved(quint64 requestId, const assessments::SavedSummary& summary) {
    if (requestId != m_pendingRequest)
        return;
    m_id = summary.id;
    m_rowVersion = summary.rowVersion;
    m_status = summary.status;
    // The stored quote is now the one on screen, priced with the active catalog and rates.
    m_storedQuote.reset();
    m_undo.setClean();
    updateBanner();
    showMessage(tr("Saved %1 as %2 at %3")
                    .arg(m_id, AssessmentText::status(m_status).toLower(), money(summary.price)),
                false);
    updateTitle();
    emit saved(m_id);
}

void AssessmentEditorPage::takeFailure(quint64 requestId, const QString& message) {
    if (requestId == m_pendingRequest)
        showMessage(message, true);
}

void AssessmentEditorPage::takeConflict(quint64 requestId, const QString& message) {
    if (requestId != m_pendingRequest)
        return;
    showMessage(message, true);
    m_banner->setText(tr("Your changes are still here. Reload to see the other version (yours are "
                         "dropped), or keep yours as a new assessment."));
    m_banner->show();
    m_requote->hide();
    m_reload->show();
    m_saveCopy->show();
}

void AssessmentEditorPage::saveAsCopy() {
    m_id.clear();
    m_rowVersion = 0;
    m_status = AssessmentStatus::Draft;
    setReadOnly(false); // the copy is a new draft, whatever the original was
    reprice();
    saveDraft();
}

// An archived assessment can be read, exported and copied, not changed: the store would refuse
// it as a conflict, so the editor does not let the user make changes that cannot be saved.
void AssessmentEditorPage::setReadOnly(bool readOnly) {
    m_archived = readOnly;
    m_form->setReadOnly(readOnly);
    m_factors->setReadOnly(readOnly);
}

// A stored quote pinned to older reference data than the active one is offered for re-quoting,
// with both prices, so the estimator sees what changes before sending anything. An archived
// one cannot be re-quoted; the banner says why and offers a copy instead.
void AssessmentEditorPage::updateBanner() {
    m_copyArchived->setVisible(m_archived);
    if (m_archived) {
        m_requote->hide();
        m_reload->hide();
        m_saveCopy->hide();
        m_banner->setText(
            tr("This assessment is in the archive, moved there because it was not updated after "
               "%1. Archived assessments are read-only; save it as a new draft to work on it.")
                .arg(QLocale().toString(m_updatedAt.toLocalTime().date(), QLocale::ShortFormat)));
        m_banner->show();
        return;
    }
    const bool outdated = m_storedQuote && m_engine && m_priced &&
                          (m_storedQuote->catalogVersion != m_engine->catalog().version() ||
                           m_storedQuote->ratesVersion != m_engine->rates().version());
    m_banner->setVisible(outdated);
    m_requote->setVisible(outdated);
    m_reload->hide();
    m_saveCopy->hide();
    if (!outdated)
        return;
    m_banner->setText(
        tr("Quoted at %1 with catalog %2 and rates %3. The active catalog %4 and rates %5 "
           "price it at %6.")
            .arg(money(m_storedQuote->price), m_storedQuote->catalogVersion,
                 m_storedQuote->ratesVersion, m_engine->catalog().version(),
                 m_engine->rates().version(), money(m_priced->quote.price)));
    m_requote->setText(tr("Re-quote at %1").arg(money(m_priced->quote.price)));
}

void AssessmentEditorPage::exportPdf() {
    if (!m_priced)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              u'/' + tr("Quote %1.pdf").arg(m_id.isEmpty() ? tr("draft") : m_id);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export quote as PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

void AssessmentEditorPage::exportPdfTo(const QString& path) {
    const Settings settings;
    QuoteDocumentOptions options{settings.companyDisplayName(), settings.companyContact(),
                                 settings.companyLogo(),        settings.quoteValidityDays(),
                                 QDate::currentDate(),          QLocale()};
    if (!m_exporter->start(path, [priced = *m_priced, options, path] {
            return writeQuotePdf(priced, options, path);
        }))
        showMessage(tr("Another quote is still being written; try again in a moment."), true);
    else
        showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), false);
}

void AssessmentEditorPage::exportJson() {
    if (!m_priced)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              u'/' + tr("Quote %1.json").arg(m_id.isEmpty() ? tr("draft") : m_id);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export quote as JSON"), suggested,
                                                      tr("JSON documents (*.json)"));
    if (!path.isEmpty())
        exportJsonTo(path);
}

void AssessmentEditorPage::exportJsonTo(const QString& path) {
    const QString error = writeQuoteJson(*m_priced, path);
    showMessage(error.isEmpty() ? tr("Quote saved as %1").arg(QDir::toNativeSeparators(path))
                                : error,
                !error.isEmpty());
}

void AssessmentEditorPage::showMessage(const QString& message, bool error) {
    m_message->setText(message);
    m_message->setStyleSheet(error ? u"color: %1;"_s.arg(statusColor(StatusTone::Failure).name())
                                   : QString());
}

void AssessmentEditorPage::updateTitle() {
    if (m_archived)
        m_statusLabel->setStatus(AssessmentText::ArchivedTone,
                                 AssessmentText::archivedStatus(m_status));
    else
        m_statusLabel->setStatus(AssessmentText::statusTone(m_status),
                                 AssessmentText::status(m_status));
    const QString customer =
        m_document.value(u"customer"_s).toObject().value(u"name"_s).toString().trimmed();
    QString title = m_id.isEmpty() ? tr("New assessment") : m_id;
    if (!customer.isEmpty())
        title += u" — "_s + customer;
    if (isModified())
        title += u" *"_s;
    emit titleChanged(title);
}

} // namespace treeops::widgets

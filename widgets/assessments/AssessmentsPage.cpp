#include "assessments/AssessmentsPage.h"

#include "assessments/AssessmentListModel.h"
#include "assessments/AssessmentText.h"
#include "assessments/StatusFlow.h"
#include "assessments/StoreWorker.h"
#include "common/PaletteIcon.h"
#include "common/StatusTone.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using assessments::StoreWorker;

// Long enough that a word is typed before the store is asked, short enough not to be noticed.
constexpr int SearchDelayMs = 250;
constexpr int RowPadding = 8;
constexpr int HeaderExtra = 24; // the sort arrow and the section's margins
constexpr int CellExtra = 12;

// Typical contents, in column order, that size the columns on first run; the user's own
// layout, once saved, wins. Measured only, never shown; the dot stands for the status icon.
QStringList columnSamples() {
    return {u"Riverside Apartments"_s,
            u"8017 Cedar Ridge Rd, Gainesville"_s,
            u"WW"_s,
            u"Stump grinding and Removal"_s,
            u"00"_s,
            u"00.0"_s,
            u"moderate"_s,
            QLocale().toCurrencyString(88888.88),
            u"\u25cf Completed"_s,
            u"0000-00-00 00:00"_s};
}

QString bannerStyle() {
    const QColor c = statusColor(StatusTone::Failure);
    return u"QFrame#errorBannerBox { background: rgba(%1, %2, %3, 28); border: 1px solid %4; "
           "border-left-width: 4px; }"_s.arg(c.red())
               .arg(c.green())
               .arg(c.blue())
               .arg(c.name());
}

} // namespace

AssessmentsPage::AssessmentsPage(StoreWorker* worker, QWidget* parent)
    : QWidget(parent)
    , m_model(new AssessmentListModel(worker, this))
    , m_worker(worker)
    , m_sortColumn(AssessmentListModel::Updated) {
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(SearchDelayMs);
    connect(&m_searchDebounce, &QTimer::timeout, this, &AssessmentsPage::applyFilter);

    createActions();
    m_filterBar = createFilterBar();
    m_bannerBox = createBanner();
    createTable();
    m_emptyState = createEmptyState();
    m_content = new QStackedWidget;
    m_content->addWidget(m_table);
    m_content->addWidget(m_emptyState);
    m_footer = new QLabel;
    m_footer->setObjectName(u"footer"_s);
    m_notice = new QLabel;
    m_notice->setObjectName(u"notice"_s);
    auto* footerBar = new QHBoxLayout;
    footerBar->addWidget(m_footer);
    footerBar->addStretch(1);
    footerBar->addWidget(m_notice);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createActionBar());
    layout->addWidget(m_filterBar);
    layout->addWidget(m_bannerBox);
    layout->addWidget(m_content, 1);
    layout->addLayout(footerBar);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    listenTo(worker);
    listenToChanges(worker);
    updateActions();
}

void AssessmentsPage::listenTo(StoreWorker* worker) {
    connect(worker, &StoreWorker::opened, this, &AssessmentsPage::startListing);
    connect(worker, &StoreWorker::failed, this, [this](quint64 id, const QString& message) {
        if (id == StoreWorker::OpenRequest)
            showError(tr("The store could not be opened: %1. Choose another store on the "
                         "Settings page (it applies at the next start), or start TreeOps with "
                         "--store.")
                          .arg(message));
    });
    connect(worker, &StoreWorker::storeReachable, this,
            [this](bool reachable) { m_workingOffline = !reachable; });
    connect(m_model, &AssessmentListModel::loaded, this, &AssessmentsPage::showLoaded);
    connect(m_model, &AssessmentListModel::failed, this, &AssessmentsPage::showListFailure);
}

// The rows already on screen stay: the banner says they may be out of date and offers Retry.
void AssessmentsPage::showListFailure(const QString& message) {
    if (m_shownTotal && *m_shownTotal > 0) {
        showError(tr("Assessments could not be loaded: %1. The rows below are the ones loaded "
                     "last and may be out of date. Check that the store's server is running, "
                     "then retry.")
                      .arg(message),
                  true);
        m_footer->setText(
            tr("%Ln assessment(s), as loaded last", nullptr, static_cast<int>(*m_shownTotal)));
    } else if (m_workingOffline) {
        showError(tr("The store's server does not answer (%1). You can go on working: new "
                     "assessments are quoted with the catalog and rates it last had and wait on "
                     "this computer. This list loads by itself when the server answers.")
                      .arg(message),
                  true);
    } else {
        showError(tr("Assessments could not be loaded: %1. Check that the store's server is "
                     "running (treeops-cli store test-connection tells), then retry.")
                      .arg(message),
                  true);
    }
}

void AssessmentsPage::retryListing() {
    m_retry->setEnabled(false);
    m_footer->setText(tr("Loading…"));
    m_model->refresh();
}

QWidget* AssessmentsPage::createBanner() {
    m_banner = new QLabel;
    m_banner->setObjectName(u"errorBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_retry = new QPushButton(paletteIcon(u"reload"), tr("&Retry"));
    m_retry->setObjectName(u"retryLoad"_s);
    connect(m_retry, &QPushButton::clicked, this, &AssessmentsPage::retryListing);
    auto* box = new QFrame;
    box->setObjectName(u"errorBannerBox"_s);
    box->setStyleSheet(bannerStyle());
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_banner, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    box->hide();
    return box;
}

QWidget* AssessmentsPage::createFilterBar() {
    m_search = new QLineEdit;
    m_search->setObjectName(u"assessmentSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(paletteIcon(u"search"), QLineEdit::LeadingPosition);
    m_search->setPlaceholderText(
        tr("Search customer, address or id (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));

    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->addItem(tr("All statuses"));
    for (int i = 0; i < storage::AssessmentStatusCount; ++i) {
        const auto status = static_cast<storage::AssessmentStatus>(i);
        m_statusFilter->addItem(statusIcon(AssessmentText::statusTone(status)),
                                AssessmentText::status(status), i);
    }
    m_stateFilter = new QComboBox;
    m_stateFilter->setObjectName(u"stateFilter"_s);
    m_stateFilter->addItem(tr("All states"));
    m_stateFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox* combo : {m_statusFilter, m_stateFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &AssessmentsPage::applyFilter);

    const auto makeDateEdit = [this](const QString& name) {
        auto* edit = new QDateEdit;
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        // The earliest date stands for "no limit" and reads as such.
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(tr("Any"));
        edit->setDate(edit->minimumDate());
        connect(edit, &QDateEdit::dateChanged, this, &AssessmentsPage::applyFilter);
        return edit;
    };
    m_updatedFrom = makeDateEdit(u"updatedFrom"_s);
    m_updatedTo = makeDateEdit(u"updatedTo"_s);
    auto* fromLabel = new QLabel(tr("&Updated from:"));
    fromLabel->setBuddy(m_updatedFrom);
    auto* toLabel = new QLabel(tr("t&o:"));
    toLabel->setBuddy(m_updatedTo);

    m_showArchived = new QCheckBox(tr("Show &archived"));
    m_showArchived->setObjectName(u"showArchived"_s);
    m_showArchived->setToolTip(tr("List the assessments moved to the archive too; they are "
                                  "read-only"));
    connect(m_showArchived, &QCheckBox::toggled, this, &AssessmentsPage::applyFilter);

    auto* statusLabel = new QLabel(tr("&Status:"));
    statusLabel->setBuddy(m_statusFilter);
    auto* stateLabel = new QLabel(tr("S&tate:"));
    stateLabel->setBuddy(m_stateFilter);

    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins({});
    layout->addWidget(m_search, 1);
    layout->addSpacing(12);
    layout->addWidget(statusLabel);
    layout->addWidget(m_statusFilter);
    layout->addSpacing(12);
    layout->addWidget(stateLabel);
    layout->addWidget(m_stateFilter);
    layout->addSpacing(12);
    layout->addWidget(fromLabel);
    layout->addWidget(m_updatedFrom);
    layout->addWidget(toLabel);
    layout->addWidget(m_updatedTo);
    layout->addSpacing(12);
    layout->addWidget(m_showArchived);
    return bar;
}

QWidget* AssessmentsPage::createEmptyState() {
    auto* title = new QLabel(tr("No assessments yet"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto* body = new QLabel(
        tr("This page lists the assessments your estimators make, with their quotes and "
           "status.<br>Run <code>treeops-cli demo seed --count 200</code> to try TreeOps with "
           "demo data, or create one with <code>treeops-cli assessment save</code>."));
    body->setTextFormat(Qt::RichText);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* empty = new QWidget;
    empty->setObjectName(u"assessmentsEmptyState"_s);
    auto* layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(body);
    layout->addStretch(2);
    return empty;
}

void AssessmentsPage::createTable() {
    m_table = new QTableView;
    m_table->setObjectName(u"assessmentTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring rows that are not loaded yet.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + RowPadding);

    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const QStringList samples = columnSamples();
    for (int column = 0; column < AssessmentListModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column, std::max(fontMetrics().horizontalAdvance(samples.at(column)) + CellExtra,
                             fontMetrics().horizontalAdvance(title) + HeaderExtra));
    }
    header->setSortIndicator(m_sortColumn, m_sortOrder);
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            &AssessmentsPage::keepSortIndicatorSortable);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &AssessmentsPage::showContextMenu);
    connect(m_table, &QAbstractItemView::activated, this, &AssessmentsPage::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssessmentsPage::updateActions);
    for (QAction* action : {m_open, m_duplicate, m_delete, m_copy})
        m_table->addAction(action);
}

QByteArray AssessmentsPage::tableLayout() const {
    return m_table->horizontalHeader()->saveState();
}

void AssessmentsPage::restoreTableLayout(const QByteArray& layout) {
    QHeaderView* header = m_table->horizontalHeader();
    if (layout.isEmpty() || !header->restoreState(layout))
        return;
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void AssessmentsPage::keepSortIndicatorSortable(int column, Qt::SortOrder order) {
    if (AssessmentListModel::isSortable(column)) {
        m_sortColumn = column;
        m_sortOrder = order;
        return;
    }
    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
}

void AssessmentsPage::startListing(const assessments::StoreOverview& overview) {
    for (const QString& state : overview.states)
        m_stateFilter->addItem(state, state);
    applyFilter();
}

void AssessmentsPage::applyFilter() {
    m_searchDebounce.stop();
    storage::AssessmentFilter filter;
    filter.search = m_search->text().trimmed();
    if (const QVariant status = m_statusFilter->currentData(); status.isValid())
        filter.status = static_cast<storage::AssessmentStatus>(status.toInt());
    filter.state = m_stateFilter->currentData().toString();
    if (m_updatedFrom->date() != m_updatedFrom->minimumDate())
        filter.updatedFrom = m_updatedFrom->date();
    if (m_updatedTo->date() != m_updatedTo->minimumDate())
        filter.updatedTo = m_updatedTo->date();
    filter.includeArchived = m_showArchived->isChecked();
    m_footer->setText(tr("Loading…"));
    m_model->setFilter(filter);
}

bool AssessmentsPage::isFiltered() const {
    return !m_search->text().trimmed().isEmpty() || m_statusFilter->currentIndex() > 0 ||
           m_stateFilter->currentIndex() > 0 ||
           m_updatedFrom->date() != m_updatedFrom->minimumDate() ||
           m_updatedTo->date() != m_updatedTo->minimumDate() || m_showArchived->isChecked();
}

void AssessmentsPage::showLoaded(qint64 total) {
    m_bannerBox->hide();
    m_shownTotal = total;
    const bool storeEmpty = total == 0 && !isFiltered();
    m_content->setCurrentWidget(storeEmpty ? m_emptyState : m_table);
    // Nothing to search or count yet: the empty state alone says what to do.
    m_filterBar->setVisible(!storeEmpty);
    m_footer->setVisible(!storeEmpty);
    m_footer->setText(tr("%Ln assessment(s)", nullptr, static_cast<int>(total)));
    emit loaded(total);
}

void AssessmentsPage::showError(const QString& message, bool retry) {
    m_banner->setText(message);
    m_retry->setVisible(retry);
    m_retry->setEnabled(retry);
    m_bannerBox->show();
    if (!m_shownTotal)
        m_footer->clear();
    emit failed(message);
}

void AssessmentsPage::createActions() {
    m_new = new QAction(paletteIcon(u"new"), tr("&New assessment"), this);
    m_new->setShortcut(QKeySequence::New);
    m_open = new QAction(paletteIcon(u"open"), tr("&Open"), this);
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_duplicate = new QAction(paletteIcon(u"duplicate"), tr("D&uplicate"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = new QAction(paletteIcon(u"delete"), tr("&Delete…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_copy = new QAction(paletteIcon(u"copy"), tr("&Copy as CSV"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_statusMenu = new QMenu(tr("Change &status"), this);
    m_statusMenu->setIcon(paletteIcon(u"status"));
    for (QAction* action : {m_open, m_duplicate, m_delete, m_copy})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_new, &QAction::triggered, this, &AssessmentsPage::newRequested);
    connect(m_open, &QAction::triggered, this, &AssessmentsPage::openCurrent);
    connect(m_duplicate, &QAction::triggered, this, &AssessmentsPage::duplicateCurrent);
    connect(m_delete, &QAction::triggered, this, &AssessmentsPage::deleteCurrent);
    connect(m_copy, &QAction::triggered, this, &AssessmentsPage::copySelectionAsCsv);
    connect(m_statusMenu, &QMenu::aboutToShow, this, &AssessmentsPage::fillStatusMenu);
}

QList<QAction*> AssessmentsPage::rowActions() const {
    return {m_new, m_open, m_duplicate, m_delete, m_statusMenu->menuAction(), m_copy};
}

QWidget* AssessmentsPage::createActionBar() {
    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins({});
    for (QAction* action : rowActions()) {
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        if (action == m_statusMenu->menuAction())
            button->setPopupMode(QToolButton::InstantPopup);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    return bar;
}

const storage::AssessmentSummary* AssessmentsPage::currentSummary() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->summaryAt(current.row()) : nullptr;
}

QString AssessmentsPage::currentId() const {
    const auto* summary = currentSummary();
    return summary ? summary->id : QString();
}

void AssessmentsPage::updateActions() {
    const auto* summary = currentSummary();
    for (QAction* action : {m_open, m_duplicate, m_copy})
        action->setEnabled(summary != nullptr);
    // The store refuses to change an archived assessment; it is not offered.
    const bool changeable = summary && !summary->archived;
    m_delete->setEnabled(changeable);
    m_statusMenu->setEnabled(changeable && !assessments::nextStatuses(summary->status).isEmpty());
}

void AssessmentsPage::showContextMenu(const QPoint& position) {
    if (!m_table->indexAt(position).isValid())
        return;
    QMenu menu;
    menu.addActions({m_open, m_duplicate, m_statusMenu->menuAction()});
    menu.addSeparator();
    menu.addActions({m_copy, m_delete});
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

// Only the moves the pipeline allows are offered.
void AssessmentsPage::fillStatusMenu() {
    m_statusMenu->clear();
    const auto* summary = currentSummary();
    if (!summary)
        return;
    for (storage::AssessmentStatus next : assessments::nextStatuses(summary->status)) {
        QAction* action = m_statusMenu->addAction(statusIcon(AssessmentText::statusTone(next)),
                                                  AssessmentText::status(next));
        connect(action, &QAction::triggered, this, [this, next] { changeStatus(next); });
    }
}

void AssessmentsPage::openCurrent() {
    if (const QString id = currentId(); !id.isEmpty())
        emit openRequested(id);
}

void AssessmentsPage::duplicateCurrent() {
    const QString id = currentId();
    if (id.isEmpty())
        return;
    sendToWorker([id](assessments::StoreWorker* worker, quint64 request) {
        worker->duplicateAssessment(request, id);
    });
}

void AssessmentsPage::deleteCurrent() {
    const auto* summary = currentSummary();
    if (!summary)
        return;
    const QString id = summary->id;
    const qint64 version = summary->rowVersion;
    const auto answer = QMessageBox::question(
        this, tr("Delete assessment"),
        tr("Delete assessment %1 for %2, %3?\n\nIt leaves this list and is kept, with its last "
           "quote, in the store's deletion record.")
            .arg(id, summary->customer, summary->address),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    sendToWorker([id, version](assessments::StoreWorker* worker, quint64 request) {
        worker->deleteAssessment(request, id, version);
    });
}

void AssessmentsPage::changeStatus(storage::AssessmentStatus status) {
    const auto* summary = currentSummary();
    if (!summary)
        return;
    sendToWorker([id = summary->id, status, version = summary->rowVersion](
                     assessments::StoreWorker* worker, quint64 request) {
        worker->changeStatus(request, id, status, version);
    });
}

// Runs `call` on the worker's thread under a new request id this page will recognise.
template <typename Call> void AssessmentsPage::sendToWorker(Call call) {
    const quint64 request = assessments::StoreWorker::newRequestId();
    m_requests.insert(request);
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, request, call] { call(worker, request); });
}

void AssessmentsPage::listenToChanges(assessments::StoreWorker* worker) {
    using assessments::StoreWorker;
    connect(worker, &StoreWorker::storeChanged, m_model, &AssessmentListModel::refresh);
    connect(worker, &StoreWorker::assessmentDuplicated, this,
            [this](quint64 request, const QString& id) {
                if (m_requests.remove(request))
                    showNotice(tr("Copied into the new draft %1.").arg(id));
            });
    connect(worker, &StoreWorker::assessmentDeleted, this,
            [this](quint64 request, const QString& id) {
                if (m_requests.remove(request))
                    showNotice(tr("Deleted %1; it is kept in the deletion record.").arg(id));
            });
    connect(worker, &StoreWorker::statusChanged, this,
            [this](quint64 request, const QString& id, qint64) {
                if (m_requests.remove(request))
                    showNotice(tr("Status of %1 changed.").arg(id));
            });
    const auto refused = [this](quint64 request, const QString& message) {
        if (m_requests.remove(request))
            showError(message);
    };
    connect(worker, &StoreWorker::failed, this, refused);
    connect(worker, &StoreWorker::conflicted, this, refused);
}

void AssessmentsPage::showNotice(const QString& message) {
    m_bannerBox->hide();
    m_notice->setText(message);
}

void AssessmentsPage::copySelectionAsCsv() {
    const auto quoted = [](QString text) {
        if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
            text = u'"' + text.replace(u'"', u"\"\""_s) + u'"';
        return text;
    };
    QStringList lines;
    QStringList header;
    for (int column = 0; column < AssessmentListModel::ColumnCount; ++column)
        header << quoted(m_model->headerData(column, Qt::Horizontal).toString());
    lines << header.join(u',');
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex& row : rows) {
        QStringList cells;
        for (int column = 0; column < AssessmentListModel::ColumnCount; ++column)
            cells << quoted(m_model->index(row.row(), column).data().toString());
        lines << cells.join(u',');
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

} // namespace treeops::widgets

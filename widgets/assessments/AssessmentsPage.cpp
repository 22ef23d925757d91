#include "assessments/AssessmentsPage.h"

#include "assessments/AssessmentListModel.h"
#include "assessments/AssessmentListWorker.h"
#include "assessments/AssessmentText.h"
#include "common/StatusTone.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using assessments::AssessmentListWorker;

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
    return u"QLabel { background: rgba(%1, %2, %3, 28); border: 1px solid %4; "
           "border-left-width: 4px; padding: 6px; }"_s.arg(c.red())
               .arg(c.green())
               .arg(c.blue())
               .arg(c.name());
}

} // namespace

AssessmentsPage::AssessmentsPage(AssessmentListWorker* worker, QWidget* parent)
    : QWidget(parent)
    , m_model(new AssessmentListModel(worker, this))
    , m_sortColumn(AssessmentListModel::Updated) {
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(SearchDelayMs);
    connect(&m_searchDebounce, &QTimer::timeout, this, &AssessmentsPage::applyFilter);

    m_filterBar = createFilterBar();
    m_banner = createBanner();
    createTable();
    m_emptyState = createEmptyState();
    m_content = new QStackedWidget;
    m_content->addWidget(m_table);
    m_content->addWidget(m_emptyState);
    m_footer = new QLabel;
    m_footer->setObjectName(u"footer"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_footer);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    listenTo(worker);
}

void AssessmentsPage::listenTo(AssessmentListWorker* worker) {
    connect(worker, &AssessmentListWorker::opened, this, &AssessmentsPage::startListing);
    connect(worker, &AssessmentListWorker::failed, this,
            [this](quint64 id, const QString& message) {
                if (id == AssessmentListWorker::OpenRequest)
                    showError(tr("The store could not be opened: %1. Start TreeOps with --store to "
                                 "choose another store.")
                                  .arg(message));
            });
    connect(m_model, &AssessmentListModel::loaded, this, &AssessmentsPage::showLoaded);
    connect(m_model, &AssessmentListModel::failed, this, [this](const QString& message) {
        showError(tr("Assessments could not be loaded: %1. Check the store with treeops-cli, "
                     "then change the filter to try again.")
                      .arg(message));
    });
}

QLabel* AssessmentsPage::createBanner() {
    auto* banner = new QLabel;
    banner->setObjectName(u"errorBanner"_s);
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    banner->setStyleSheet(bannerStyle());
    banner->hide();
    return banner;
}

QWidget* AssessmentsPage::createFilterBar() {
    m_search = new QLineEdit;
    m_search->setObjectName(u"assessmentSearch"_s);
    m_search->setClearButtonEnabled(true);
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
    empty->setObjectName(u"emptyState"_s);
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
    m_footer->setText(tr("Loading…"));
    m_model->setFilter(filter);
}

bool AssessmentsPage::isFiltered() const {
    return !m_search->text().trimmed().isEmpty() || m_statusFilter->currentIndex() > 0 ||
           m_stateFilter->currentIndex() > 0;
}

void AssessmentsPage::showLoaded(qint64 total) {
    m_banner->hide();
    const bool storeEmpty = total == 0 && !isFiltered();
    m_content->setCurrentWidget(storeEmpty ? m_emptyState : m_table);
    // Nothing to search or count yet: the empty state alone says what to do.
    m_filterBar->setVisible(!storeEmpty);
    m_footer->setVisible(!storeEmpty);
    m_footer->setText(tr("%Ln assessment(s)", nullptr, static_cast<int>(total)));
    emit loaded(total);
}

void AssessmentsPage::showError(const QString& message) {
    m_banner->setText(message);
    m_banner->show();
    m_footer->clear();
    emit failed(message);
}

} // namespace treeops::widgets

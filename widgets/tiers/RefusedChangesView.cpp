#include "tiers/RefusedChangesView.h"

#include "common/PaletteIcon.h"
#include "common/RelativeTime.h"
#include "common/ResultLabel.h"
#include "common/StatusTone.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using assessments::RefusedChange;
using assessments::StoreWorker;

enum Column { Assessment, Change, Queued, Reason, ColumnCount };
constexpr int VisibleRows = 4;

QTableWidgetItem* item(const QString& text, const QString& toolTip = {}) {
    auto* cell = new QTableWidgetItem(text);
    cell->setToolTip(toolTip.isEmpty() ? text : toolTip);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

} // namespace

RefusedChangesView::RefusedChangesView(StoreWorker* worker, QWidget* parent)
    : QGroupBox(tr("Changes the store refused"), parent)
    , m_worker(worker)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_save(new QPushButton(paletteIcon(u"export-json"), tr("&Save as JSON…")))
    , m_discard(new QPushButton(paletteIcon(u"delete"), tr("&Discard…")))
    , m_result(new ResultLabel(u"refusedResult"_s)) {
    auto* explanation = new QLabel(
        tr("These changes were made on this computer while the store was out of reach, and the "
           "store refused them when they were sent: someone else had changed or deleted the "
           "assessment meanwhile. They stay here until you discard them; save them first to keep "
           "the work."));
    explanation->setWordWrap(true);

    m_table->setObjectName(u"refusedTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Assessment"), tr("Change"), tr("Queued"), tr("Reason")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              VisibleRows * m_table->verticalHeader()->defaultSectionSize());
    m_save->setObjectName(u"saveRefused"_s);
    m_discard->setObjectName(u"discardRefused"_s);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RefusedChangesView::updateActions);
    connect(m_save, &QPushButton::clicked, this, &RefusedChangesView::saveSelected);
    connect(m_discard, &QPushButton::clicked, this, &RefusedChangesView::discardSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_result, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connectWorker();
    updateActions();
}

void RefusedChangesView::connectWorker() {
    connect(m_worker, &StoreWorker::refusedChangesListed, this, &RefusedChangesView::showChanges);
    connect(m_worker, &StoreWorker::refusedChangesSaved, this,
            [this](quint64 id, const QString& path, int count) {
                if (id == m_actionRequest)
                    m_result->setResult(tr("%n change(s) saved as %1", nullptr, count)
                                            .arg(QDir::toNativeSeparators(path)),
                                        false);
            });
    connect(m_worker, &StoreWorker::refusedChangesDiscarded, this, [this](quint64 id, int count) {
        if (id != m_actionRequest)
            return;
        m_result->setResult(tr("%n change(s) discarded", nullptr, count), false);
        refresh();
    });
    connect(m_worker, &StoreWorker::failed, this, [this](quint64 id, const QString& message) {
        if (id == m_actionRequest) {
            m_result->setResult(message, true);
            refresh(); // a discard may have removed some before it failed
        }
    });
}

void RefusedChangesView::refresh() {
    m_listRequest = StoreWorker::newRequestId();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id = m_listRequest] { worker->listRefusedChanges(id); });
}

void RefusedChangesView::showChanges(quint64 requestId, const QList<RefusedChange>& changes) {
    if (requestId != m_listRequest)
        return;
    QList<qint64> sequences;
    for (const RefusedChange& change : changes)
        sequences << change.sequence;
    if (sequences != m_shown) { // an unchanged list keeps the user's selection
        m_shown = sequences;
        m_table->setRowCount(static_cast<int>(changes.size()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int row = 0; row < changes.size(); ++row) {
            const RefusedChange& change = changes[row];
            m_table->setItem(row, Assessment, item(change.assessmentId));
            m_table->setItem(row, Change, item(change.what));
            m_table->setItem(row, Queued,
                             item(change.queuedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                  relativeTime(change.queuedAt, now)));
            m_table->setItem(row, Reason, item(change.reason));
            m_table->item(row, Assessment)->setData(Qt::UserRole, change.sequence);
        }
        m_table->resizeColumnsToContents();
        updateActions();
    }
    setVisible(!changes.isEmpty());
    emit listed(static_cast<int>(changes.size()));
}

QList<qint64> RefusedChangesView::selectedSequences() const {
    QList<qint64> sequences;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(Assessment);
    for (const QModelIndex& row : rows)
        sequences << row.data(Qt::UserRole).toLongLong();
    return sequences;
}

QStringList RefusedChangesView::selectedDescriptions() const {
    QStringList descriptions;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(Change);
    for (const QModelIndex& row : rows)
        descriptions << row.data().toString();
    return descriptions;
}

void RefusedChangesView::updateActions() {
    const bool chosen = m_table->selectionModel()->hasSelection();
    m_save->setEnabled(chosen);
    m_discard->setEnabled(chosen);
}

void RefusedChangesView::saveSelected() {
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              u'/' + tr("refused-changes.json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save refused changes as JSON"),
                                                      suggested, tr("JSON documents (*.json)"));
    if (!path.isEmpty())
        saveSelectedTo(path);
}

void RefusedChangesView::saveSelectedTo(const QString& path) {
    m_actionRequest = StoreWorker::newRequestId();
    m_result->setResult(tr("Saving…"), false);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id = m_actionRequest, sequences = selectedSequences(), path] {
            worker->saveRefusedChanges(id, sequences, path);
        });
}

void RefusedChangesView::discardSelected() {
    const QList<qint64> sequences = selectedSequences();
    if (sequences.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Discard refused changes"),
        tr("Discard %n refused change(s)?\n\n%1\n\nThey are deleted from this computer and will "
           "never reach the store. Save them as JSON first if the work may be needed.",
           nullptr, static_cast<int>(sequences.size()))
            .arg(selectedDescriptions().join(u'\n')),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_actionRequest = StoreWorker::newRequestId();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id = m_actionRequest, sequences] {
        worker->discardRefusedChanges(id, sequences);
    });
}

} // namespace treeops::widgets

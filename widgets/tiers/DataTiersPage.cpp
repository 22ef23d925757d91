#include "tiers/DataTiersPage.h"

#include "assessments/StoreWorker.h"
#include "common/PaletteIcon.h"
#include "common/ResultLabel.h"
#include "common/StatusLabel.h"
#include "common/StatusTone.h"
#include "tiers/LatencyChart.h"
#include "tiers/RefusedChangesView.h"
#include "tiers/TierPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using assessments::StoreWorker;

constexpr int RefreshMs = 5000;
constexpr int DefaultArchiveAgeDays = 90;

} // namespace

DataTiersPage::DataTiersPage(StoreWorker* worker, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_warm(new TierPanel(TierPanel::Kind::Store, tr("Store (warm tier)")))
    , m_hot(new TierPanel(TierPanel::Kind::HotTier, tr("Hot tier (Redis)")))
    , m_cold(new TierPanel(TierPanel::Kind::Archive, tr("Archive (cold tier)")))
    , m_outbox(new StatusLabel)
    , m_refused(new RefusedChangesView(worker))
    , m_chart(new LatencyChart) {
    m_warm->setObjectName(u"warmTier"_s);
    m_hot->setObjectName(u"hotTier"_s);
    m_cold->setObjectName(u"coldTier"_s);
    m_outbox->setObjectName(u"tiersOutbox"_s);
    m_refused->setObjectName(u"refusedChanges"_s);
    m_refused->hide(); // until the outbox holds some
    m_chart->setObjectName(u"latencyChart"_s);
    auto* panels = new QHBoxLayout;
    panels->addWidget(m_warm, 1);
    panels->addWidget(m_hot, 1);
    auto* cold = new QVBoxLayout;
    cold->addWidget(m_cold, 1);
    cold->addWidget(createArchiveRun());
    panels->addLayout(cold, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createActions());
    layout->addLayout(panels);
    layout->addWidget(m_outbox);
    layout->addWidget(m_refused);
    layout->addWidget(m_chart, 1);
    m_timer.setInterval(RefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &DataTiersPage::refresh);
    connectWorker();
}

QWidget* DataTiersPage::createActions() {
    auto* bar = new QWidget;
    m_test = new QPushButton(paletteIcon(u"reload"), tr("&Test connections"));
    m_test->setObjectName(u"testConnections"_s);
    m_clear = new QPushButton(paletteIcon(u"clear"), tr("&Clear cached keys…"));
    m_clear->setObjectName(u"clearHotTier"_s);
    m_clear->setEnabled(false); // until a report shows a hot tier online
    m_result = new ResultLabel(u"tiersResult"_s);
    connect(m_test, &QPushButton::clicked, this, &DataTiersPage::testConnections);
    connect(m_clear, &QPushButton::clicked, this, &DataTiersPage::clearHotTier);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins({});
    buttons->addWidget(m_test);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins({});
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    return bar;
}

template <typename Request> void DataTiersPage::sendToWorker(quint64 requestId, Request request) {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, requestId, request] { (worker->*request)(requestId); });
}

void DataTiersPage::connectWorker() {
    connect(m_worker, &StoreWorker::opened, this, [this] {
        if (isVisible())
            refresh();
    });
    // A replay or a discard changes what the store refused.
    connect(m_worker, &StoreWorker::outboxChanged, m_refused, &RefusedChangesView::refresh);
    connect(m_worker, &StoreWorker::tiersReported, this,
            [this](quint64 id, const assessments::TierReport& report) {
                if (id == m_reportRequest)
                    showReport(report);
            });
    connect(m_worker, &StoreWorker::connectionsTested, this,
            [this](quint64 id, const QStringList& lines) {
                if (id == m_actionRequest)
                    m_result->setResult(lines.join(u'\n'), false);
            });
    connect(m_worker, &StoreWorker::hotTierCleared, this, [this](quint64 id, qint64 keys) {
        if (id != m_actionRequest)
            return;
        m_result->setResult(
            tr("%n cached key(s) deleted from the hot tier.", nullptr, static_cast<int>(keys)),
            false);
        refresh();
    });
    connect(m_worker, &StoreWorker::archiveProgress, this,
            [this](quint64 id, int percent, const QString& step) {
                if (id != m_archiveRequest || !m_archiveCancel->isEnabled())
                    return;
                m_archiveProgress->setValue(percent);
                m_archiveProgress->setFormat(step + u" (%p%)"_s);
            });
    connect(m_worker, &StoreWorker::archiveFinished, this,
            [this](quint64 id, const QString& summary, bool problem) {
                if (id == m_archiveRequest)
                    archiveEnded(summary, problem);
            });
    connect(m_worker, &StoreWorker::failed, this, [this](quint64 id, const QString& message) {
        if (id == m_actionRequest)
            m_result->setResult(message, true);
        else if (id == m_archiveRequest)
            archiveEnded(message, true);
    });
}

QWidget* DataTiersPage::createArchiveRun() {
    auto* box = new QWidget;
    m_archiveAge = new QSpinBox;
    m_archiveAge->setObjectName(u"archiveAge"_s);
    m_archiveAge->setRange(1, 3650);
    m_archiveAge->setValue(DefaultArchiveAgeDays);
    m_archiveAge->setSuffix(tr(" days"));
    m_archiveAge->setToolTip(tr("Assessments not updated for this long move to the archive"));
    m_archiveRun = new QPushButton(tr("&Archive now"));
    m_archiveRun->setObjectName(u"archiveRun"_s);
    m_archiveCancel = new QPushButton(tr("Cancel"));
    m_archiveCancel->setObjectName(u"archiveCancel"_s);
    m_archiveCancel->hide();
    m_archiveProgress = new QProgressBar;
    m_archiveProgress->setObjectName(u"archiveProgress"_s);
    m_archiveProgress->hide();
    connect(m_archiveRun, &QPushButton::clicked, this, &DataTiersPage::runArchive);
    connect(m_archiveCancel, &QPushButton::clicked, this, [this] {
        m_archiveCancelFlag->store(true);
        m_archiveCancel->setEnabled(false);
        m_archiveProgress->setFormat(tr("Cancelling after the current batch…"));
    });
    auto* row = new QHBoxLayout;
    row->setContentsMargins({});
    row->addWidget(new QLabel(tr("Older than")));
    row->addWidget(m_archiveAge);
    row->addWidget(m_archiveRun);
    row->addWidget(m_archiveCancel);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins({});
    layout->addLayout(row);
    layout->addWidget(m_archiveProgress);
    return box;
}

void DataTiersPage::runArchive() {
    m_archiveCancelFlag = std::make_shared<std::atomic_bool>(false);
    m_archiveRequest = StoreWorker::newRequestId();
    m_archiveRun->setEnabled(false);
    m_archiveCancel->setEnabled(true);
    m_archiveCancel->show();
    m_archiveProgress->setRange(0, 100);
    m_archiveProgress->setValue(0);
    m_archiveProgress->setFormat(tr("Looking for assessments to move…"));
    m_archiveProgress->show();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id = m_archiveRequest, days = m_archiveAge->value(),
                   cancel = m_archiveCancelFlag] { worker->runArchive(id, days, cancel); });
}

void DataTiersPage::archiveEnded(const QString& summary, bool problem) {
    m_archiveRun->setEnabled(true);
    m_archiveCancel->hide();
    m_archiveProgress->hide();
    m_result->setResult(summary, problem);
    refresh();
}

void DataTiersPage::refresh() {
    m_reportRequest = StoreWorker::newRequestId();
    sendToWorker(m_reportRequest, &StoreWorker::reportTiers);
}

void DataTiersPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
    m_refused->refresh();
    m_timer.start();
}

void DataTiersPage::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_timer.stop(); // nobody looks: no need to query the servers
}

void DataTiersPage::showReport(const assessments::TierReport& report) {
    m_last = report;
    m_warm->showStatus(report.warm);
    m_hot->showStatus(report.hot);
    m_cold->showStatus(report.cold);
    m_clear->setEnabled(report.hot.configured && report.hot.online);
    if (!report.outboxInUse)
        m_outbox->setStatus(StatusTone::Inactive,
                            tr("Outbox: not needed, the store is a file on this computer"));
    else if (report.outboxWaiting > 0)
        m_outbox->setStatus(StatusTone::Warning, tr("Outbox: %n change(s) waiting for the store",
                                                    nullptr, report.outboxWaiting));
    else
        m_outbox->setStatus(StatusTone::Ok, tr("Outbox: nothing waiting"));
    m_chart->add(report);
    emit reported(report);
}

void DataTiersPage::testConnections() {
    m_result->setResult(tr("Connecting…"), false);
    m_actionRequest = StoreWorker::newRequestId();
    sendToWorker(m_actionRequest, &StoreWorker::testConnections);
}

void DataTiersPage::clearHotTier() {
    const QString keys = m_last.hot.items ? QLocale().toString(*m_last.hot.items) : tr("all");
    const auto answer = QMessageBox::question(
        this, tr("Clear cached keys"),
        tr("Delete TreeOps' %1 cached keys from Redis at %2?\n\nOnly keys under treeops:v1: are "
           "deleted; other applications' keys stay. Nothing stored is lost: the cache refills "
           "from the store as people work, a little slower meanwhile.")
            .arg(keys, m_last.hot.location),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_actionRequest = StoreWorker::newRequestId();
    sendToWorker(m_actionRequest, &StoreWorker::clearHotTier);
}

} // namespace treeops::widgets

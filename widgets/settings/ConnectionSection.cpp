#include "settings/ConnectionSection.h"

#include "assessments/StoreWorker.h"
#include "common/PaletteIcon.h"
#include "common/ResultLabel.h"
#include "common/StatusTone.h"
#include "editor/ProblemLabel.h"
#include "main/Settings.h"
#include "storage/StoreFactory.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using assessments::ConnectionProbe;
using assessments::StoreWorker;

// A sentence that wraps, in the tone's colour after a dot (a StatusLabel is for short words).
// Plain text: a form row sizes a wrapped plain label to its lines, a rich one to its narrowest.
ResultLabel* createResult(const QString& name) {
    auto* result = new ResultLabel(name);
    result->hide();
    return result;
}

// With a dot of the status colour before it, as the status bar shows states.
void showResult(ResultLabel* result, StatusTone tone, const QString& text) {
    result->setResult(u"\u25cf "_s + text, tone);
    result->show();
}

void showProbe(ResultLabel* result, const QString& text, const ConnectionProbe& probe) {
    showResult(result, probe.reached ? StatusTone::Ok : StatusTone::Failure, text);
}

} // namespace

ConnectionSection::ConnectionSection(Settings& settings, StoreWorker* worker, QWidget* parent)
    : QGroupBox(tr("Data connection"), parent)
    , m_settings(settings)
    , m_worker(worker)
    , m_storeProblem(new ProblemLabel)
    , m_hotTierProblem(new ProblemLabel)
    , m_storeResult(createResult(u"storeTestResult"_s))
    , m_hotTierResult(createResult(u"hotTierTestResult"_s)) {
    m_storeProblem->setObjectName(u"storeUrlProblem"_s);
    m_hotTierProblem->setObjectName(u"hotTierUrlProblem"_s);
    m_store =
        createUrlField(u"storeUrl"_s, m_settings.storeUrl(),
                       tr("%1 (the default)").arg(storage::defaultStoreUrl()), m_storeProblem);
    connect(m_store, &QLineEdit::editingFinished, this, &ConnectionSection::saveStoreUrl);
    m_hotTier = createUrlField(u"hotTierUrl"_s, m_settings.hotTierUrl(),
                               tr("redis://host:6379/0 (none by default)"), m_hotTierProblem);
    connect(m_hotTier, &QLineEdit::editingFinished, this, &ConnectionSection::saveHotTierUrl);

    auto* note = new QLabel(
        tr("Saved changes take effect the next time TreeOps starts. The --store and --hot-tier "
           "options, or the TREEOPS_STORE and TREEOPS_HOT_TIER variables, take precedence over "
           "them. Passwords are never saved here: PostgreSQL reads its password from ~/.pgpass "
           "or PGPASSWORD, Redis from REDISCLI_AUTH."));
    note->setObjectName(u"connectionNote"_s);
    note->setWordWrap(true);

    m_test = new QPushButton(paletteIcon(u"reload"), tr("&Test connection"));
    m_test->setObjectName(u"testConnection"_s);
    connect(m_test, &QPushButton::clicked, this, &ConnectionSection::testConnection);
    connect(m_worker, &StoreWorker::urlsTested, this, &ConnectionSection::showTested);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);

    // A grid rather than a form: a form row keeps the height a wrapped label asks for at its
    // narrowest, leaving gaps under the longer results.
    auto* storeLabel = new QLabel(tr("&Store:"));
    storeLabel->setBuddy(m_store);
    auto* hotTierLabel = new QLabel(tr("&Hot tier:"));
    hotTierLabel->setBuddy(m_hotTier);
    auto* grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->addWidget(storeLabel, 0, 0);
    grid->addWidget(m_store, 0, 1);
    grid->addWidget(m_storeProblem, 1, 1);
    grid->addWidget(hotTierLabel, 2, 0);
    grid->addWidget(m_hotTier, 2, 1);
    grid->addWidget(m_hotTierProblem, 3, 1);
    grid->addWidget(note, 4, 1);
    grid->addLayout(testRow, 5, 1);
    grid->addWidget(m_storeResult, 6, 1);
    grid->addWidget(m_hotTierResult, 7, 1);
}

QList<QWidget*> ConnectionSection::keyboardOrder() const {
    return {m_store, m_hotTier, m_test};
}

QLineEdit* ConnectionSection::createUrlField(const QString& name, const QString& saved,
                                             const QString& placeholder, ProblemLabel* problem) {
    auto* field = new QLineEdit(saved);
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    // What was wrong with the last text stops applying as soon as it changes.
    connect(field, &QLineEdit::textEdited, problem, [problem] { problem->setMessages({}); });
    return field;
}

bool ConnectionSection::saveStoreUrl() {
    const QString problem = m_settings.setStoreUrl(m_store->text());
    m_storeProblem->setMessages(problem.isEmpty() ? QStringList() : QStringList{problem});
    return problem.isEmpty();
}

bool ConnectionSection::saveHotTierUrl() {
    const QString problem = m_settings.setHotTierUrl(m_hotTier->text());
    m_hotTierProblem->setMessages(problem.isEmpty() ? QStringList() : QStringList{problem});
    return problem.isEmpty();
}

// What is tested is what would be saved: a URL refused under its field is not tried.
void ConnectionSection::testConnection() {
    const bool storeOk = saveStoreUrl();
    const bool hotTierOk = saveHotTierUrl();
    m_storeResult->hide();
    m_hotTierResult->hide();
    if (!storeOk || !hotTierOk)
        return;
    m_testRequest = StoreWorker::newRequestId();
    m_test->setEnabled(false);
    showResult(m_storeResult, StatusTone::Running, tr("Connecting…"));
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, request = m_testRequest, store = m_store->text(),
                               hot = m_hotTier->text()] { worker->testUrls(request, store, hot); });
}

void ConnectionSection::showTested(quint64 requestId, const ConnectionProbe& store,
                                   const ConnectionProbe& hotTier) {
    if (requestId != m_testRequest)
        return;
    m_test->setEnabled(true);
    showProbe(m_storeResult, tr("Store: %1").arg(store.text), store);
    if (hotTier.text.isEmpty()) { // no hot tier URL was given
        showResult(m_hotTierResult, StatusTone::Inactive, tr("Hot tier: none configured"));
    } else {
        showProbe(m_hotTierResult, tr("Hot tier: %1").arg(hotTier.text), hotTier);
    }
}

} // namespace treeops::widgets

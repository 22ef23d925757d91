#include "tiers/TierPanel.h"

#include "common/StatusLabel.h"
#include "common/StatusTone.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

QString orDash(const QString& text) {
    return text.isEmpty() ? u"—"_s : text;
}

} // namespace

TierPanel::TierPanel(Kind kind, const QString& title, QWidget* parent)
    : QGroupBox(title, parent)
    , m_kind(kind)
    , m_state(new StatusLabel) {
    auto* form = new QFormLayout;
    form->addRow(tr("State"), m_state);
    m_location = addRow(form, tr("Where"), u"location"_s);
    if (kind != Kind::Archive) {
        m_version = addRow(form, tr("Server"), u"version"_s);
        m_latency = addRow(form, tr("Latency p50 / p95"), u"latency"_s);
    }
    if (kind == Kind::HotTier)
        m_hitRatio = addRow(form, tr("Hit ratio"), u"hitRatio"_s);
    m_items =
        addRow(form, kind == Kind::HotTier ? tr("TreeOps keys") : tr("Assessments"), u"items"_s);
    if (kind == Kind::Archive)
        m_size = addRow(form, tr("Size"), u"size"_s);
    m_problem = new QLabel;
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    m_state->setStatus(StatusTone::Running, tr("Checking…"));
}

QLabel* TierPanel::addRow(QFormLayout* form, const QString& label, const QString& name) {
    auto* value = new QLabel;
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void TierPanel::showStatus(const assessments::TierStatus& s) {
    const QLocale locale;
    if (!s.configured)
        m_state->setStatus(StatusTone::Inactive, tr("Not configured"));
    else if (s.online)
        m_state->setStatus(StatusTone::Ok, tr("Online"));
    else
        m_state->setStatus(m_kind == Kind::HotTier ? StatusTone::Warning : StatusTone::Failure,
                           tr("Offline"));
    m_location->setText(orDash(s.location));
    if (m_version)
        m_version->setText(orDash(s.serverVersion));
    if (m_latency)
        m_latency->setText(s.p50Ms ? tr("%1 ms / %2 ms")
                                         .arg(locale.toString(*s.p50Ms, 'f', 2),
                                              locale.toString(s.p95Ms.value_or(0), 'f', 2))
                                   : u"—"_s);
    if (m_size)
        m_size->setText(s.bytes ? locale.formattedDataSize(*s.bytes) : u"—"_s);
    if (m_hitRatio)
        m_hitRatio->setText(s.hitRatio ? tr("%1 %").arg(locale.toString(*s.hitRatio * 100, 'f', 1))
                                       : u"—"_s);
    m_items->setText(s.items ? locale.toString(*s.items) : u"—"_s);
    m_problem->setText(s.problem);
    m_problem->setVisible(!s.problem.isEmpty());
    if (!s.configured && m_kind == Kind::HotTier)
        m_problem->setText(tr("Start TreeOps with --hot-tier redis://host:port/db (or set "
                              "TREEOPS_HOT_TIER) to put Redis in front of the store."));
    m_problem->setVisible(!m_problem->text().isEmpty());
}

} // namespace treeops::widgets

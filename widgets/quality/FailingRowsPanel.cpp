#include "quality/FailingRowsPanel.h"

#include "common/PaletteIcon.h"
#include "common/StatusLabel.h"
#include "quality/QualityText.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

QLabel* wrappedLabel(const QString& objectName) {
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

FailingRowsPanel::FailingRowsPanel(QWidget* parent)
    : QWidget(parent)
    , m_status(new StatusLabel)
    , m_title(wrappedLabel(u"drillTitle"_s))
    , m_description(wrappedLabel(u"drillDescription"_s))
    , m_details(wrappedLabel(u"drillDetails"_s))
    , m_keys(new QListWidget)
    , m_open(new QPushButton(paletteIcon(u"open"), tr("&Open assessment")))
    , m_copy(new QPushButton(paletteIcon(u"copy"), tr("Copy &keys"))) {
    m_status->setObjectName(u"drillStatus"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_keys->setObjectName(u"failingKeys"_s);
    m_keys->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_open->setObjectName(u"openFailingAssessment"_s);
    m_copy->setObjectName(u"copyFailingKeys"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_copy);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_description);
    layout->addWidget(m_details);
    layout->addWidget(m_keys, 1);
    layout->addLayout(buttons);

    connect(m_keys, &QListWidget::itemActivated, this, &FailingRowsPanel::openSelected);
    connect(m_keys, &QListWidget::itemSelectionChanged, this,
            [this] { m_open->setEnabled(m_keysAreAssessments && m_keys->currentItem()); });
    connect(m_open, &QPushButton::clicked, this, &FailingRowsPanel::openSelected);
    connect(m_copy, &QPushButton::clicked, this, &FailingRowsPanel::copyKeys);
    clear();
}

void FailingRowsPanel::clear() {
    m_title->setText(tr("Choose a rule to see its failing rows."));
    m_status->hide();
    m_description->clear();
    m_details->clear();
    m_keys->clear();
    m_open->setEnabled(false);
    m_copy->setEnabled(false);
}

void FailingRowsPanel::showResult(const quality::RuleResult& result, const QString& since) {
    m_title->setText(result.rule.name);
    m_status->show();
    m_status->setStatus(statusTone(result.status), quality::statusName(result.status));
    m_description->setText(result.rule.description);
    const QLocale locale;
    QString details;
    if (result.status == quality::RuleStatus::Error)
        details = tr("The check could not run: %1").arg(result.message);
    else if (result.outcome.failing == 0)
        details =
            tr("No failing rows among %1 examined.").arg(locale.toString(result.outcome.examined));
    else
        details = tr("%1 of %2 rows fail; the first %n kept:", nullptr,
                     int(result.outcome.sampleKeys.size()))
                      .arg(locale.toString(result.outcome.failing),
                           locale.toString(result.outcome.examined));
    if (!since.isEmpty())
        details += u'\n' + tr("Not passing since %1.").arg(since);
    m_details->setText(details);
    m_keys->clear();
    m_keys->addItems(result.outcome.sampleKeys);
    m_keysAreAssessments = quality::keysAreAssessmentIds(result.rule);
    m_open->setVisible(m_keysAreAssessments);
    m_copy->setEnabled(m_keys->count() > 0);
    if (m_keys->count() > 0)
        m_keys->setCurrentRow(0);
    m_open->setEnabled(m_keysAreAssessments && m_keys->currentItem());
}

void FailingRowsPanel::openSelected() {
    if (m_keysAreAssessments && m_keys->currentItem())
        emit openAssessmentRequested(m_keys->currentItem()->text());
}

void FailingRowsPanel::copyKeys() {
    QStringList keys;
    const QList<QListWidgetItem*> selected = m_keys->selectedItems();
    for (int row = 0; row < m_keys->count(); ++row)
        if (selected.isEmpty() || m_keys->item(row)->isSelected())
            keys.append(m_keys->item(row)->text());
    QApplication::clipboard()->setText(keys.join(u'\n') + u'\n');
}

} // namespace treeops::widgets

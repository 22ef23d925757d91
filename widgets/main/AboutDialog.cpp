#include "main/AboutDialog.h"

#include "assessments/StoreWorker.h"
#include "common/AppIcon.h"
#include "storage/ClientLibraries.h"
#include "storage/sqlite/SqliteVersion.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace treeops::widgets {
namespace {

constexpr int IconSize = 64;

QLabel* value(const QString& text) {
    auto* label = new QLabel(text.isEmpty() ? AboutDialog::tr("unknown") : text);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const assessments::StoreOverview& store, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("About TreeOps"));

    auto* icon = new QLabel;
    icon->setPixmap(appIcon().pixmap(IconSize, IconSize));
    auto* title = new QLabel(tr("<b>TreeOps</b><br>Operations console for tree-service companies"));

    auto* versions = new QFormLayout;
    versions->addRow(tr("TreeOps:"), value(QCoreApplication::applicationVersion()));
    versions->addRow(tr("Qt:"), value(QString::fromLatin1(qVersion())));
    versions->addRow(tr("SQLite:"), value(storage::sqliteLibraryVersion()));
    versions->addRow(tr("libpqxx:"), value(tr("%1 (not used yet)").arg(storage::pqxxVersion())));
    versions->addRow(tr("hiredis:"), value(tr("%1 (not used yet)").arg(storage::hiredisVersion())));
    versions->addRow(tr("Catalog:"), value(store.catalogVersion));
    versions->addRow(tr("Rates:"), value(store.ratesVersion));
    versions->addRow(tr("Store:"), value(store.location));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* heading = new QHBoxLayout;
    heading->addWidget(icon);
    heading->addWidget(title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addLayout(versions);
    layout->addWidget(buttons);
}

} // namespace treeops::widgets

#pragma once

#include <QDialog>

namespace treeops::assessments {
struct StoreOverview;
}

namespace treeops::widgets {

// Which TreeOps, Qt and SQLite are running, and which catalog and rates the store prices with:
// what a bug report needs.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(const assessments::StoreOverview& store, QWidget* parent = nullptr);
};

} // namespace treeops::widgets

#pragma once

#include "assessments/TierReport.h"

#include <QGroupBox>

class QFormLayout;
class QLabel;

namespace treeops::widgets {

class StatusLabel;

// One tier's figures: state, where, server version, latency, hit ratio, size and, when it is
// offline, why.
class TierPanel : public QGroupBox {
    Q_OBJECT

public:
    enum class Kind { Store, HotTier, Archive };
    TierPanel(Kind kind, const QString& title, QWidget* parent = nullptr);

    void showStatus(const assessments::TierStatus& status);

private:
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& name);

    Kind m_kind;
    StatusLabel* m_state;
    QLabel* m_location = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_latency = nullptr;
    QLabel* m_hitRatio = nullptr;
    QLabel* m_items = nullptr;
    QLabel* m_size = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace treeops::widgets

#pragma once

#include "common/StatusTone.h"

#include <QWidget>

class QLabel;

namespace treeops::widgets {

// A status word with its colour dot beside it, e.g. for a status bar.
class StatusLabel : public QWidget {
    Q_OBJECT

public:
    explicit StatusLabel(QWidget* parent = nullptr);

    void setStatus(StatusTone tone, const QString& text);
    QString text() const;

private:
    QLabel* m_dot;
    QLabel* m_text;
};

} // namespace treeops::widgets

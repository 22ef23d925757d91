#include "common/StatusLabel.h"

#include <QHBoxLayout>
#include <QLabel>

namespace treeops::widgets {

StatusLabel::StatusLabel(QWidget* parent)
    : QWidget(parent)
    , m_dot(new QLabel)
    , m_text(new QLabel) {
    m_text->setTextFormat(Qt::PlainText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_dot);
    layout->addWidget(m_text, 1);
}

void StatusLabel::setStatus(StatusTone tone, const QString& text) {
    const int size = m_text->fontMetrics().height() * 2 / 3;
    m_dot->setPixmap(statusIcon(tone).pixmap(size, size));
    m_text->setText(text);
    // A status word is short and must never be cut, wherever the label is placed.
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(text));
    setToolTip(text);
}

QString StatusLabel::text() const {
    return m_text->text();
}

} // namespace treeops::widgets

#include "editor/ProblemLabel.h"

#include "common/StatusTone.h"

namespace treeops::widgets {

ProblemLabel::ProblemLabel(QWidget* parent)
    : QLabel(parent) {
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    // The whole width of the field's column: a wrapped label otherwise asks for a narrow one.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, statusColor(StatusTone::Failure));
    setPalette(colours);
    hide();
}

void ProblemLabel::setMessages(const QStringList& messages) {
    setText(messages.join(u'\n'));
    setVisible(!messages.isEmpty());
}

} // namespace treeops::widgets

#include "common/ResultLabel.h"

namespace treeops::widgets {

ResultLabel::ResultLabel(const QString& objectName, QWidget* parent)
    : QLabel(parent) {
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void ResultLabel::setResult(const QString& text, bool problem) {
    if (problem)
        return setResult(text, StatusTone::Failure);
    setText(text);
    setPalette(QPalette()); // nothing of its own: the text colour of the window it is in
}

void ResultLabel::setResult(const QString& text, StatusTone tone) {
    setText(text);
    QPalette colours;
    colours.setColor(QPalette::WindowText, statusColor(tone));
    setPalette(colours);
}

} // namespace treeops::widgets

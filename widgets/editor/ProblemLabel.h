#pragma once

#include <QLabel>

namespace treeops::widgets {

// The validator's words about a field or a list, in the failure colour, right under what they
// are about; hidden while there is nothing to say.
class ProblemLabel : public QLabel {
public:
    explicit ProblemLabel(QWidget* parent = nullptr);

    void setMessages(const QStringList& messages);
};

} // namespace treeops::widgets

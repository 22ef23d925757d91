#include "quote/FigureGrid.h"

#include <QGridLayout>
#include <QLabel>

namespace treeops::widgets {
namespace {

constexpr int ColumnGap = 16;

void makeBold(QLabel* label) {
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
}

} // namespace

FigureGrid::FigureGrid(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this)) {
    m_layout->setContentsMargins({});
    m_layout->setHorizontalSpacing(ColumnGap);
    m_layout->setColumnStretch(0, 1);
}

QLabel* FigureGrid::addRow(const QString& caption, const QString& objectName) {
    return add(caption, objectName, false);
}

QLabel* FigureGrid::addTotalRow(const QString& caption, const QString& objectName) {
    return add(caption, objectName, true);
}

QLabel* FigureGrid::add(const QString& caption, const QString& objectName, bool total) {
    const int row = m_rows++;
    auto* captionLabel = new QLabel(caption);
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (total) {
        makeBold(captionLabel);
        makeBold(value);
    }
    m_layout->addWidget(captionLabel, row, 0);
    m_layout->addWidget(value, row, 1);
    return value;
}

} // namespace treeops::widgets

#include "quote/PriceSummary.h"

#include "common/StatusTone.h"
#include "quote/QuoteText.h"

#include <QGridLayout>
#include <QLabel>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

constexpr double PriceScale = 2.2; // the price is the one figure read from across the room

QLabel* figureLabel(const QString& objectName, Qt::Alignment alignment) {
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(alignment | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PriceSummary::PriceSummary(QWidget* parent)
    : QWidget(parent)
    , m_caption(new QLabel(tr("Price")))
    , m_price(figureLabel(u"price"_s, Qt::AlignLeft))
    , m_position(figureLabel(u"competitive"_s, Qt::AlignRight))
    , m_rate(figureLabel(u"effectiveRate"_s, Qt::AlignRight))
    , m_range(figureLabel(u"competitiveRange"_s, Qt::AlignRight)) {
    QFont priceFont = m_price->font();
    priceFont.setPointSizeF(priceFont.pointSizeF() * PriceScale);
    priceFont.setBold(true);
    m_price->setFont(priceFont);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    QFont positionFont = m_position->font();
    positionFont.setBold(true);
    m_position->setFont(positionFont);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins({});
    layout->setVerticalSpacing(2);
    layout->addWidget(m_caption, 0, 0);
    layout->addWidget(m_price, 1, 0, 2, 1);
    layout->addWidget(m_position, 0, 1, Qt::AlignRight);
    layout->addWidget(m_rate, 1, 1);
    layout->addWidget(m_range, 2, 1);
    layout->setColumnStretch(0, 1);
}

void PriceSummary::setQuote(const scoring::Quote& quote, const scoring::Rates& rates) {
    // Said beside the price so a total above the sum of the lines does not look like an error.
    m_caption->setText(QuoteText::atMinimumJobPrice(quote, rates) ? tr("Price (minimum job price)")
                                                                  : tr("Price"));
    m_price->setText(QuoteText::money(quote.price));
    m_rate->setText(tr("Effective rate %1").arg(QuoteText::hourlyRate(quote.effectiveRate)));
    const scoring::Competitive& range = quote.competitive;
    m_range->setText(tr("%1 range %2 – %3")
                         .arg(QuoteText::pricingClass(range.pricingClass),
                              QuoteText::hourlyRate(range.low), QuoteText::hourlyRate(range.high)));
    setPosition(range.position);
}

void PriceSummary::setPosition(scoring::CompetitivePosition position) {
    // A new palette restyles the label; the position rarely changes while typing.
    if (m_shownPosition == position)
        return;
    m_shownPosition = position;
    QPalette colored = m_position->palette();
    colored.setColor(QPalette::WindowText, statusColor(QuoteText::competitiveTone(position)));
    m_position->setPalette(colored);
    // The dot carries the colour; the word says it for those who cannot see the colour.
    m_position->setText(u"\u25cf "_s + QuoteText::competitivePosition(position));
}

} // namespace treeops::widgets

#pragma once

#include "scoring/Quote.h"
#include "scoring/Rates.h"

#include <QWidget>
#include <optional>

class QLabel;

namespace treeops::widgets {

// The head of the quote panel: the price, large, and the effective hourly rate against the
// competitive range of the job's main service, with its status colour and word.
class PriceSummary : public QWidget {
    Q_OBJECT

public:
    explicit PriceSummary(QWidget* parent = nullptr);

    void setQuote(const scoring::Quote& quote, const scoring::Rates& rates);

private:
    void setPosition(scoring::CompetitivePosition position);

    QLabel* m_caption;
    QLabel* m_price;
    QLabel* m_position;
    QLabel* m_rate;
    QLabel* m_range;
    std::optional<scoring::CompetitivePosition> m_shownPosition;
};

} // namespace treeops::widgets

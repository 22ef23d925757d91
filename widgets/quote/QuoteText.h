#pragma once

#include "common/StatusTone.h"
#include "scoring/Quote.h"
#include "scoring/Rates.h"
#include "scoring/ScoringTypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace treeops::widgets {

// The words and number formats the quote panel shows a quote's keys and figures with.
class QuoteText {
    Q_DECLARE_TR_FUNCTIONS(treeops::widgets::QuoteText)

public:
    static QString domain(scoring::Domain domain);
    static QString service(scoring::Service service);
    static QString pricingClass(scoring::PricingClass pricingClass);
    // A catalog band name ("low") as a word; a band this version does not know is shown as is.
    static QString band(const QString& name);
    static QString competitivePosition(scoring::CompetitivePosition position);
    static StatusTone competitiveTone(scoring::CompetitivePosition position);

    // Money to the cent in the locale's currency, e.g. "$1,234.50".
    static QString money(double amount, const QLocale& locale = QLocale());
    static QString hourlyRate(double amount, const QLocale& locale = QLocale());
    // "2 h 05 min", "45 min".
    static QString duration(double hours);
    static QString number(double value, int decimals, const QLocale& locale = QLocale());

    // Whether the price shown is the rates' minimum job price, compared to the cent as shown;
    // then the price is more than the sum of the lines, which needs saying.
    static bool atMinimumJobPrice(const scoring::Quote& quote, const scoring::Rates& rates);
};

} // namespace treeops::widgets

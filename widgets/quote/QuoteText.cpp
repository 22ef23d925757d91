#include "quote/QuoteText.h"

#include "scoring/QuoteJson.h"

#include <QHash>
#include <cmath>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;
using scoring::CompetitivePosition;

constexpr int MinutesPerHour = 60;

} // namespace

QString QuoteText::domain(scoring::Domain domain) {
    switch (domain) {
    case scoring::Domain::Access:
        return tr("Access");
    case scoring::Domain::FallZone:
        return tr("Fall zone");
    case scoring::Domain::Interference:
        return tr("Interference");
    case scoring::Domain::Severity:
        return tr("Severity");
    case scoring::Domain::Site:
        return tr("Site");
    }
    return {};
}

QString QuoteText::service(scoring::Service service) {
    return pricingClass(scoring::pricingClassOf(service));
}

QString QuoteText::pricingClass(scoring::PricingClass pricingClass) {
    switch (pricingClass) {
    case scoring::PricingClass::Removal:
        return tr("Removal");
    case scoring::PricingClass::Trimming:
        return tr("Trimming");
    case scoring::PricingClass::StumpGrinding:
        return tr("Stump grinding");
    case scoring::PricingClass::Emergency:
        return tr("Emergency");
    }
    return {};
}

QString QuoteText::band(const QString& name) {
    // Band names are catalog data; the shipped ones are translated, later ones shown verbatim.
    static const QHash<QString, const char*> words{{u"minimal"_s, QT_TR_NOOP("Minimal")},
                                                   {u"low"_s, QT_TR_NOOP("Low")},
                                                   {u"moderate"_s, QT_TR_NOOP("Moderate")},
                                                   {u"high"_s, QT_TR_NOOP("High")},
                                                   {u"extreme"_s, QT_TR_NOOP("Extreme")}};
    const auto found = words.constFind(name);
    return found == words.cend() ? name : tr(*found);
}

QString QuoteText::competitivePosition(CompetitivePosition position) {
    switch (position) {
    case CompetitivePosition::Below:
        return tr("below range");
    case CompetitivePosition::Within:
        return tr("within range");
    case CompetitivePosition::Above:
        return tr("above range");
    }
    return {};
}

StatusTone QuoteText::competitiveTone(CompetitivePosition position) {
    // Outside the range is not wrong, only worth a second look before the quote goes out.
    return position == CompetitivePosition::Within ? StatusTone::Ok : StatusTone::Warning;
}

QString QuoteText::money(double amount, const QLocale& locale) {
    return locale.toCurrencyString(scoring::roundMoney(amount));
}

QString QuoteText::hourlyRate(double amount, const QLocale& locale) {
    return tr("%1/h").arg(money(amount, locale));
}

QString QuoteText::duration(double hours) {
    const long long minutes = std::llround(hours * MinutesPerHour);
    if (minutes < MinutesPerHour)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min")
        .arg(minutes / MinutesPerHour)
        .arg(minutes % MinutesPerHour, 2, 10, QLatin1Char('0'));
}

QString QuoteText::number(double value, int decimals, const QLocale& locale) {
    return locale.toString(value, 'f', decimals);
}

bool QuoteText::atMinimumJobPrice(const scoring::Quote& quote, const scoring::Rates& rates) {
    return scoring::roundMoney(quote.price) == scoring::roundMoney(rates.params().minJobPrice);
}

} // namespace treeops::widgets

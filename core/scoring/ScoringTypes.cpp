#include "scoring/ScoringTypes.h"

#include <QStringView>

namespace treeops::scoring {
namespace {

using namespace Qt::StringLiterals;

constexpr std::array<QLatin1StringView, DomainCount> DomainKeys{
    "access"_L1, "fall_zone"_L1, "interference"_L1, "severity"_L1, "site"_L1};
constexpr std::array<QLatin1StringView, DomainCount> DomainInfixes{
    "ACCESS"_L1, "FALLZONE"_L1, "INTERFERENCE"_L1, "SEVERITY"_L1, "SITE"_L1};
constexpr std::array<QLatin1StringView, PricingClassCount> PricingClassKeys{
    "removal"_L1, "trimming"_L1, "stump_grinding"_L1, "emergency"_L1};
constexpr std::array<QLatin1StringView, CrewTierCount> CrewTierKeys{"beginner"_L1, "experienced"_L1,
                                                                    "expert"_L1};
constexpr std::array<QLatin1StringView, 3> PositionKeys{"below"_L1, "within"_L1, "above"_L1};

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<QLatin1StringView, N>& keys, QStringView key,
                           std::size_t count = N) {
    for (std::size_t i = 0; i < count; ++i) {
        if (key == keys[i])
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

QLatin1StringView domainKey(Domain d) {
    return DomainKeys[static_cast<std::size_t>(d)];
}
QLatin1StringView domainCodeInfix(Domain d) {
    return DomainInfixes[static_cast<std::size_t>(d)];
}
QLatin1StringView serviceKey(Service s) {
    return PricingClassKeys[static_cast<std::size_t>(s)];
}
QLatin1StringView pricingClassKey(PricingClass p) {
    return PricingClassKeys[static_cast<std::size_t>(p)];
}
QLatin1StringView crewTierKey(CrewTier t) {
    return CrewTierKeys[static_cast<std::size_t>(t)];
}
QLatin1StringView competitivePositionKey(CompetitivePosition p) {
    return PositionKeys[static_cast<std::size_t>(p)];
}

std::optional<Domain> domainFromKey(QStringView key) {
    return lookup<Domain>(DomainKeys, key);
}
std::optional<Service> serviceFromKey(QStringView key) {
    return lookup<Service>(PricingClassKeys, key, ServiceCount);
}
std::optional<PricingClass> pricingClassFromKey(QStringView key) {
    return lookup<PricingClass>(PricingClassKeys, key);
}
std::optional<CrewTier> crewTierFromKey(QStringView key) {
    return lookup<CrewTier>(CrewTierKeys, key);
}

} // namespace treeops::scoring

#pragma once

#include <QLatin1StringView>
#include <array>
#include <cstdint>
#include <optional>

namespace treeops::scoring {

// The five AFISS domains, in the order every quote lists them.
enum class Domain : std::uint8_t { Access, FallZone, Interference, Severity, Site };
inline constexpr int DomainCount = 5;
inline constexpr std::array<Domain, DomainCount> AllDomains{
    Domain::Access, Domain::FallZone, Domain::Interference, Domain::Severity, Domain::Site};

template <typename T> using DomainArray = std::array<T, DomainCount>;

enum class Service : std::uint8_t { Removal, Trimming, StumpGrinding };
inline constexpr int ServiceCount = 3;

// Pricing classes: the three services plus the emergency class, which replaces the service's
// margin and competitive range when an assessment is flagged as an emergency.
enum class PricingClass : std::uint8_t { Removal, Trimming, StumpGrinding, Emergency };
inline constexpr int PricingClassCount = 4;

enum class CrewTier : std::uint8_t { Beginner, Experienced, Expert };
inline constexpr int CrewTierCount = 3;

enum class CompetitivePosition : std::uint8_t { Below, Within, Above };

constexpr int index(Domain d) {
    return static_cast<int>(d);
}
constexpr int index(Service s) {
    return static_cast<int>(s);
}
constexpr int index(PricingClass p) {
    return static_cast<int>(p);
}
constexpr int index(CrewTier t) {
    return static_cast<int>(t);
}
constexpr PricingClass pricingClassOf(Service s) {
    return static_cast<PricingClass>(s);
}

QLatin1StringView domainKey(Domain d);
QLatin1StringView domainCodeInfix(Domain d); // "ACCESS", "FALLZONE", … as in factor codes
QLatin1StringView serviceKey(Service s);
QLatin1StringView pricingClassKey(PricingClass p);
QLatin1StringView crewTierKey(CrewTier t);
QLatin1StringView competitivePositionKey(CompetitivePosition p);

std::optional<Domain> domainFromKey(QStringView key);
std::optional<Service> serviceFromKey(QStringView key);
std::optional<PricingClass> pricingClassFromKey(QStringView key);
std::optional<CrewTier> crewTierFromKey(QStringView key);

} // namespace treeops::scoring

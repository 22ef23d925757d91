#pragma once

#include "scoring/ScoringTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <span>
#include <unordered_map>
#include <vector>

namespace treeops::scoring {

struct ModifierDef {
    QString code;
    QString name;
    double pct = 0;
};

struct FactorDef {
    QString code;
    Domain domain = Domain::Access;
    QString group;
    QString name;
    QString description;
    QString trigger;
    double basePct = 0;
    bool active = true;
    QList<ModifierDef> modifiers;
};

struct InteractionDef {
    QString a;
    QString b;
    double overlap = 0;
    QString protocol;
};

struct BandDef {
    QString name;
    double from = 0;
    double to = 0;
    double multiplierFrom = 1;
    double multiplierTo = 1;
    double severity = 1;
};

// The AFISS catalog as published: what is imported, exported and stored.
struct CatalogData {
    QString version;
    DomainArray<double> weights{};
    QList<FactorDef> factors;
    QList<InteractionDef> interactions;
    QList<BandDef> bands;
};

// A published catalog compiled for quoting: factor codes are resolved to dense indices once,
// so the quote path reads arrays and never looks up a string.
class Catalog {
public:
    static constexpr int MaxModifiersPerFactor = 32;

    struct Rule {
        int a;
        int b;
        Domain domainOfB;
        double overlap;
    };

    // The data must have passed CatalogValidator; the constructor trusts it.
    explicit Catalog(CatalogData data);

    const CatalogData& data() const { return m_data; }
    const QString& version() const { return m_data.version; }

    int factorCount() const { return static_cast<int>(m_domain.size()); }
    int factorIndex(QStringView code) const;               // -1 when the code is unknown
    int modifierIndex(int factor, QStringView code) const; // local index, or -1
    const FactorDef& factor(int index) const { return m_data.factors[index]; }
    bool isActive(int factor) const { return m_data.factors[factor].active; }

    Domain domainOf(int factor) const { return m_domain[static_cast<std::size_t>(factor)]; }
    double basePct(int factor) const { return m_basePct[static_cast<std::size_t>(factor)]; }
    int modifierCount(int factor) const {
        return m_modifierEnd[static_cast<std::size_t>(factor)] -
               m_modifierBegin[static_cast<std::size_t>(factor)];
    }
    double modifierPct(int factor, int local) const {
        return m_modifierPct[static_cast<std::size_t>(
            m_modifierBegin[static_cast<std::size_t>(factor)] + local)];
    }

    double weight(Domain d) const { return m_data.weights[static_cast<std::size_t>(d)]; }
    std::span<const Rule> rules() const { return m_rules; }
    const InteractionDef& interaction(int rule) const { return m_data.interactions[rule]; }

    int bandCount() const { return static_cast<int>(m_data.bands.size()); }
    const BandDef& band(int index) const { return m_data.bands[index]; }
    int bandIndex(double composite) const;

private:
    CatalogData m_data;
    // Looked up by a view as well as a QString, so that a code read from a document needs no
    // string of its own.
    struct CodeHash {
        using is_transparent = void;
        std::size_t operator()(QStringView code) const { return qHash(code); }
    };
    std::unordered_map<QString, int, CodeHash, std::equal_to<>> m_factorByCode;
    std::vector<Domain> m_domain;
    std::vector<double> m_basePct;
    std::vector<int> m_modifierBegin;
    std::vector<int> m_modifierEnd;
    std::vector<double> m_modifierPct;
    std::vector<Rule> m_rules;
};

} // namespace treeops::scoring

#include "scoring/Catalog.h"

namespace treeops::scoring {

Catalog::Catalog(CatalogData data)
    : m_data(std::move(data)) {
    const auto count = static_cast<std::size_t>(m_data.factors.size());
    m_domain.reserve(count);
    m_basePct.reserve(count);
    m_modifierBegin.reserve(count);
    m_modifierEnd.reserve(count);
    for (int i = 0; i < m_data.factors.size(); ++i) {
        const FactorDef& f = m_data.factors[i];
        m_factorByCode.insert_or_assign(f.code, i);
        m_domain.push_back(f.domain);
        m_basePct.push_back(f.basePct);
        m_modifierBegin.push_back(static_cast<int>(m_modifierPct.size()));
        for (const ModifierDef& m : f.modifiers)
            m_modifierPct.push_back(m.pct);
        m_modifierEnd.push_back(static_cast<int>(m_modifierPct.size()));
    }
    for (const InteractionDef& rule : m_data.interactions) {
        const int a = factorIndex(rule.a);
        const int b = factorIndex(rule.b);
        m_rules.push_back({a, b, m_domain[static_cast<std::size_t>(b)], rule.overlap});
    }
}

int Catalog::factorIndex(QStringView code) const {
    const auto it = m_factorByCode.find(code);
    return it == m_factorByCode.end() ? -1 : it->second;
}

int Catalog::modifierIndex(int factor, QStringView code) const {
    const QList<ModifierDef>& modifiers = m_data.factors[factor].modifiers;
    for (int i = 0; i < modifiers.size(); ++i) {
        if (modifiers[i].code == code)
            return i;
    }
    return -1;
}

int Catalog::bandIndex(double composite) const {
    const int last = bandCount() - 1;
    for (int i = 0; i < last; ++i) {
        if (composite < m_data.bands[i].to)
            return i;
    }
    return last; // the top band includes its upper bound
}

} // namespace treeops::scoring

#include "factors/FactorSelection.h"

#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

quint32 bit(int modifier) {
    return quint32{1} << modifier;
}

} // namespace

FactorSelection::FactorSelection(const scoring::Catalog& catalog)
    : m_catalog(&catalog)
    , m_entries(catalog.factorCount()) {}

FactorSelection FactorSelection::fromJson(const scoring::Catalog& catalog,
                                          const QJsonArray& factors) {
    FactorSelection selection(catalog);
    for (const QJsonValue& value : factors) {
        const QJsonObject entry = value.toObject();
        const int factor = catalog.factorIndex(entry.value(u"code"_s).toString());
        if (factor < 0 || !catalog.isActive(factor))
            continue;
        selection.setFactor(factor, true);
        for (const QJsonValue& code : entry.value(u"modifiers"_s).toArray()) {
            const int modifier = catalog.modifierIndex(factor, code.toString());
            if (modifier >= 0)
                selection.setModifier(factor, modifier, true);
        }
    }
    return selection;
}

QJsonArray FactorSelection::toJson() const {
    QJsonArray factors;
    for (int factor = 0; factor < m_entries.size(); ++factor) {
        if (!isSelected(factor))
            continue;
        const scoring::FactorDef& def = m_catalog->factor(factor);
        QJsonObject entry{{u"code"_s, def.code}};
        QJsonArray modifiers;
        for (int modifier = 0; modifier < m_catalog->modifierCount(factor); ++modifier) {
            if (hasModifier(factor, modifier))
                modifiers.append(def.modifiers[modifier].code);
        }
        if (!modifiers.isEmpty())
            entry.insert(u"modifiers"_s, modifiers);
        factors.append(entry);
    }
    return factors;
}

bool FactorSelection::hasModifier(int factor, int modifier) const {
    return (m_entries[factor].modifiers & bit(modifier)) != 0;
}

int FactorSelection::count(scoring::Domain domain) const {
    return m_counts[static_cast<std::size_t>(scoring::index(domain))];
}

bool FactorSelection::isEmpty() const {
    return std::ranges::all_of(m_counts, [](int n) { return n == 0; });
}

bool FactorSelection::differsAt(const FactorSelection& other, int factor) const {
    const Entry& mine = m_entries[factor];
    const Entry& theirs = other.m_entries[factor];
    return mine.selected != theirs.selected || mine.modifiers != theirs.modifiers;
}

void FactorSelection::setFactor(int factor, bool selected) {
    Entry& entry = m_entries[factor];
    if (!selected)
        entry.modifiers = 0;
    if (entry.selected == selected)
        return;
    entry.selected = selected;
    countOf(factor) += selected ? 1 : -1;
}

void FactorSelection::setModifier(int factor, int modifier, bool selected) {
    if (selected) {
        setFactor(factor, true);
        m_entries[factor].modifiers |= bit(modifier);
    } else {
        m_entries[factor].modifiers &= ~bit(modifier);
    }
}

int& FactorSelection::countOf(int factor) {
    return m_counts[static_cast<std::size_t>(scoring::index(m_catalog->domainOf(factor)))];
}

} // namespace treeops::widgets

#pragma once

#include "scoring/Catalog.h"

#include <QJsonArray>
#include <QList>

namespace treeops::widgets {

// Which factors and modifiers of one catalog are ticked, converted from and to an assessment's
// "factors" array. A modifier counts only with its factor, so ticking a modifier selects the
// factor and unticking a factor clears its modifiers. The catalog must outlive the selection.
class FactorSelection {
public:
    FactorSelection() = default; // no catalog: nothing can be selected
    explicit FactorSelection(const scoring::Catalog& catalog);

    // Unknown or inactive factors and unknown modifiers are left out: they are not offered.
    static FactorSelection fromJson(const scoring::Catalog& catalog, const QJsonArray& factors);
    // Selected factors in catalog order, each with "modifiers" only when some are selected.
    QJsonArray toJson() const;

    bool isSelected(int factor) const { return m_entries[factor].selected; }
    bool hasModifier(int factor, int modifier) const;
    int count(scoring::Domain domain) const;
    bool isEmpty() const;
    // Whether a factor or any of its modifiers differs between the two selections.
    bool differsAt(const FactorSelection& other, int factor) const;

    void setFactor(int factor, bool selected);
    void setModifier(int factor, int modifier, bool selected);

private:
    struct Entry {
        bool selected = false;
        quint32 modifiers = 0; // bit n: local modifier n (Catalog::MaxModifiersPerFactor is 32)
    };

    int& countOf(int factor);

    const scoring::Catalog* m_catalog = nullptr;
    QList<Entry> m_entries;
    scoring::DomainArray<int> m_counts{};
};

} // namespace treeops::widgets

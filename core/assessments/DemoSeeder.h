#pragma once

#include <QtGlobal>
#include <functional>

namespace treeops::storage {
class Store;
}

namespace treeops::assessments {

// Stores realistic demo assessments, priced with the store's active catalog and rates, spread
// over the last months and over every status. Each batch is stored all or nothing.
class DemoSeeder {
public:
    // Called after each batch with what is stored so far; returning false stops after it.
    using Progress = std::function<bool(int stored, int total)>;
    static constexpr int MaxCount = 1'000'000;

    explicit DemoSeeder(storage::Store& store, quint32 seed = 1)
        : m_store(store)
        , m_seed(seed) {}

    // Returns how many assessments were stored: `count`, or fewer when progress stopped it.
    int seed(int count, const Progress& progress = {});

private:
    storage::Store& m_store;
    quint32 m_seed;
};

} // namespace treeops::assessments

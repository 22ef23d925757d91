#pragma once

#include <array>
#include <chrono>
#include <mutex>

namespace treeops::storage::redis {

// The last few hundred read latencies, for the p50/p95 of the Data tiers page. Recording is a
// short critical section; percentiles are computed only when someone asks.
class LatencySamples {
public:
    static constexpr std::size_t Capacity = 512;

    void record(std::chrono::microseconds latency);

    struct Summary {
        std::chrono::microseconds p50{0};
        std::chrono::microseconds p95{0};
        std::size_t count = 0;
    };
    Summary summary() const;

private:
    mutable std::mutex m_mutex;
    std::array<std::chrono::microseconds, Capacity> m_samples{};
    std::size_t m_next = 0;
    std::size_t m_count = 0;
};

} // namespace treeops::storage::redis

#include "storage/redis/LatencySamples.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace treeops::storage::redis {
namespace {

// Nearest-rank percentile of sorted samples.
std::chrono::microseconds percentile(const std::vector<std::chrono::microseconds>& sorted,
                                     double fraction) {
    const auto rank =
        static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(sorted.size())));
    return sorted[std::max<std::size_t>(rank, 1) - 1];
}

} // namespace

void LatencySamples::record(std::chrono::microseconds latency) {
    const std::lock_guard lock(m_mutex);
    m_samples[m_next] = latency;
    m_next = (m_next + 1) % Capacity;
    m_count = std::min(m_count + 1, Capacity);
}

LatencySamples::Summary LatencySamples::summary() const {
    std::vector<std::chrono::microseconds> sorted;
    {
        const std::lock_guard lock(m_mutex);
        sorted.assign(m_samples.begin(), m_samples.begin() + static_cast<std::ptrdiff_t>(m_count));
    }
    if (sorted.empty())
        return {};
    std::sort(sorted.begin(), sorted.end());
    return {percentile(sorted, 0.50), percentile(sorted, 0.95), sorted.size()};
}

} // namespace treeops::storage::redis

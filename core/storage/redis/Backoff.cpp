#include "storage/redis/Backoff.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace treeops::storage::redis {

std::chrono::milliseconds jittered(std::chrono::milliseconds base, double spread) {
    const double factor = 1.0 + spread * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    return std::chrono::milliseconds(std::llround(static_cast<double>(base.count()) * factor));
}

Backoff::Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum,
                 double jitter)
    : m_initial(initial)
    , m_maximum(maximum)
    , m_jitter(jitter)
    , m_current(initial) {}

std::chrono::milliseconds Backoff::next() {
    const std::chrono::milliseconds delay = jittered(m_current, m_jitter);
    m_current = std::min(m_current * 2, m_maximum);
    return delay;
}

} // namespace treeops::storage::redis

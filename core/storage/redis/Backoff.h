#pragma once

#include <chrono>

namespace treeops::storage::redis {

// Delays between reconnection attempts: doubling from `initial` up to `maximum`, each drawn
// within ±`jitter` so that many consoles do not reconnect in step after a restart.
class Backoff {
public:
    explicit Backoff(std::chrono::milliseconds initial = std::chrono::milliseconds(500),
                     std::chrono::milliseconds maximum = std::chrono::seconds(30),
                     double jitter = 0.2);

    // The delay before the next attempt; the one after it is twice as long.
    std::chrono::milliseconds next();
    void reset() { m_current = m_initial; }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_maximum;
    double m_jitter;
    std::chrono::milliseconds m_current;
};

// `base` scaled by a random factor in [1 - spread, 1 + spread].
std::chrono::milliseconds jittered(std::chrono::milliseconds base, double spread);

} // namespace treeops::storage::redis

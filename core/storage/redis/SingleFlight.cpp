#include "storage/redis/SingleFlight.h"

namespace treeops::storage::redis {

SingleFlight::Result SingleFlight::run(const QByteArray& key, const std::function<Result()>& work) {
    std::promise<Result> promise;
    std::shared_future<Result> running;
    {
        const std::lock_guard lock(m_mutex);
        const auto flight = m_flights.constFind(key);
        if (flight != m_flights.cend())
            running = *flight;
        else
            m_flights.insert(key, promise.get_future().share());
    }
    if (running.valid())
        return running.get(); // outside the lock, so other keys are not held up
    try {
        Result result = work();
        // Removed before the result is published: a caller arriving after this starts its own
        // flight, and finds the value the work put in the cache.
        finish(key);
        promise.set_value(result);
        return result;
    } catch (...) {
        finish(key);
        promise.set_exception(std::current_exception());
        throw;
    }
}

void SingleFlight::finish(const QByteArray& key) {
    const std::lock_guard lock(m_mutex);
    m_flights.remove(key);
}

} // namespace treeops::storage::redis

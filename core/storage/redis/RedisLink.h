#pragma once

#include "storage/StoreError.h"
#include "storage/redis/Backoff.h"
#include "storage/redis/RedisConnection.h"

#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>

namespace treeops::storage::redis {

struct LinkOptions {
    ConnectionOptions connection;
    std::chrono::milliseconds backoffInitial{500};
    std::chrono::milliseconds backoffMaximum{30000};
};

// A connection that may come and go. Callers never see a Redis error: run() answers nullopt
// while Redis is away, and the link reconnects on a later call once the backoff delay has
// passed (0.5 s doubling to 30 s, with jitter), so a stopped server is not hammered.
//
// Thread safety: any thread may call any method. There is one connection; run() holds a mutex
// for the command's round trip, so commands of several threads take turns. Connecting happens
// outside that mutex: while one thread connects, the others get nullopt at once instead of
// queueing behind the connect timeout.
class RedisLink {
public:
    enum class State { Offline, Online };
    // Called on every change of state, from the thread that noticed it, without locks held.
    using StateCallback = std::function<void(State state, const QString& reason)>;

    RedisLink(RedisUrl url, LinkOptions options, StateCallback onStateChange = {});

    // Runs `work(connection)` and returns its result; nullopt when Redis is away or when it
    // answered with an error (logged). `work` may throw StoreError and nothing else.
    template <class Work>
    auto run(Work&& work) -> std::optional<std::invoke_result_t<Work&, RedisConnection&>>;

    // Connects now if a connection is due; for a timer or a "Retry now" button.
    void probe() { connectIfDue(); }

    State state() const;
    QString lastError() const;
    const RedisUrl& url() const { return m_url; }

private:
    using Clock = std::chrono::steady_clock;
    struct Change {
        State state;
        QString reason;
    };

    void connectIfDue();
    std::optional<Change> failedLocked(const StoreError& error);
    void notify(const std::optional<Change>& change) const;

    const RedisUrl m_url;
    const LinkOptions m_options;
    const StateCallback m_onStateChange;

    mutable std::mutex m_mutex;
    std::unique_ptr<RedisConnection> m_connection;
    State m_state = State::Offline;
    bool m_connecting = false;
    Clock::time_point m_nextAttempt; // the first attempt is due at once
    Backoff m_backoff;
    QString m_lastError;
};

template <class Work>
auto RedisLink::run(Work&& work) -> std::optional<std::invoke_result_t<Work&, RedisConnection&>> {
    connectIfDue();
    std::optional<Change> change;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_connection)
            return std::nullopt;
        try {
            return work(*m_connection);
        } catch (const StoreError& error) {
            change = failedLocked(error);
        }
    }
    notify(change);
    return std::nullopt;
}

} // namespace treeops::storage::redis

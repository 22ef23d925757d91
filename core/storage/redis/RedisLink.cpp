#include "storage/redis/RedisLink.h"

#include <QDebug>

namespace treeops::storage::redis {

RedisLink::RedisLink(RedisUrl url, LinkOptions options, StateCallback onStateChange)
    : m_url(std::move(url))
    , m_options(options)
    , m_onStateChange(std::move(onStateChange))
    , m_backoff(options.backoffInitial, options.backoffMaximum) {}

RedisLink::State RedisLink::state() const {
    const std::lock_guard lock(m_mutex);
    return m_state;
}

QString RedisLink::lastError() const {
    const std::lock_guard lock(m_mutex);
    return m_lastError;
}

void RedisLink::connectIfDue() {
    {
        const std::lock_guard lock(m_mutex);
        if (m_connection || m_connecting || Clock::now() < m_nextAttempt)
            return;
        m_connecting = true;
    }
    std::unique_ptr<RedisConnection> fresh;
    QString error;
    try {
        fresh = std::make_unique<RedisConnection>(m_url, m_options.connection);
    } catch (const StoreError& failure) {
        error = failure.message();
    }
    std::optional<Change> change;
    {
        const std::lock_guard lock(m_mutex);
        m_connecting = false;
        if (fresh) {
            m_connection = std::move(fresh);
            m_backoff.reset();
            m_lastError.clear();
            m_state = State::Online;
            change = Change{State::Online, QString()};
        } else {
            m_nextAttempt = Clock::now() + m_backoff.next();
            // Every failed attempt is not news; going offline (or a new reason) is.
            if (m_state != State::Offline || m_lastError != error)
                change = Change{State::Offline, error};
            m_state = State::Offline;
            m_lastError = error;
        }
    }
    notify(change);
}

std::optional<RedisLink::Change> RedisLink::failedLocked(const StoreError& error) {
    if (error.kind() != StoreError::Kind::Unavailable) {
        // The server answered; the connection is fine, only this command failed.
        qWarning().noquote() << error.message();
        return std::nullopt;
    }
    m_connection.reset();
    m_lastError = error.message();
    m_state = State::Offline;
    // A broken connection is usually a restart: the first attempt comes soon, later ones back
    // off.
    m_nextAttempt = Clock::now() + m_backoff.next();
    return Change{State::Offline, error.message()};
}

void RedisLink::notify(const std::optional<Change>& change) const {
    if (change && m_onStateChange)
        m_onStateChange(change->state, change->reason);
}

} // namespace treeops::storage::redis

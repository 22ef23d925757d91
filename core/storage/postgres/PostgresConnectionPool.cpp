#include "storage/postgres/PostgresConnectionPool.h"

#include "storage/postgres/PostgresErrors.h"

#include <pqxx/connection_base>

namespace treeops::storage {

PostgresConnectionPool::PostgresConnectionPool(PostgresTarget target, int size, Setup setup)
    : m_target(std::move(target))
    , m_size(std::max(1, size))
    , m_setup(std::move(setup)) {}

PostgresConnectionPool::~PostgresConnectionPool() = default;

PostgresConnectionPool::Lease::Lease(PostgresConnectionPool& pool, PostgresConnectionPtr connection,
                                     bool fresh)
    : m_pool(&pool)
    , m_connection(std::move(connection))
    , m_fresh(fresh) {}

PostgresConnectionPool::Lease::Lease(Lease&& other) noexcept
    : m_pool(other.m_pool)
    , m_connection(std::move(other.m_connection))
    , m_fresh(other.m_fresh) {}

PostgresConnectionPool::Lease::~Lease() {
    if (m_connection)
        m_pool->giveBack(std::move(m_connection));
}

PostgresConnectionPool::Lease PostgresConnectionPool::checkout() {
    std::unique_lock lock(m_mutex);
    m_returned.wait(lock, [this] { return !m_idle.empty() || m_open < m_size; });
    while (!m_idle.empty()) {
        PostgresConnectionPtr connection = std::move(m_idle.back());
        m_idle.pop_back();
        if (connection->is_open())
            return Lease(*this, std::move(connection), false);
        --m_open; // broken while idle: replaced below
    }
    ++m_open;
    lock.unlock();
    // Connecting takes a round trip or more: done outside the lock so other threads can
    // check out idle connections meanwhile.
    try {
        return Lease(*this, open(), true);
    } catch (...) {
        lock.lock();
        --m_open;
        m_returned.notify_one();
        throw;
    }
}

PostgresConnectionPtr PostgresConnectionPool::open() {
    PostgresConnectionPtr connection = m_target.connect();
    try {
        if (m_setup)
            m_setup(*connection);
    } catch (...) {
        rethrowAsStoreError(m_target.description());
    }
    return connection;
}

void PostgresConnectionPool::adopt(PostgresConnectionPtr connection) {
    try {
        if (m_setup)
            m_setup(*connection);
    } catch (...) {
        rethrowAsStoreError(m_target.description());
    }
    {
        const std::lock_guard lock(m_mutex);
        ++m_open;
    }
    giveBack(std::move(connection));
}

void PostgresConnectionPool::giveBack(PostgresConnectionPtr connection) {
    {
        const std::lock_guard lock(m_mutex);
        if (connection->is_open())
            m_idle.push_back(std::move(connection));
        else
            --m_open;
    }
    m_returned.notify_one();
}

} // namespace treeops::storage

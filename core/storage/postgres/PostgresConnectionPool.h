#pragma once

#include "storage/postgres/PostgresConnection.h"

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace treeops::storage {

// A few connections to one database, each used by one thread at a time. Connections open on
// demand up to `size`; a checkout waits while all are busy. A connection found broken (server
// restarted, network lost) is dropped and replaced by a fresh one on a later checkout, so a
// store recovers by itself once the server is back.
class PostgresConnectionPool {
public:
    // `setup` runs once on every new connection (prepared statements).
    using Setup = std::function<void(pqxx::connection_base&)>;

    PostgresConnectionPool(PostgresTarget target, int size, Setup setup);
    ~PostgresConnectionPool();
    PostgresConnectionPool(const PostgresConnectionPool&) = delete;
    PostgresConnectionPool& operator=(const PostgresConnectionPool&) = delete;

    // Exclusive use of one connection until destroyed; then it goes back to the pool, unless
    // it was found broken.
    class Lease {
    public:
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        pqxx::connection_base& connection() const { return *m_connection; }
        // Opened for this lease, so it cannot have gone stale while idle.
        bool fresh() const { return m_fresh; }

    private:
        friend class PostgresConnectionPool;
        Lease(PostgresConnectionPool& pool, PostgresConnectionPtr connection, bool fresh);
        PostgresConnectionPool* m_pool;
        PostgresConnectionPtr m_connection;
        bool m_fresh;
    };

    Lease checkout();
    // Takes a connection opened elsewhere (the one that ran the migrations) into the pool.
    void adopt(PostgresConnectionPtr connection);
    const PostgresTarget& target() const { return m_target; }

private:
    PostgresConnectionPtr open();
    void giveBack(PostgresConnectionPtr connection);

    const PostgresTarget m_target;
    const int m_size;
    const Setup m_setup;
    std::mutex m_mutex;
    std::condition_variable m_returned;
    std::vector<PostgresConnectionPtr> m_idle;
    int m_open = 0; // idle and leased
};

} // namespace treeops::storage

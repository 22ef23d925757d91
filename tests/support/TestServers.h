#pragma once

#include <QString>

namespace treeops::test {

// The throwaway PostgreSQL and Redis that tests/fixtures/test-servers.sh starts for the tests
// registered with SERVERS. Reading the environment file also exports PGPASSFILE and
// REDISCLI_AUTH, so libpq and TreeOps find the credentials the way a user's machine provides
// them, never in a URL.
class TestServers {
public:
    // Stops the program with a clear message when the fixture did not run.
    static TestServers& instance();

    QString postgresUrl() const { return m_postgresUrl; }
    QString redisUrl() const { return m_redisUrl; }
    int postgresPort() const { return m_postgresPort; }
    int redisPort() const { return m_redisPort; }

    // Really stops or restarts a server, on the same port and data, for the fault tests.
    void stopPostgres() const;
    void startPostgres() const;
    void stopRedis() const;
    void startRedis() const;

private:
    TestServers();
    void run(const QString& command) const;

    QString m_dir;
    QString m_script;
    QString m_postgresUrl;
    QString m_redisUrl;
    int m_postgresPort = 0;
    int m_redisPort = 0;
};

} // namespace treeops::test

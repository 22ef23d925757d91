#include "TestServers.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTextStream>

namespace treeops::test {
namespace {

using namespace Qt::StringLiterals;

constexpr int ScriptTimeoutMs = 60000;

[[noreturn]] void stop(const QString& message) {
    qFatal("test servers: %s", qPrintable(message));
}

QHash<QString, QString> readEnvironmentFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        stop(u"cannot read %1 (is the test_servers_start fixture registered?)"_s.arg(path));
    QHash<QString, QString> values;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            values.insert(line.left(equals), line.mid(equals + 1));
    }
    return values;
}

} // namespace

TestServers& TestServers::instance() {
    static TestServers servers;
    return servers;
}

TestServers::TestServers()
    : m_dir(qEnvironmentVariable("TREEOPS_TEST_SERVERS_DIR"))
    , m_script(qEnvironmentVariable("TREEOPS_TEST_SERVERS_SCRIPT")) {
    if (m_dir.isEmpty() || m_script.isEmpty())
        stop(u"TREEOPS_TEST_SERVERS_DIR and TREEOPS_TEST_SERVERS_SCRIPT are not set; run this "
             "test through ctest"_s);
    const QHash<QString, QString> values = readEnvironmentFile(m_dir + u"/servers.env"_s);
    m_postgresUrl = values.value(u"TREEOPS_TEST_PG_URL"_s);
    m_redisUrl = values.value(u"TREEOPS_TEST_REDIS_URL"_s);
    m_postgresPort = values.value(u"TREEOPS_TEST_PG_PORT"_s).toInt();
    m_redisPort = values.value(u"TREEOPS_TEST_REDIS_PORT"_s).toInt();
    for (const char* name : {"PGPASSFILE", "REDISCLI_AUTH"})
        qputenv(name, values.value(QString::fromLatin1(name)).toUtf8());
}

void TestServers::run(const QString& command) const {
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedChannels);
    script.start(u"bash"_s, {m_script, command, m_dir});
    if (!script.waitForFinished(ScriptTimeoutMs) || script.exitStatus() != QProcess::NormalExit ||
        script.exitCode() != 0)
        stop(u"`%1 %2` failed"_s.arg(m_script, command));
}

void TestServers::stopPostgres() const {
    run(u"stop-postgres"_s);
}

void TestServers::startPostgres() const {
    run(u"start-postgres"_s);
}

void TestServers::stopRedis() const {
    run(u"stop-redis"_s);
}

void TestServers::startRedis() const {
    run(u"start-redis"_s);
}

} // namespace treeops::test

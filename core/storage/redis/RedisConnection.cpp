#include "storage/redis/RedisConnection.h"

#include "i18n/Translate.h"
#include "storage/StoreError.h"

#include <QElapsedTimer>
#include <array>
#include <cerrno>
#include <hiredis/hiredis.h>
#include <poll.h>
#include <vector>

namespace treeops::storage::redis {
namespace {

using namespace Qt::StringLiterals;

timeval toTimeval(std::chrono::milliseconds duration) {
    timeval tv{};
    tv.tv_sec = static_cast<time_t>(duration.count() / 1000);
    tv.tv_usec = static_cast<suseconds_t>((duration.count() % 1000) * 1000);
    return tv;
}

// Commands have a handful of arguments; only SCAN batches for UNLINK need more, and those may
// allocate.
constexpr std::size_t InlineArguments = 8;

class ArgumentArrays {
public:
    explicit ArgumentArrays(std::span<const QByteArrayView> arguments) {
        if (arguments.size() > InlineArguments) {
            m_heapData.resize(arguments.size());
            m_heapLengths.resize(arguments.size());
        }
        const char** data = pointers();
        std::size_t* lengths = this->lengths();
        for (std::size_t i = 0; i < arguments.size(); ++i) {
            data[i] = arguments[i].data();
            lengths[i] = static_cast<std::size_t>(arguments[i].size());
        }
    }
    const char** pointers() { return m_heapData.empty() ? m_data.data() : m_heapData.data(); }
    std::size_t* lengths() { return m_heapData.empty() ? m_lengths.data() : m_heapLengths.data(); }

private:
    std::array<const char*, InlineArguments> m_data{};
    std::array<std::size_t, InlineArguments> m_lengths{};
    std::vector<const char*> m_heapData;
    std::vector<std::size_t> m_heapLengths;
};

// Redis answers AUTH this way when it has no password; a password in REDISCLI_AUTH meant for
// another server is then harmless, as it is for redis-cli.
bool isNoPasswordConfigured(QByteArrayView error) {
    return error.startsWith("ERR AUTH <password> called without") ||
           error.startsWith("ERR Client sent AUTH, but no password is set");
}

QString serverText(QByteArrayView bytes) {
    return QString::fromUtf8(bytes).trimmed();
}

} // namespace

// --- RedisReply -----------------------------------------------------------------------------

RedisReply::RedisReply(redisReply* reply)
    : m_reply(reply) {}

void RedisReply::Free::operator()(redisReply* reply) const {
    freeReplyObject(reply);
}

bool RedisReply::isNil() const {
    return m_reply->type == REDIS_REPLY_NIL;
}

bool RedisReply::isString() const {
    return m_reply->type == REDIS_REPLY_STRING || m_reply->type == REDIS_REPLY_STATUS;
}

bool RedisReply::isInteger() const {
    return m_reply->type == REDIS_REPLY_INTEGER;
}

bool RedisReply::isArray() const {
    return m_reply->type == REDIS_REPLY_ARRAY;
}

bool RedisReply::isError() const {
    return m_reply->type == REDIS_REPLY_ERROR;
}

QByteArrayView RedisReply::bytes() const {
    return bytesOf(m_reply.get());
}

QByteArrayView RedisReply::bytesOf(const redisReply* reply) {
    const bool hasText = reply->type == REDIS_REPLY_STRING || reply->type == REDIS_REPLY_STATUS ||
                         reply->type == REDIS_REPLY_ERROR;
    return hasText ? QByteArrayView(reply->str, static_cast<qsizetype>(reply->len))
                   : QByteArrayView();
}

long long RedisReply::integer() const {
    return m_reply->integer;
}

std::size_t RedisReply::size() const {
    return isArray() ? m_reply->elements : 0;
}

const redisReply* RedisReply::element(std::size_t index) const {
    return m_reply->element[index];
}

// --- RedisConnection ------------------------------------------------------------------------

RedisConnection::RedisConnection(const RedisUrl& url, const ConnectionOptions& options)
    : m_url(url)
    , m_options(options) {
    const QByteArray host = url.host.toUtf8();
    m_context =
        redisConnectWithTimeout(host.constData(), url.port, toTimeval(options.connectTimeout));
    if (m_context == nullptr)
        throw StoreError(
            StoreError::Kind::Unavailable,
            translate("Redis", "cannot reach Redis at %1: out of memory").arg(url.address()));
    if (m_context->err != 0) {
        const QString reason = QString::fromLocal8Bit(m_context->errstr);
        redisFree(m_context);
        throw StoreError(
            StoreError::Kind::Unavailable,
            translate("Redis", "cannot reach Redis at %1: %2").arg(url.address(), reason));
    }
    // From here on the destructor does not run if the constructor throws.
    try {
        if (redisSetTimeout(m_context, toTimeval(options.commandTimeout)) != REDIS_OK)
            throwBroken("setting the timeout");
        logIn();
    } catch (...) {
        redisFree(m_context);
        throw;
    }
}

RedisConnection::~RedisConnection() {
    redisFree(m_context);
}

void RedisConnection::logIn() {
    if (!m_url.password.isEmpty()) {
        const QByteArray user = m_url.user.toUtf8();
        const QByteArray password = m_url.password.toUtf8();
        void* raw = user.isEmpty()
                        ? redisCommand(m_context, "AUTH %b", password.constData(),
                                       static_cast<std::size_t>(password.size()))
                        : redisCommand(m_context, "AUTH %b %b", user.constData(),
                                       static_cast<std::size_t>(user.size()), password.constData(),
                                       static_cast<std::size_t>(password.size()));
        if (raw == nullptr)
            throwBroken("AUTH");
        const RedisReply reply(static_cast<redisReply*>(raw));
        if (reply.isError() && !isNoPasswordConfigured(reply.bytes()))
            throw StoreError(StoreError::Kind::InvalidInput,
                             translate("Redis", "Redis at %1 refused authentication: check the "
                                                "password in the URL or in REDISCLI_AUTH (%2)")
                                 .arg(m_url.address(), serverText(reply.bytes())));
    }
    const QByteArray database = QByteArray::number(m_url.database);
    void* raw = redisCommand(m_context, "SELECT %b", database.constData(),
                             static_cast<std::size_t>(database.size()));
    if (raw == nullptr)
        throwBroken("SELECT");
    const RedisReply reply(static_cast<redisReply*>(raw));
    if (!reply.isError())
        return;
    if (reply.bytes().startsWith("NOAUTH"))
        throw StoreError(StoreError::Kind::InvalidInput,
                         translate("Redis", "Redis at %1 requires a password: set REDISCLI_AUTH "
                                            "or write it in the URL as redis://:password@host")
                             .arg(m_url.address()));
    throw StoreError(StoreError::Kind::InvalidInput,
                     translate("Redis", "Redis at %1 has no database %2 (%3)")
                         .arg(m_url.address())
                         .arg(m_url.database)
                         .arg(serverText(reply.bytes())));
}

void RedisConnection::throwBroken(const char* during) const {
    const bool timedOut =
        m_context->err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK);
    if (timedOut)
        throw StoreError(StoreError::Kind::Unavailable,
                         translate("Redis", "Redis at %1 did not answer %2 within %3 ms")
                             .arg(m_url.address(), QString::fromLatin1(during))
                             .arg(m_options.commandTimeout.count()));
    if (m_context->err == REDIS_ERR_EOF)
        throw StoreError(
            StoreError::Kind::Unavailable,
            translate("Redis", "Redis at %1 closed the connection").arg(m_url.address()));
    throw StoreError(StoreError::Kind::Unavailable,
                     translate("Redis", "lost the connection to Redis at %1: %2")
                         .arg(m_url.address(), QString::fromLocal8Bit(m_context->errstr)));
}

RedisReply RedisConnection::checked(RedisReply reply, QByteArrayView commandName) const {
    if (!reply.isError())
        return reply;
    throw StoreError(
        StoreError::Kind::Failed,
        translate("Redis", "Redis at %1 refused %2: %3")
            .arg(m_url.address(), QString::fromLatin1(commandName), serverText(reply.bytes())));
}

RedisReply RedisConnection::command(std::initializer_list<QByteArrayView> arguments) {
    return command(std::span<const QByteArrayView>(arguments.begin(), arguments.size()));
}

RedisReply RedisConnection::command(std::span<const QByteArrayView> arguments) {
    ArgumentArrays arrays(arguments);
    void* raw = redisCommandArgv(m_context, static_cast<int>(arguments.size()), arrays.pointers(),
                                 arrays.lengths());
    const QByteArray name = arguments.empty() ? QByteArray() : arguments[0].toByteArray();
    if (raw == nullptr)
        throwBroken(name.constData());
    return checked(RedisReply(static_cast<redisReply*>(raw)), name);
}

ScanPage RedisConnection::scan(QByteArrayView cursor, QByteArrayView pattern, int count) {
    const QByteArray countText = QByteArray::number(count);
    const RedisReply reply = command({"SCAN", cursor, "MATCH", pattern, "COUNT", countText});
    if (reply.size() != 2 || reply.element(1)->type != REDIS_REPLY_ARRAY)
        throw StoreError(StoreError::Kind::Failed,
                         translate("Redis", "Redis at %1 answered SCAN in an unexpected form")
                             .arg(m_url.address()));
    ScanPage page;
    page.cursor = RedisReply::bytesOf(reply.element(0)).toByteArray();
    const redisReply* keys = reply.element(1);
    page.keys.reserve(static_cast<qsizetype>(keys->elements));
    for (std::size_t i = 0; i < keys->elements; ++i)
        page.keys.append(RedisReply::bytesOf(keys->element[i]).toByteArray());
    return page;
}

PingResult RedisConnection::ping() {
    PingResult result;
    QElapsedTimer clock;
    clock.start();
    command({"PING"});
    result.roundTrip = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::nanoseconds(clock.nsecsElapsed()));
    const RedisReply info = command({"INFO", "server"});
    for (QByteArrayView line : QByteArray(info.bytes().toByteArray()).split('\n')) {
        if (line.startsWith("redis_version:"))
            result.serverVersion = serverText(line.sliced(qsizetype(sizeof("redis_version:")) - 1));
    }
    return result;
}

std::optional<RedisReply> RedisConnection::waitForPush(std::chrono::milliseconds timeout) {
    void* raw = nullptr;
    // A message may already sit in the reader's buffer from the previous read.
    if (redisGetReplyFromReader(m_context, &raw) != REDIS_OK)
        throwBroken("a subscription");
    if (raw != nullptr)
        return RedisReply(static_cast<redisReply*>(raw));
    pollfd socket{m_context->fd, POLLIN, 0};
    const int ready = ::poll(&socket, 1, static_cast<int>(timeout.count()));
    if (ready == 0 || (ready < 0 && errno == EINTR))
        return std::nullopt;
    if (ready < 0 || redisBufferRead(m_context) != REDIS_OK ||
        redisGetReplyFromReader(m_context, &raw) != REDIS_OK)
        throwBroken("a subscription");
    if (raw == nullptr)
        return std::nullopt;
    return RedisReply(static_cast<redisReply*>(raw));
}

} // namespace treeops::storage::redis

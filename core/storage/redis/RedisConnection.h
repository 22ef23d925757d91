#pragma once

#include "storage/redis/RedisUrl.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <chrono>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>

// hiredis stays out of TreeOps headers: both are C structs, declared here by their tags.
struct redisContext;
struct redisReply;

namespace treeops::storage::redis {

struct ConnectionOptions {
    std::chrono::milliseconds connectTimeout{2000};
    // Applies to every command; a command that times out leaves the connection unusable.
    std::chrono::milliseconds commandTimeout{1000};
};

// One reply of the server, freed with the connection's allocator when it goes.
class RedisReply {
public:
    explicit RedisReply(redisReply* reply);

    bool isNil() const;
    bool isString() const; // a bulk or status string
    bool isInteger() const;
    bool isArray() const;
    bool isError() const;
    // The bytes of a string, status or error reply; empty for the others.
    QByteArrayView bytes() const;
    long long integer() const;
    std::size_t size() const; // elements of an array reply
    const redisReply* element(std::size_t index) const;
    static QByteArrayView bytesOf(const redisReply* reply);

private:
    struct Free {
        void operator()(redisReply* reply) const;
    };
    std::unique_ptr<redisReply, Free> m_reply;
};

struct ScanPage {
    QByteArray cursor; // "0" after the last page
    QList<QByteArray> keys;
};

struct PingResult {
    QString serverVersion; // "7.0.15", from INFO server
    std::chrono::microseconds roundTrip{0};
};

// One blocking connection to Redis, logged in and on the URL's database. Not thread-safe: one
// thread at a time (RedisLink adds the lock and the reconnection).
//
// Errors are StoreError: Unavailable when the server cannot be reached, stops answering or
// closes the connection (the object is then broken for good: make a new one); InvalidInput
// when it refuses the password or the database; Failed when it answers a command with an
// error (the connection stays usable).
class RedisConnection {
public:
    explicit RedisConnection(const RedisUrl& url, const ConnectionOptions& options = {});
    ~RedisConnection();
    RedisConnection(const RedisConnection&) = delete;
    RedisConnection& operator=(const RedisConnection&) = delete;

    // Arguments are binary-safe: no formatting, no copies before the write buffer.
    RedisReply command(std::initializer_list<QByteArrayView> arguments);
    RedisReply command(std::span<const QByteArrayView> arguments);

    // One SCAN step over the keys matching `pattern`.
    ScanPage scan(QByteArrayView cursor, QByteArrayView pattern, int count);

    // For "Test connection": the server's version and the round trip of one PING.
    PingResult ping();

    // For a subscribed connection: waits up to `timeout` for a message the server pushes.
    std::optional<RedisReply> waitForPush(std::chrono::milliseconds timeout);

    const RedisUrl& url() const { return m_url; }

private:
    void logIn();
    [[noreturn]] void throwBroken(const char* during) const;
    RedisReply checked(RedisReply reply, QByteArrayView commandName) const;

    RedisUrl m_url;
    ConnectionOptions m_options;
    redisContext* m_context = nullptr;
};

} // namespace treeops::storage::redis

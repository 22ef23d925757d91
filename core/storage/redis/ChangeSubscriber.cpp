#include "storage/redis/ChangeSubscriber.h"

#include <QDeadlineTimer>
#include <QThread>

namespace treeops::storage::redis {
namespace {

// How often the subscriber looks up from the socket to see whether it should stop.
constexpr std::chrono::milliseconds PollInterval{100};

} // namespace

ChangeSubscriber::ChangeSubscriber(RedisUrl url, QString ownOrigin, LinkOptions options)
    : m_url(std::move(url))
    , m_ownOrigin(std::move(ownOrigin))
    , m_options(options) {}

bool ChangeSubscriber::stopping() const {
    return QThread::currentThread()->isInterruptionRequested();
}

void ChangeSubscriber::pause(std::chrono::milliseconds delay) const {
    const QDeadlineTimer deadline(delay);
    while (!stopping() && !deadline.hasExpired())
        QThread::msleep(static_cast<unsigned long>(
            std::min<qint64>(deadline.remainingTime(), PollInterval.count())));
}

std::unique_ptr<RedisConnection> ChangeSubscriber::subscribe() {
    auto connection = std::make_unique<RedisConnection>(m_url, m_options.connection);
    connection->command({"SUBSCRIBE", ChangeChannel});
    return connection;
}

void ChangeSubscriber::run() {
    Backoff backoff(m_options.backoffInitial, m_options.backoffMaximum);
    std::unique_ptr<RedisConnection> connection;
    QString lastError;
    while (!stopping()) {
        try {
            if (!connection) {
                connection = subscribe();
                backoff.reset();
                lastError.clear();
                Q_EMIT subscriptionChanged(true, QString());
            }
            if (const std::optional<RedisReply> push = connection->waitForPush(PollInterval))
                handle(*push);
        } catch (const StoreError& error) {
            const bool wasSubscribed = connection != nullptr;
            connection.reset();
            if (wasSubscribed || error.message() != lastError)
                Q_EMIT subscriptionChanged(false, error.message());
            lastError = error.message();
            pause(backoff.next());
        }
    }
}

void ChangeSubscriber::handle(const RedisReply& push) {
    // ["message", channel, payload]; subscribe confirmations and others are not changes.
    if (push.size() != 3 || RedisReply::bytesOf(push.element(0)) != "message")
        return;
    const std::optional<ChangeMessage> message =
        ChangeMessage::fromJson(RedisReply::bytesOf(push.element(2)));
    if (message && message->origin != m_ownOrigin)
        Q_EMIT received(*message);
}

} // namespace treeops::storage::redis

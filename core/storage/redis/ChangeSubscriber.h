#pragma once

#include "storage/redis/ChangeMessage.h"
#include "storage/redis/RedisLink.h"

#include <QObject>

namespace treeops::storage::redis {

class RedisReply;

// The worker of a ChangeFeed: lives in the feed's thread and, in run(), stays subscribed to
// the change channel until the thread is asked to stop (requestInterruption()). When Redis goes
// away it reconnects with backoff and subscribes again.
class ChangeSubscriber : public QObject {
    Q_OBJECT
public:
    ChangeSubscriber(RedisUrl url, QString ownOrigin, LinkOptions options);

public Q_SLOTS:
    void run();

Q_SIGNALS:
    // A change made by another console.
    void received(const treeops::storage::redis::ChangeMessage& message);
    void subscriptionChanged(bool subscribed, const QString& reason);

private:
    std::unique_ptr<RedisConnection> subscribe();
    void handle(const RedisReply& push);
    void pause(std::chrono::milliseconds delay) const;
    bool stopping() const;

    const RedisUrl m_url;
    const QString m_ownOrigin;
    const LinkOptions m_options;
};

} // namespace treeops::storage::redis

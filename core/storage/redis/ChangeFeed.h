#pragma once

#include "storage/redis/ChangeMessage.h"
#include "storage/redis/RedisLink.h"

#include <QObject>
#include <QThread>

namespace treeops::storage::redis {

class ChangeSubscriber;

// Tells other consoles about changes, and hears theirs, over Redis publish/subscribe.
//
// publish() may be called from any thread (one mutex-guarded connection, as HotCache's) and
// never throws: while Redis is away it answers false and the change is simply not announced
// (other consoles still see it on their next list refresh). Listening runs in a thread of its
// own, between start() and stop(); changed() is emitted in the feed's thread, for changes of
// other consoles only.
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    ChangeFeed(const RedisUrl& url, QString consoleId, LinkOptions options = {},
               QObject* parent = nullptr);
    ~ChangeFeed() override;

    // A fresh id for this console (a UUID), for the constructor.
    static QString newConsoleId();

    void start();
    // Returns once the listening thread has ended: within the poll interval (0.1 s), or the
    // connect timeout if it is connecting at that moment.
    void stop();

    bool publish(QStringView assessmentId, ChangeKind kind, qint64 rowVersion);

    bool isSubscribed() const { return m_subscribed; }
    const QString& consoleId() const { return m_consoleId; }

Q_SIGNALS:
    void changed(const treeops::storage::redis::ChangeMessage& message);
    void subscriptionChanged(bool subscribed, const QString& reason);

private:
    void setSubscribed(bool subscribed, const QString& reason);

    const RedisUrl m_url;
    const QString m_consoleId;
    const LinkOptions m_options;
    RedisLink m_publisher;
    QThread m_thread;
    ChangeSubscriber* m_subscriber = nullptr; // lives in m_thread while it runs
    bool m_subscribed = false;
};

} // namespace treeops::storage::redis

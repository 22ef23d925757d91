#include "storage/redis/ChangeFeed.h"

#include "storage/redis/ChangeSubscriber.h"

#include <QUuid>

namespace treeops::storage::redis {

using namespace Qt::StringLiterals;

ChangeFeed::ChangeFeed(const RedisUrl& url, QString consoleId, LinkOptions options, QObject* parent)
    : QObject(parent)
    , m_url(url)
    , m_consoleId(std::move(consoleId))
    , m_options(options)
    , m_publisher(url, options) {
    qRegisterMetaType<ChangeMessage>();
    m_thread.setObjectName(u"ChangeFeed"_s);
}

ChangeFeed::~ChangeFeed() {
    stop();
}

QString ChangeFeed::newConsoleId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ChangeFeed::start() {
    if (m_subscriber != nullptr)
        return;
    m_subscriber = new ChangeSubscriber(m_url, m_consoleId, m_options);
    m_subscriber->moveToThread(&m_thread);
    connect(m_subscriber, &ChangeSubscriber::received, this, &ChangeFeed::changed);
    connect(m_subscriber, &ChangeSubscriber::subscriptionChanged, this, &ChangeFeed::setSubscribed);
    m_thread.start();
    QMetaObject::invokeMethod(m_subscriber, &ChangeSubscriber::run, Qt::QueuedConnection);
}

void ChangeFeed::stop() {
    if (m_subscriber == nullptr)
        return;
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
    // The thread has finished: the worker can go from here.
    delete m_subscriber;
    m_subscriber = nullptr;
    setSubscribed(false, QString());
}

bool ChangeFeed::publish(QStringView assessmentId, ChangeKind kind, qint64 rowVersion) {
    const ChangeMessage message{assessmentId.toString(), kind, rowVersion, m_consoleId};
    const QByteArray payload = message.toJson();
    return m_publisher
        .run([&](RedisConnection& redis) {
            redis.command({"PUBLISH", ChangeChannel, payload});
            return true;
        })
        .has_value();
}

void ChangeFeed::setSubscribed(bool subscribed, const QString& reason) {
    if (m_subscribed == subscribed && subscribed)
        return;
    m_subscribed = subscribed;
    Q_EMIT subscriptionChanged(subscribed, reason);
}

} // namespace treeops::storage::redis

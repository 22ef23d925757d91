#pragma once

#include <QByteArray>
#include <QHash>
#include <functional>
#include <future>
#include <mutex>
#include <optional>

namespace treeops::storage::redis {

// Collapses concurrent loads of one key: the first caller runs the work, callers arriving
// while it runs wait for it and share its result, or its exception.
class SingleFlight {
public:
    using Result = std::optional<QByteArray>;

    Result run(const QByteArray& key, const std::function<Result()>& work);

private:
    void finish(const QByteArray& key);

    std::mutex m_mutex;
    QHash<QByteArray, std::shared_future<Result>> m_flights;
};

} // namespace treeops::storage::redis

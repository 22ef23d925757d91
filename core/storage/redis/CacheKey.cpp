#include "storage/redis/CacheKey.h"

namespace treeops::storage::redis {

CacheKey::CacheKey(QByteArrayView kind, QStringView name) {
    const QByteArray utf8 = name.toUtf8();
    m_bytes.reserve(KeyPrefix.size() + kind.size() + 1 + utf8.size());
    m_bytes.append(KeyPrefix).append(kind).append(':').append(utf8);
}

CacheKey CacheKey::assessment(QStringView id) {
    return CacheKey("assessment", id);
}

CacheKey CacheKey::quote(QStringView assessmentId) {
    return CacheKey("quote", assessmentId);
}

CacheKey CacheKey::catalog(QStringView version) {
    return CacheKey("catalog", version);
}

CacheKey CacheKey::rates(QStringView version) {
    return CacheKey("rates", version);
}

} // namespace treeops::storage::redis

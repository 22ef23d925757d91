#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace treeops::storage::redis {

// Every key TreeOps writes starts with this prefix; the version changes when the format of the
// values does, so an upgraded console never reads entries of an older one.
inline constexpr QByteArrayView KeyPrefix{"treeops:v1:"};
// The SCAN pattern of our keys (the prefix holds no glob characters).
inline constexpr QByteArrayView KeyPattern{"treeops:v1:*"};

// The Redis key of one cached object, built once per lookup.
class CacheKey {
public:
    static CacheKey assessment(QStringView id);
    static CacheKey quote(QStringView assessmentId);
    static CacheKey catalog(QStringView version);
    static CacheKey rates(QStringView version);

    const QByteArray& bytes() const { return m_bytes; }
    friend bool operator==(const CacheKey&, const CacheKey&) = default;

private:
    CacheKey(QByteArrayView kind, QStringView name);
    QByteArray m_bytes;
};

} // namespace treeops::storage::redis

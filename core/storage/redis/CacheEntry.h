#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace treeops::storage::redis {

// What TreeOps stores under a key: a 12-byte header, then the payload.
//   "TO"  format version (1)  kind (0 value, 1 known absent)  length (u32 LE)  CRC-32 (u32 LE)
// A value that fails any check (someone else's write, a truncated or flipped value) is treated
// as corrupt, so a damaged entry is dropped rather than shown.
namespace cache_entry {

enum class Kind : quint8 { Value = 0, Absent = 1 };

inline constexpr qsizetype HeaderSize = 12;
inline constexpr quint8 FormatVersion = 1;

struct Decoded {
    Kind kind = Kind::Value;
    QByteArrayView payload; // points into the decoded bytes
};

QByteArray encode(Kind kind, QByteArrayView payload = {});
std::optional<Decoded> decode(QByteArrayView stored);

// CRC-32 (IEEE 802.3, as zlib computes it).
quint32 crc32(QByteArrayView bytes);

} // namespace cache_entry
} // namespace treeops::storage::redis

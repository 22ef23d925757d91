#include "storage/redis/CacheEntry.h"

#include <QtEndian>
#include <array>

namespace treeops::storage::redis::cache_entry {
namespace {

constexpr char Magic0 = 'T';
constexpr char Magic1 = 'O';
constexpr quint32 Polynomial = 0xEDB88320U; // reflected IEEE polynomial

constexpr std::array<quint32, 256> makeCrcTable() {
    std::array<quint32, 256> table{};
    for (quint32 byte = 0; byte < 256; ++byte) {
        quint32 crc = byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1U) != 0 ? (crc >> 1) ^ Polynomial : crc >> 1;
        table[byte] = crc;
    }
    return table;
}

constexpr std::array<quint32, 256> CrcTable = makeCrcTable();

} // namespace

quint32 crc32(QByteArrayView bytes) {
    quint32 crc = 0xFFFFFFFFU;
    for (const char c : bytes)
        crc = CrcTable[(crc ^ static_cast<quint8>(c)) & 0xFFU] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

QByteArray encode(Kind kind, QByteArrayView payload) {
    QByteArray stored(HeaderSize + payload.size(), Qt::Uninitialized);
    char* out = stored.data();
    out[0] = Magic0;
    out[1] = Magic1;
    out[2] = static_cast<char>(FormatVersion);
    out[3] = static_cast<char>(kind);
    qToLittleEndian(static_cast<quint32>(payload.size()), out + 4);
    qToLittleEndian(crc32(payload), out + 8);
    std::copy(payload.begin(), payload.end(), out + HeaderSize);
    return stored;
}

std::optional<Decoded> decode(QByteArrayView stored) {
    if (stored.size() < HeaderSize || stored[0] != Magic0 || stored[1] != Magic1 ||
        static_cast<quint8>(stored[2]) != FormatVersion)
        return std::nullopt;
    const auto kind = static_cast<quint8>(stored[3]);
    if (kind > static_cast<quint8>(Kind::Absent))
        return std::nullopt;
    const QByteArrayView payload = stored.sliced(HeaderSize);
    if (qFromLittleEndian<quint32>(stored.data() + 4) != static_cast<quint32>(payload.size()) ||
        qFromLittleEndian<quint32>(stored.data() + 8) != crc32(payload))
        return std::nullopt;
    return Decoded{static_cast<Kind>(kind), payload};
}

} // namespace treeops::storage::redis::cache_entry

#include "storage/redis/CacheEntry.h"

#include <QtEndian>
#include <array>

namespace treeops::storage::redis::cache_entry {
namespace {

constexpr char Magic0 = 'T';
constexpr char Magic1 = 'O';
constexpr quint32 Polynomial = 0xEDB88320U; // reflected IEEE polynomial

// Slicing-by-8: eight tables let the loop fold eight bytes per step instead of one, which
// takes the check of a 3 KB quote from several microseconds to well under one, small beside
// the Redis round trip it guards. Table k maps a byte to its CRC shifted through k more zero
// bytes.
using CrcTables = std::array<std::array<quint32, 256>, 8>;

constexpr CrcTables makeCrcTables() {
    CrcTables tables{};
    for (quint32 byte = 0; byte < 256; ++byte) {
        quint32 crc = byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1U) != 0 ? (crc >> 1) ^ Polynomial : crc >> 1;
        tables[0][byte] = crc;
    }
    for (std::size_t k = 1; k < tables.size(); ++k) {
        for (std::size_t byte = 0; byte < 256; ++byte) {
            const quint32 previous = tables[k - 1][byte];
            tables[k][byte] = (previous >> 8) ^ tables[0][previous & 0xFFU];
        }
    }
    return tables;
}

constexpr CrcTables Crc = makeCrcTables();

} // namespace

quint32 crc32(QByteArrayView bytes) {
    quint32 crc = 0xFFFFFFFFU;
    const char* data = bytes.data();
    qsizetype left = bytes.size();
    for (; left >= 8; left -= 8, data += 8) {
        const quint32 low = crc ^ qFromLittleEndian<quint32>(data);
        const quint32 high = qFromLittleEndian<quint32>(data + 4);
        crc = Crc[7][low & 0xFFU] ^ Crc[6][(low >> 8) & 0xFFU] ^ Crc[5][(low >> 16) & 0xFFU] ^
              Crc[4][low >> 24] ^ Crc[3][high & 0xFFU] ^ Crc[2][(high >> 8) & 0xFFU] ^
              Crc[1][(high >> 16) & 0xFFU] ^ Crc[0][high >> 24];
    }
    for (; left > 0; --left, ++data)
        crc = Crc[0][(crc ^ static_cast<quint8>(*data)) & 0xFFU] ^ (crc >> 8);
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

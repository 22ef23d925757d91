// The parts of the Redis hot tier that need no server: URLs and their messages, the checked
// cache entry, the change message, keys and the reconnection backoff.
#include "storage/StoreError.h"
#include "storage/redis/Backoff.h"
#include "storage/redis/CacheEntry.h"
#include "storage/redis/CacheKey.h"
#include "storage/redis/ChangeMessage.h"
#include "storage/redis/RedisUrl.h"

#include <QTest>

using namespace treeops::storage;
using namespace treeops::storage::redis;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class RedisUrlTest : public QObject {
    Q_OBJECT

private slots:
    void parsesHostPortAndDatabase() {
        const RedisUrl url = RedisUrl::parse(u"redis://10.0.0.5:6380/2"_s, QString());
        QCOMPARE(url.host, u"10.0.0.5"_s);
        QCOMPARE(url.port, 6380);
        QCOMPARE(url.database, 2);
        QVERIFY(url.password.isEmpty());
        QCOMPARE(url.displayString(), u"redis://10.0.0.5:6380/2"_s);
    }

    void defaultsToPort6379AndDatabase0() {
        const RedisUrl url = RedisUrl::parse(u"redis://cache.local"_s, QString());
        QCOMPARE(url.port, 6379);
        QCOMPARE(url.database, 0);
        QCOMPARE(RedisUrl::parse(u"redis://cache.local:7000/"_s, QString()).database, 0);
    }

    void readsIpv6Literals() {
        const RedisUrl url = RedisUrl::parse(u"redis://[::1]:7001/3"_s, QString());
        QCOMPARE(url.host, u"::1"_s);
        QCOMPARE(url.port, 7001);
        QCOMPARE(url.address(), u"[::1]:7001"_s);
    }

    void takesThePasswordFromTheEnvironmentWhenTheUrlHasNone() {
        QCOMPARE(RedisUrl::parse(u"redis://h:1/0"_s, u"from-env"_s).password, u"from-env"_s);
    }

    void prefersThePasswordOfTheUrl() {
        const RedisUrl url = RedisUrl::parse(u"redis://:in%40url@h:1/0"_s, u"from-env"_s);
        QCOMPARE(url.password, u"in@url"_s); // percent-decoded
        QVERIFY(url.user.isEmpty());
    }

    void readsAUserAndPassword() {
        const RedisUrl url = RedisUrl::parse(u"redis://estimator:pw@h:1/0"_s, QString());
        QCOMPARE(url.user, u"estimator"_s);
        QCOMPARE(url.password, u"pw"_s);
        QVERIFY(!url.displayString().contains(u"pw"_s));
    }

    void readsTheEnvironmentVariable() {
        qputenv("REDISCLI_AUTH", "exported");
        QCOMPARE(RedisUrl::parse(u"redis://h:1/0"_s).password, u"exported"_s);
        qunsetenv("REDISCLI_AUTH");
        QVERIFY(RedisUrl::parse(u"redis://h:1/0"_s).password.isEmpty());
    }

    void refusesInvalidUrls_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("no scheme") << u"127.0.0.1:6379"_s << u"it must start with redis://"_s;
        QTest::newRow("other scheme") << u"http://h:6379/0"_s << u"scheme \"http\""_s;
        QTest::newRow("tls") << u"rediss://h:6379/0"_s << u"TLS (rediss://) is not supported"_s;
        QTest::newRow("no host") << u"redis://:6379/0"_s << u"the host is missing"_s;
        QTest::newRow("port 0") << u"redis://h:0/0"_s << u"port \"0\" is not a number"_s;
        QTest::newRow("port too big") << u"redis://h:65536/0"_s << u"port \"65536\""_s;
        QTest::newRow("port text") << u"redis://h:abc/0"_s << u"port \"abc\""_s;
        QTest::newRow("empty port") << u"redis://h:/0"_s << u"port \"\""_s;
        QTest::newRow("database text") << u"redis://h:1/cache"_s << u"database \"cache\""_s;
        QTest::newRow("negative database") << u"redis://h:1/-1"_s << u"database \"-1\""_s;
        QTest::newRow("password without colon")
            << u"redis://secret@h:1/0"_s << u"write the password as :password@"_s;
        QTest::newRow("options") << u"redis://h:1/0?timeout=3"_s << u"options after"_s;
        QTest::newRow("unclosed ipv6") << u"redis://[::1:6379/0"_s << u"no closing"_s;
    }

    void refusesInvalidUrls() {
        QFETCH(QString, url);
        QFETCH(QString, message);
        try {
            RedisUrl::parse(url, QString());
            QFAIL("accepted");
        } catch (const StoreError& error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
            QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        }
    }

    void neverRepeatsThePasswordInMessages() {
        try {
            RedisUrl::parse(u"redis://admin:topsecret@h:99999/0"_s, QString());
            QFAIL("accepted");
        } catch (const StoreError& error) {
            QVERIFY2(!error.message().contains(u"topsecret"_s), qPrintable(error.message()));
            QVERIFY2(error.message().contains(u"admin:***@h:99999"_s), qPrintable(error.message()));
        }
    }

    // --- CacheEntry -----------------------------------------------------------------------

    void crc32MatchesTheStandardCheckValue() {
        QCOMPARE(cache_entry::crc32("123456789"), 0xCBF43926U);
    }

    void crc32AgreesWithTheBitwiseDefinitionForEveryLength() {
        // The fast table-driven version against the polynomial division, bit by bit.
        const auto reference = [](QByteArrayView bytes) {
            quint32 crc = 0xFFFFFFFFU;
            for (const char c : bytes) {
                crc ^= static_cast<quint8>(c);
                for (int bit = 0; bit < 8; ++bit)
                    crc = (crc & 1U) != 0 ? (crc >> 1) ^ 0xEDB88320U : crc >> 1;
            }
            return crc ^ 0xFFFFFFFFU;
        };
        QByteArray bytes;
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(cache_entry::crc32(bytes), reference(bytes));
            bytes.append(static_cast<char>((i * 131 + 7) & 0xFF));
        }
    }

    void entriesRoundTrip() {
        const QByteArray stored = cache_entry::encode(cache_entry::Kind::Value, "{\"a\":1}");
        QCOMPARE(stored.size(), cache_entry::HeaderSize + 7);
        const auto decoded = cache_entry::decode(stored);
        QVERIFY(decoded);
        QCOMPARE(decoded->kind, cache_entry::Kind::Value);
        QCOMPARE(decoded->payload, QByteArrayView("{\"a\":1}"));
        const auto absent = cache_entry::decode(cache_entry::encode(cache_entry::Kind::Absent));
        QVERIFY(absent);
        QCOMPARE(absent->kind, cache_entry::Kind::Absent);
    }

    void damagedEntriesAreRefused() {
        const QByteArray stored = cache_entry::encode(cache_entry::Kind::Value, "{\"a\":1}");
        QByteArray flipped = stored;
        flipped[flipped.size() - 1] = 'X';
        QVERIFY(!cache_entry::decode(flipped));
        QVERIFY(!cache_entry::decode(stored.chopped(1)));
        QVERIFY(!cache_entry::decode(QByteArray(stored + "x")));
        QVERIFY(!cache_entry::decode("garbage that is long enough"));
        QByteArray otherVersion = stored;
        otherVersion[2] = 2;
        QVERIFY(!cache_entry::decode(otherVersion));
    }

    // --- Keys, messages, backoff -----------------------------------------------------------

    void keysAreVersionedAndDistinct() {
        QCOMPARE(CacheKey::assessment(u"A-1").bytes(), QByteArray("treeops:v1:assessment:A-1"));
        QCOMPARE(CacheKey::quote(u"A-1").bytes(), QByteArray("treeops:v1:quote:A-1"));
        QCOMPARE(CacheKey::catalog(u"2024.1").bytes(), QByteArray("treeops:v1:catalog:2024.1"));
        QCOMPARE(CacheKey::rates(u"2024.1").bytes(), QByteArray("treeops:v1:rates:2024.1"));
    }

    void changeMessagesRoundTrip() {
        const ChangeMessage message{u"A-7"_s, ChangeKind::Status, 12, u"console-1"_s};
        QCOMPARE(ChangeMessage::fromJson(message.toJson()), message);
        const ChangeMessage archived{u"A-8"_s, ChangeKind::Archive, 0, u"console-1"_s};
        QCOMPARE(ChangeMessage::fromJson(archived.toJson()), archived);
        QVERIFY(archived.toJson().contains("\"kind\":\"archive\""));
        QVERIFY(!ChangeMessage::fromJson("not json"));
        QVERIFY(
            !ChangeMessage::fromJson(R"({"id":"A","kind":"explode","rowVersion":1,"origin":"c"})"));
        QVERIFY(!ChangeMessage::fromJson(R"({"kind":"save","rowVersion":1,"origin":"c"})"));
    }

    void backoffDoublesUpToItsMaximumWithJitter() {
        Backoff backoff(500ms, 30s, 0.2);
        const std::chrono::milliseconds expected[] = {500ms, 1s, 2s, 4s, 8s, 16s, 30s, 30s};
        for (const std::chrono::milliseconds base : expected) {
            const std::chrono::milliseconds delay = backoff.next();
            QVERIFY2(delay >= base * 8 / 10 && delay <= base * 12 / 10,
                     qPrintable(QString::number(delay.count())));
        }
        backoff.reset();
        QVERIFY(backoff.next() <= 600ms);
    }
};

QTEST_GUILESS_MAIN(RedisUrlTest)
#include "tst_redis_url.moc"

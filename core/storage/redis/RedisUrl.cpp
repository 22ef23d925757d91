#include "storage/redis/RedisUrl.h"

#include "i18n/Translate.h"
#include "storage/StoreError.h"

#include <QUrl>
#include <algorithm>

namespace treeops::storage::redis {
namespace {

using namespace Qt::StringLiterals;

constexpr int MaxPort = 65535;

bool allDigits(QStringView text) {
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString percentDecoded(QStringView text) {
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// Reads one URL; every message quotes it with the password masked, since messages end up in
// logs and on screen.
class Parser {
public:
    explicit Parser(const QString& url)
        : m_text(url.trimmed())
        , m_shown(m_text) {}

    RedisUrl parse() {
        RedisUrl result;
        const QString rest = schemeRest();
        if (rest.contains(u'?') || rest.contains(u'#'))
            fail(translate("RedisUrl", "options after \"?\" or \"#\" are not supported"));
        const qsizetype slash = rest.indexOf(u'/');
        QString authority = slash < 0 ? rest : rest.left(slash);
        const qsizetype at = authority.lastIndexOf(u'@');
        if (at >= 0) {
            readCredentials(authority.left(at), result);
            authority = authority.mid(at + 1);
        }
        readHostPort(authority, result);
        result.database = readDatabase(slash < 0 ? QString() : rest.mid(slash + 1));
        return result;
    }

private:
    [[noreturn]] void fail(const QString& problem) const {
        throw StoreError(
            StoreError::Kind::InvalidInput,
            translate("RedisUrl", "\"%1\" is not a valid Redis URL: %2").arg(m_shown, problem));
    }

    QString schemeRest() {
        const qsizetype separator = m_text.indexOf(u"://"_s);
        if (separator < 0)
            fail(translate("RedisUrl", "it must start with redis://"));
        const QString scheme = m_text.left(separator).toLower();
        if (scheme == u"rediss"_s)
            fail(translate("RedisUrl", "TLS (rediss://) is not supported by this build; "
                                       "use redis://"));
        if (scheme != u"redis"_s)
            fail(translate("RedisUrl", "the scheme \"%1\" is not redis://").arg(scheme));
        return m_text.mid(separator + 3);
    }

    void readCredentials(const QString& userInfo, RedisUrl& result) {
        const qsizetype colon = userInfo.indexOf(u':');
        const QString user = colon < 0 ? userInfo : userInfo.left(colon);
        m_shown = m_text;
        m_shown.replace(userInfo + u'@', user + u":***@"_s);
        if (colon < 0)
            fail(translate("RedisUrl", "write the password as :password@ or user:password@"));
        result.user = percentDecoded(user);
        result.password = percentDecoded(QStringView(userInfo).mid(colon + 1));
    }

    void readHostPort(const QString& authority, RedisUrl& result) const {
        QString portText;
        bool hasPort = false;
        if (authority.startsWith(u'[')) { // IPv6 literal, e.g. [::1]:6379
            const qsizetype close = authority.indexOf(u']');
            if (close < 0)
                fail(translate("RedisUrl", "the IPv6 address has no closing \"]\""));
            result.host = authority.mid(1, close - 1);
            const QString after = authority.mid(close + 1);
            hasPort = after.startsWith(u':');
            if (!after.isEmpty() && !hasPort)
                fail(translate("RedisUrl", "unexpected \"%1\" after the host").arg(after));
            portText = after.mid(1);
        } else {
            const qsizetype colon = authority.lastIndexOf(u':');
            hasPort = colon >= 0;
            result.host = hasPort ? authority.left(colon) : authority;
            portText = hasPort ? authority.mid(colon + 1) : QString();
        }
        if (result.host.isEmpty())
            fail(translate("RedisUrl", "the host is missing (as in redis://127.0.0.1:6379/0)"));
        if (hasPort)
            result.port = readPort(portText);
    }

    int readPort(const QString& text) const {
        bool ok = false;
        const int port = allDigits(text) ? text.toInt(&ok) : 0;
        if (!ok || port < 1 || port > MaxPort)
            fail(
                translate("RedisUrl", "the port \"%1\" is not a number from 1 to 65535").arg(text));
        return port;
    }

    int readDatabase(QString text) const {
        if (text.endsWith(u'/'))
            text.chop(1);
        if (text.isEmpty())
            return 0;
        bool ok = false;
        const int database = allDigits(text) ? text.toInt(&ok) : -1;
        if (!ok)
            fail(translate("RedisUrl",
                           "the database \"%1\" is not a number 0 or more (as in /0 at the end)")
                     .arg(text));
        return database;
    }

    QString m_text;
    QString m_shown;
};

} // namespace

RedisUrl RedisUrl::parse(const QString& url) {
    return parse(url, qEnvironmentVariable("REDISCLI_AUTH"));
}

RedisUrl RedisUrl::parse(const QString& url, const QString& environmentPassword) {
    RedisUrl result = Parser(url).parse();
    if (result.password.isEmpty())
        result.password = environmentPassword;
    return result;
}

QString RedisUrl::address() const {
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

QString RedisUrl::displayString() const {
    return u"redis://"_s + address() + u'/' + QString::number(database);
}

} // namespace treeops::storage::redis

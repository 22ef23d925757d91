#pragma once

#include <QMetaType>
#include <QString>
#include <chrono>

namespace treeops::assessments {

// What connecting to one URL found, in plain words: the server's version and round trip, or
// why it could not be reached.
struct ConnectionProbe {
    bool reached = false;
    QString text;
};

// "0.41 ms", as connection tests show round trips.
QString roundTripText(std::chrono::microseconds time);
// "PostgreSQL 15.6 (Debian 15.6-0+deb12u1)" of what the server calls itself: the platform and
// compiler that follow add nothing a person needs to check a connection.
QString shortServerVersion(const QString& version);

// For the Settings page, before a URL is used: connects afresh to the store or hot tier at
// `url`, asks its version and times a round trip. Changes nothing; an SQLite store is a file on
// this computer and is only looked for. Blocking: call from the store worker's thread.
ConnectionProbe probeStoreUrl(const QString& url);
ConnectionProbe probeHotTierUrl(const QString& url);

} // namespace treeops::assessments

Q_DECLARE_METATYPE(treeops::assessments::ConnectionProbe)

#pragma once

#include <QString>
#include <stdexcept>

namespace treeops::storage {

// A store that cannot do what was asked. `kind` lets callers react (a conflict offers reload,
// an invalid input maps to exit code 2); `message` is for people.
class StoreError : public std::runtime_error {
public:
    enum class Kind {
        Unavailable,  // cannot open or reach the store
        NotTreeOps,   // the file exists but is not a TreeOps database, or is corrupt
        NewerSchema,  // written by a newer TreeOps
        NotFound,     // no such assessment, version, …
        Conflict,     // someone saved a newer version first
        InvalidInput, // the request itself is wrong
        Failed,       // anything else the database reported
    };

    StoreError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message) {}

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace treeops::storage

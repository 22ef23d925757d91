#include "storage/Records.h"

#include <array>

namespace treeops::storage {
namespace {

using namespace Qt::StringLiterals;

constexpr std::array<QLatin1StringView, AssessmentStatusCount> StatusKeys{
    "draft"_L1, "quoted"_L1, "accepted"_L1, "completed"_L1};

} // namespace

QString statusKey(AssessmentStatus status) {
    return QString(StatusKeys[static_cast<std::size_t>(status)]);
}

std::optional<AssessmentStatus> statusFromKey(QStringView key) {
    for (std::size_t i = 0; i < StatusKeys.size(); ++i) {
        if (key == StatusKeys[i])
            return static_cast<AssessmentStatus>(i);
    }
    return std::nullopt;
}

QString statusKeysList() {
    QStringList keys;
    for (QLatin1StringView k : StatusKeys)
        keys << QString(k);
    return keys.join(u", "_s);
}

} // namespace treeops::storage

#include "main/Settings.h"

#include <QStandardPaths>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

template <typename T> struct Key {
    QLatin1StringView name;
    T defaultValue;
};

const Key<QByteArray> MainWindowGeometry{"mainWindow/geometry"_L1, {}};
const Key<QByteArray> AssessmentTableLayout{"assessments/tableLayout"_L1, {}};

template <typename T> T read(const QSettings& settings, const Key<T>& key) {
    return settings.value(key.name, QVariant::fromValue(key.defaultValue)).template value<T>();
}

template <typename T> void write(QSettings& settings, const Key<T>& key, const T& value) {
    settings.setValue(key.name, QVariant::fromValue(value));
}

// An explicit file: QSettings' default location needs an organization name, and TreeOps has
// none so that the GUI and the CLI share the application's data folder.
QString settingsFile() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/treeops.conf"_s;
}

} // namespace

Settings::Settings()
    : m_settings(settingsFile(), QSettings::IniFormat) {}

QByteArray Settings::mainWindowGeometry() const {
    return read(m_settings, MainWindowGeometry);
}

void Settings::setMainWindowGeometry(const QByteArray& geometry) {
    write(m_settings, MainWindowGeometry, geometry);
}

QByteArray Settings::assessmentTableLayout() const {
    return read(m_settings, AssessmentTableLayout);
}

void Settings::setAssessmentTableLayout(const QByteArray& layout) {
    write(m_settings, AssessmentTableLayout, layout);
}

} // namespace treeops::widgets

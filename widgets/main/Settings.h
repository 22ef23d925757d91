#pragma once

#include <QByteArray>
#include <QSettings>

namespace treeops::widgets {

// What the console remembers between runs. Every key and its default is defined once, in
// Settings.cpp; callers get typed values and never spell a key. Credentials never go here.
class Settings {
public:
    Settings();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);

    QByteArray assessmentTableLayout() const;
    void setAssessmentTableLayout(const QByteArray& layout);

private:
    QSettings m_settings;
};

} // namespace treeops::widgets

#include "editor/EditorText.h"

#include "scoring/ScoringTypes.h"

#include <QLocale>

namespace treeops::widgets {
namespace {

using namespace Qt::StringLiterals;

struct PositionWord {
    QLatin1StringView key;
    const char* text;
};

// The shipped positions; looked up on every repaint of a crew cell, so no allocation.
constexpr PositionWord PositionWords[] = {
    {"arborist"_L1, QT_TRANSLATE_NOOP("treeops::widgets::EditorText", "Arborist")},
    {"climber"_L1, QT_TRANSLATE_NOOP("treeops::widgets::EditorText", "Climber")},
    {"ground_lead"_L1, QT_TRANSLATE_NOOP("treeops::widgets::EditorText", "Ground lead")},
    {"ground_crew"_L1, QT_TRANSLATE_NOOP("treeops::widgets::EditorText", "Ground crew")},
    {"operator"_L1, QT_TRANSLATE_NOOP("treeops::widgets::EditorText", "Operator")},
    {"apprentice"_L1, QT_TRANSLATE_NOOP("treeops::widgets::EditorText", "Apprentice")},
    {"supervisor"_L1, QT_TRANSLATE_NOOP("treeops::widgets::EditorText", "Supervisor")},
    {"safety_manager"_L1, QT_TRANSLATE_NOOP("treeops::widgets::EditorText", "Safety manager")},
};

QString wordsFromKey(const QString& key) {
    QString words = key;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

} // namespace

QString EditorText::service(const QString& key) {
    const auto service = scoring::serviceFromKey(key);
    if (!service)
        return key;
    switch (*service) {
    case scoring::Service::Removal:
        return tr("Removal");
    case scoring::Service::Trimming:
        return tr("Trimming");
    case scoring::Service::StumpGrinding:
        return tr("Stump grinding");
    }
    return key;
}

QString EditorText::crewTier(const QString& key) {
    const auto tier = scoring::crewTierFromKey(key);
    if (!tier)
        return key;
    switch (*tier) {
    case scoring::CrewTier::Beginner:
        return tr("Beginner");
    case scoring::CrewTier::Experienced:
        return tr("Experienced");
    case scoring::CrewTier::Expert:
        return tr("Expert");
    }
    return key;
}

QString EditorText::position(const QString& key) {
    for (const PositionWord& word : PositionWords) {
        if (key == word.key)
            return tr(word.text);
    }
    return wordsFromKey(key);
}

QString EditorText::number(double value) {
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString EditorText::money(double value) {
    return QLocale().toCurrencyString(value, currencySymbol(), 2);
}

QString EditorText::currencySymbol() {
    // Amounts in an assessment are US dollars whatever the user's locale.
    return u"$"_s;
}

} // namespace treeops::widgets

#pragma once

#include <QCoreApplication>
#include <QString>

namespace treeops::widgets {

// The words the assessment editor shows for the document's keys and units.
class EditorText {
    Q_DECLARE_TR_FUNCTIONS(treeops::widgets::EditorText)

public:
    // "Stump grinding" for stump_grinding; an unknown key is shown as it is.
    static QString service(const QString& key);
    // "Experienced" for experienced; an unknown key is shown as it is.
    static QString crewTier(const QString& key);
    // "Ground lead" for ground_lead. Imported rates may add positions, so a key without a
    // translation is turned into words rather than shown raw.
    static QString position(const QString& key);
    // A locale-formatted number without trailing zeros: "24.5", "150".
    static QString number(double value);
    // US dollars with cents in the locale's format.
    static QString money(double value);
    static QString currencySymbol();
};

} // namespace treeops::widgets

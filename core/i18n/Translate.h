#pragma once

#include <QCoreApplication>

namespace treeops {

// Core code has no QObject to call tr() on. lupdate extracts translate("Context", "text")
// calls verbatim, so the context written at the call is the one looked up at run time.
inline QString translate(const char* context, const char* text,
                         const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate(context, text, disambiguation, n);
}

} // namespace treeops

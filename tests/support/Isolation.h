#pragma once

namespace treeops::test {

// A GUI test's own world: Qt's test-mode folders with no settings left by an earlier run, and
// US English whatever the machine's locale, so texts and money read the same everywhere.
void isolateFromTheUser();

} // namespace treeops::test

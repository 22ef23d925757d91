#!/usr/bin/env bash
# The two set-up commands of the README, on a fresh Debian 12 machine:
#   installer/setup.sh run    install what is missing, build, start TreeOps with demo data
#   installer/setup.sh test   install what is missing, build with warnings as errors, run ctest
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
jobs=${TREEOPS_JOBS:-2}

usage() { echo "usage: installer/setup.sh run|test" >&2; exit 2; }
[ $# -eq 1 ] || usage

bash installer/bootstrap-debian.sh

case "$1" in
  run)
    cmake --preset release >/dev/null
    cmake --build --preset release -j "$jobs"
    bin=build/release/bin
    if [ -x "$bin/treeops" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
      exec "$bin/treeops" --demo 200
    fi
    # No display (or no GUI built): show what the console would price, on the same store.
    count=$("$bin/treeops-cli" assessment list --limit 1 2>/dev/null | wc -l)
    [ "$count" -gt 0 ] || "$bin/treeops-cli" demo seed --count 200
    echo "No display found; a demo quote from the embedded store instead:" >&2
    "$bin/treeops-cli" quote --input resources/examples/storm-oak-removal.json
    ;;
  test)
    cmake --preset ci >/dev/null
    cmake --build --preset ci -j "$jobs"
    ctest --preset ci
    ;;
  *) usage ;;
esac

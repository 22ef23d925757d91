#!/usr/bin/env bash
# Installs every Debian 12 package TreeOps needs to build, test and run. Safe to run again:
# it only asks apt for what is missing. Uses sudo when not run as root.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  # Qt 6.4: widgets, charts (its CMake package needs the OpenGL development files), SVG,
  # translations tools, and the offscreen platform used by GUI tests
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6svg6 libqt6opengl6-dev
  libgl-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6gui6 qt6-qpa-plugins
  # storage tiers and their servers (integration tests start throwaway instances)
  libsqlite3-dev sqlite3 libpqxx-dev libhiredis-dev postgresql redis-server
  # benchmarks, and tools to look at rendered output
  libbenchmark-dev poppler-utils xvfb
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "bootstrap: all ${#packages[@]} packages are installed"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "bootstrap: run as root or install sudo" >&2; exit 1; }
  as_root=(sudo)
fi

echo "bootstrap: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
# The PostgreSQL and Redis packages must not start system-wide services during tests' set-up;
# policy-rc.d is left as it is, the services are simply not relied on.
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "bootstrap: done"

#!/usr/bin/env bash
# Builds the release preset, starts the fixture's throwaway PostgreSQL in a temporary state
# folder (always stopped on exit) and runs treeops_bench_archive: the archive migration of
# 1,000,000 assessments on SQLite and on PostgreSQL, in rows/s. The table is printed and kept in
# build/release/archive-benchmarks.txt. Arguments go to treeops_bench_archive: a count (e.g.
# 100000 for a quick run), --batch N, --backend sqlite|postgres.
#
# Not part of ctest: seeding a million assessments takes minutes on this 2-core machine.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD

cmake --preset release
cmake --build --preset release --target treeops_bench_archive

# shellcheck source=tests/bench/with-test-servers.bash
source "$root/tests/bench/with-test-servers.bash"

{
    echo "cores (nproc): $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
    build/release/tests/bench/treeops_bench_archive "$@" 2>&1
} | tee build/release/archive-benchmarks.txt

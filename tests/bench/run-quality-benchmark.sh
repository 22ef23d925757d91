#!/usr/bin/env bash
# Builds the release preset, starts the fixture's throwaway PostgreSQL in a temporary state
# folder (always stopped on exit) and runs treeops_bench_quality: every built-in data-quality
# rule over 1,000,000 realistic assessments on SQLite and on PostgreSQL, target <= 10 s per
# backend. The table is printed and kept in build/release/quality-benchmarks.txt.
#
# Not part of ctest: seeding a million priced assessments into both stores takes tens of
# minutes on this project's 2-core machine, far longer than a test run should, and a timing
# target asserted under ctest's parallel load would measure the load rather than the rules.
# ctest runs bench_quality_smoke instead (2,000 assessments on SQLite), which proves the harness
# works and that every rule passes on its data.
#
# Arguments go to treeops_bench_quality: a count (e.g. 20000 for a quick run), --rule ID to run
# only some rules, --keep DIR to keep the stores and measure them again without seeding (the
# PostgreSQL database only lives as long as the server, i.e. this script's run).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD

cmake --preset release
cmake --build --preset release --target treeops_bench_quality

# shellcheck source=tests/bench/with-test-servers.bash
source "$root/tests/bench/with-test-servers.bash"

{
    echo "cores (nproc): $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
    build/release/tests/bench/treeops_bench_quality "$@" 2>&1
} | tee build/release/quality-benchmarks.txt

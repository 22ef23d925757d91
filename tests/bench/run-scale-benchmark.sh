#!/usr/bin/env bash
# The benchmarks at 1,000,000 assessments, on SQLite and on the fixture's throwaway PostgreSQL
# (started in a temporary state folder and always stopped on exit), in the release preset:
#
#   run-scale-benchmark.sh quality [ARGS]  every built-in data-quality rule (treeops_bench_quality),
#                                          target <= 10 s per backend
#   run-scale-benchmark.sh archive [ARGS]  the archive migration in rows/s (treeops_bench_archive)
#
# The table is printed and kept in build/release/<name>-benchmarks.txt. ARGS go to the program:
# a count (e.g. 20000 for a quick run) and --backend sqlite|postgres for both; --rule ID,
# --keep DIR (measure the same stores again without seeding) and --timeout S for quality;
# --batch N for archive.
#
# Not part of ctest: seeding a million assessments takes many minutes on this project's 2-core
# machine, and a timing target asserted under ctest's parallel load would measure the load.
# ctest runs bench_quality_smoke instead (2,000 assessments on SQLite).
set -euo pipefail

name=${1:-}
case $name in
quality | archive) shift ;;
*)
    echo "usage: $0 quality|archive [ARGS]" >&2
    exit 2
    ;;
esac

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD

cmake --preset release
cmake --build --preset release --target "treeops_bench_$name"

# shellcheck source=tests/bench/with-test-servers.bash
source "$root/tests/bench/with-test-servers.bash"

{
    echo "cores (nproc): $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
    "build/release/tests/bench/treeops_bench_$name" "$@" 2>&1
} | tee "build/release/$name-benchmarks.txt"

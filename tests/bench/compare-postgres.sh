#!/usr/bin/env bash
# Builds the release preset, starts the fixture's throwaway PostgreSQL in a temporary state
# folder (always stopped on exit) and runs, on that same server:
#   - pgbench -S (one primary-key SELECT per transaction, one client) for the reference latency,
#   - treeops_bench_postgres: our warm read by id and the million-assessment bulk load.
# Prints both read latencies side by side; the target is ours <= 1.5 x pgbench's.
# Arguments go to treeops_bench_postgres (for example --benchmark_filter=BM_WarmReadById).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD

cmake --preset release -DTREEOPS_BUILD_GUI=ON
cmake --build --preset release --target treeops_bench_postgres

# shellcheck source=tests/bench/with-test-servers.bash
source "$root/tests/bench/with-test-servers.bash"

out=build/release/postgres-benchmarks.txt
pgbench -i -q "$TREEOPS_TEST_PG_URL" >/dev/null 2>&1
pgbench_report=$(pgbench -S -c 1 -T 10 -n "$TREEOPS_TEST_PG_URL" 2>&1)
pgbench_ms=$(sed -n 's/^latency average = \([0-9.]*\) ms$/\1/p' <<<"$pgbench_report")

{
    echo "cores (nproc): $(nproc)"
    echo "$pgbench_report"
    build/release/tests/bench/treeops_bench_postgres "$@" 2>&1
} | tee "$out"

ours_us=$(sed -n 's/^BM_WarmReadById.*median_us=\([0-9.]*\)\([kMu]*\).*/\1\2/p' "$out" | head -1)
echo
echo "read of one row by primary key, one client, same server:"
printf '  pgbench -S latency average : %s ms\n' "${pgbench_ms:-?}"
printf '  treeops assessment(id)     : %s us (median)\n' "${ours_us:-?}"
if [[ -n ${pgbench_ms:-} && -n ${ours_us:-} && $ours_us =~ ^[0-9.]+$ ]]; then
    awk -v ours="$ours_us" -v ref="$pgbench_ms" \
        'BEGIN { printf "  ratio                      : %.2f x (target <= 1.5 x)\n", ours / (ref * 1000) }'
fi

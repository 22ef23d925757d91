#!/usr/bin/env bash
# Builds the release preset and runs every TreeOps benchmark. The console table is printed and
# kept in build/release/benchmarks.txt; arguments go to the benchmark binary (for example
# --benchmark_filter=BM_QuoteBatch).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

cmake --preset release
cmake --build --preset release --target treeops_bench treeops_cli

# Google Benchmark prints its context (CPU, caches, load) on stderr; keep it with the table.
{
    echo "cores (nproc): $(nproc)"
    build/release/tests/bench/treeops_bench "$@" 2>&1
} | tee build/release/benchmarks.txt

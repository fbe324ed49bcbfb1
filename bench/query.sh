#!/usr/bin/env bash
# Query benchmark: the same query mix (bench/queries/*.rq) over the same generated data in
# Lodestat and in pyoxigraph; each query is evaluated N times after loading, medians and ratios.
# Usage: bench/query.sh [SIZE] [N]   SIZE in 100k, 1m (default 1m), N runs per query (default 9)
source "$(dirname "$0")/common.sh"
size="${1:-1m}"; runs="${2:-9}"
case "$size" in 100k) n=100000 ;; 1m) n=1000000 ;; *) echo "unknown size $size"; exit 2 ;; esac
ensure_venv
ensure_build
ensure_data "$n" "gen-$size"
"$VENV/bin/python" "$BENCH_DIR/query_bench.py" "$LODESTAT" "$DATA/gen-$size.nt" "$runs" "$BENCH_DIR"/queries/*.rq

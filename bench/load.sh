#!/usr/bin/env bash
# Load benchmark: Lodestat (`lodestat stats`) against pyoxigraph (in-memory Store.load),
# same generated files, each run in a fresh process; prints throughput, peak RSS and ratios.
# Usage: bench/load.sh [SIZE...]   SIZE in 100k, 1m, 10m (default: 1m)
source "$(dirname "$0")/common.sh"
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1m)
ensure_venv
ensure_build
for size in "${sizes[@]}"; do
  case "$size" in 100k) n=100000 ;; 1m) n=1000000 ;; 10m) n=10000000 ;; *) echo "unknown size $size"; exit 2 ;; esac
  ensure_data "$n" "gen-$size"
  for ext in nt ttl; do
    "$VENV/bin/python" "$BENCH_DIR/load_bench.py" "$LODESTAT" "$DATA/gen-$size.$ext"
  done
done

#!/usr/bin/env bash
# SPARQL over HTTP (issue #16): `lodestat serve` and `oxigraph serve` (PyPI, 0.5.x) on loopback over
# the same generated triples (bench/generate.py); every query of bench/http-queries/*.rq (or the files
# given) is sent RUNS times to each, alternating engines, over one keep-alive connection per engine
# (POST application/sparql-query; JSON results, N-Triples graphs). Prints per query the median
# latency of each engine with its min–max, the ratio with the min–max of the per-run ratios, and
# whether the answers agree (row or triple counts); then the geometric mean of the ratios.
# Usage: bench/sparql_http.sh [SIZE] [RUNS] [QUERY.rq...]   RUNS default 7; SIZE 100k, 1m (default), 10m
# (bench/generate.py's statistical metadata, queries bench/http-queries/*.rq) or bsbm-100k, bsbm-1m
# (the Berlin SPARQL Benchmark's data, 300 or 2,800 products, and its Explore query mix, both made by
# bench/bsbm/generate.py from the published specification).
# LODESTAT_ARGS adds `lodestat serve` options (e.g. "--max-rows 100000"); LODESTAT_BIN=path measures
# another build; PIN=1 pins both servers to CPU 1 (the client then runs on CPU 0).
source "$(dirname "$0")/common.sh"
size="${1:-1m}"; runs="${2:-7}"; shift $(( $# > 2 ? 2 : $# ))
queries=("$@")
ensure_venv
ensure_build
case "$size" in
  100k|1m|10m)  # the generated statistical metadata (bench/generate.py) and bench/http-queries/
    case "$size" in 100k) n=100000 ;; 1m) n=1000000 ;; 10m) n=10000000 ;; esac
    ensure_data "$n" "gen-$size"
    NT="$DATA/gen-$size.nt"; NAME="gen-$size"
    [ ${#queries[@]} -gt 0 ] || queries=("$BENCH_DIR"/http-queries/*.rq) ;;
  bsbm-100k|bsbm-1m)  # BSBM (bench/bsbm/generate.py): 300 or 2,800 products, its Explore mix
    case "$size" in bsbm-100k) products=300 ;; bsbm-1m) products=2800 ;; esac
    [ -f "$DATA/bsbm/bsbm-$products.nt" ] || python3 "$BENCH_DIR/bsbm/generate.py" "$products" "$DATA/bsbm"
    NT="$DATA/bsbm/bsbm-$products.nt"; NAME="bsbm-$products"
    [ ${#queries[@]} -gt 0 ] || queries=("$DATA/bsbm/queries-$products"/*.rq) ;;
  *) echo "unknown size $size"; exit 2 ;;
esac
SERVER_CPU=(); CLIENT_CPU=()
if [ "${PIN:-0}" = 1 ]; then SERVER_CPU=(taskset -c 1); CLIENT_CPU=(taskset -c 0); fi
LPORT=18111; OPORT=18112
BASE="http://bench.lodestat.example/"
CAT="$DATA/$NAME-catalog"; OXI="$DATA/$NAME-oxigraph"
# N-Triples is Turtle: the catalog directory takes the same file.
mkdir -p "$CAT"; [ -f "$CAT/generated.ttl" ] || cp "$NT" "$CAT/generated.ttl"
if [ ! -d "$OXI" ]; then "$VENV/bin/oxigraph" load --location "$OXI" --file "$NT" >/dev/null 2>&1; fi

"${SERVER_CPU[@]}" "$LODESTAT" serve --catalog "$CAT" --host 127.0.0.1 --port "$LPORT" --base "$BASE" \
  --query-timeout 120 ${LODESTAT_ARGS:-} >/dev/null 2>&1 &
LPID=$!
"${SERVER_CPU[@]}" "$VENV/bin/oxigraph" serve-read-only --location "$OXI" --bind "127.0.0.1:$OPORT" >/dev/null 2>&1 &
OPID=$!
trap 'kill "$LPID" "$OPID" 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do
  curl -sf "http://127.0.0.1:$LPORT/health" >/dev/null && curl -sf "http://127.0.0.1:$OPORT/" >/dev/null && break
  sleep 0.2
done
echo "data: $NAME, $(wc -l <"$NT") triples; $runs runs per query; load average: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
"${CLIENT_CPU[@]}" "$VENV/bin/python" "$BENCH_DIR/sparql_http_bench.py" "http://127.0.0.1:$LPORT" \
  "http://127.0.0.1:$OPORT" "$runs" "${queries[@]}"

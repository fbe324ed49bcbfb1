#!/usr/bin/env bash
# Serving benchmark: Lodestat (`lodestat serve`) and Oxigraph (`oxigraph serve`, PyPI) on loopback
# over the same generated data (bench/generate.py). wrk (2 threads, 32 connections, as issue #5
# states) drives, alternating rounds:
#   (a) Lodestat REST JSON detail   GET /api/concepts/{id}     (response cache in front of the router,
#                                   and the cache of encoded answers behind it: the defaults)
#   (r) the same, routed            (a server with --response-cache-entries 0: every request goes
#                                   through the router and middlewares to the cache of encoded answers)
#   (u) the same, uncached          (a server with both caches off: every request encodes)
#   (b) Oxigraph SPARQL lookup      GET /query?query=SELECT ?p ?o WHERE { <iri> ?p ?o }
#   (c) Lodestat SPARQL lookup      GET /sparql?query=(same)
# MODE=rotate (default): every side cycles over the same IDS concepts (default 1000; wrk script
# bench/rotate.lua), REST ids for (a)/(u) and the lookups of their IRIs for (b)/(c).
# MODE=single: one concept every time (flatters any cache).
# Prints req/s, p50, p99 per round, then the median of the rounds for each side and the ratios.
# Targets: (a) ≥ 1.5× (b) with p99 < 2 ms; (c) ≥ (b).
# Usage: bench/serve.sh [TRIPLES] [SECONDS] [ROUNDS]   (defaults 100000, 10 and 3)
# PIN=1 pins the servers to CPU 1 and wrk to CPU 0 (taskset), so on a 2-core machine the load
# generator does not steal the servers' core; each server then has the same single core.
# CACHE_ENTRIES sets the cache size of server (a) (default 8192). LODESTAT_BIN=path runs that binary.
# LODESTAT_ARGS adds `lodestat serve` options to both Lodestat servers (e.g. "--executor event-loops").
source "$(dirname "$0")/common.sh"
N="${1:-100000}"; SECONDS_PER_ROUND="${2:-10}"; ROUNDS="${3:-3}"
SERVER_CPU=(); WRK_CPU=()
if [ "${PIN:-0}" = 1 ]; then SERVER_CPU=(taskset -c 1); WRK_CPU=(taskset -c 0); fi
LPORT=18101; OPORT=18102; UPORT=18103; RPORT=18104
MODE="${MODE:-rotate}"; IDS="${IDS:-1000}"
BASE="http://bench.lodestat.example/"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
ensure_venv
ensure_build
ensure_data "$N" "serve-$N"
CAT="$DATA/serve-$N-catalog"; OXI="$DATA/serve-$N-oxigraph"
mkdir -p "$CAT"; cp "$DATA/serve-$N.ttl" "$CAT/generated.ttl"
if [ ! -d "$OXI" ]; then "$VENV/bin/oxigraph" load --location "$OXI" --file "$DATA/serve-$N.nt" >/dev/null 2>&1; fi

"${SERVER_CPU[@]}" "$LODESTAT" serve --catalog "$CAT" --host 127.0.0.1 --port "$LPORT" --base "$BASE" \
  --cache-entries "${CACHE_ENTRIES:-8192}" ${LODESTAT_ARGS:-} >/dev/null 2>&1 &
LPID=$!
"${SERVER_CPU[@]}" "$LODESTAT" serve --catalog "$CAT" --host 127.0.0.1 --port "$UPORT" --base "$BASE" \
  --cache-entries 0 --response-cache-entries 0 ${LODESTAT_ARGS:-} >/dev/null 2>&1 &
UPID=$!
"${SERVER_CPU[@]}" "$LODESTAT" serve --catalog "$CAT" --host 127.0.0.1 --port "$RPORT" --base "$BASE" \
  --cache-entries "${CACHE_ENTRIES:-8192}" --response-cache-entries 0 ${LODESTAT_ARGS:-} >/dev/null 2>&1 &
RPID=$!
"${SERVER_CPU[@]}" "$VENV/bin/oxigraph" serve --location "$OXI" --bind "127.0.0.1:$OPORT" >/dev/null 2>&1 &
OPID=$!
trap 'kill "$LPID" "$UPID" "$RPID" "$OPID" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$LPORT/health" >/dev/null && curl -sf "http://127.0.0.1:$UPORT/health" >/dev/null &&
    curl -sf "http://127.0.0.1:$RPORT/health" >/dev/null && curl -sf "http://127.0.0.1:$OPORT/" >/dev/null && break
  sleep 0.2
done

# The resources: one concept (MODE=single) or the first IDS concepts of the REST list; for each, its
# REST path and the SPARQL lookup of its IRI (same resources on every side).
PATHS="$(mktemp -d)"
if [ "$MODE" = single ]; then
  # The REST id of one concept, from the search index (listing would not be a lookup).
  curl -sf "http://127.0.0.1:$LPORT/api/search?q=012&kind=concept&limit=50" |
    "$VENV/bin/python" -c "import json,sys; d=json.load(sys.stdin); print(json.dumps({'items': [next(h for h in d['items'] if h['iri']=='${BASE}id/classification/c0/012')]}))"
else
  curl -sf "http://127.0.0.1:$LPORT/api/concepts?limit=$IDS"
fi | "$VENV/bin/python" -c '
import json, sys, urllib.parse
out = sys.argv[1]
items = json.load(sys.stdin)["items"]
with open(out + "/rest", "w") as rest, open(out + "/oxigraph", "w") as oxi, open(out + "/sparql", "w") as sparql:
    for h in items:
        q = urllib.parse.quote("SELECT ?p ?o WHERE { <" + h["iri"] + "> ?p ?o }")
        rest.write("/api/concepts/" + urllib.parse.quote(h["id"], safe="/") + "\n")
        oxi.write("/query?query=" + q + "\n")
        sparql.write("/sparql?query=" + q + "\n")
print(len(items), "concept(s), mode", sys.argv[2])' "$PATHS" "$MODE"
declare -A ORIGIN=([rest]="http://127.0.0.1:$LPORT" [routed]="http://127.0.0.1:$RPORT" [uncached]="http://127.0.0.1:$UPORT"
                   [oxigraph]="http://127.0.0.1:$OPORT" [sparql]="http://127.0.0.1:$LPORT")
declare -A LIST=([rest]=rest [routed]=rest [uncached]=rest [oxigraph]=oxigraph [sparql]=sparql)
for name in rest routed uncached oxigraph sparql; do  # every path answers on its side
  while read -r p; do
    curl -sf -H 'Accept: application/sparql-results+json, application/json' "${ORIGIN[$name]}$p" >/dev/null ||
      { echo "no answer from ${ORIGIN[$name]}$p"; exit 1; }
  done < <(head -n 3 "$PATHS/${LIST[$name]}")
done

run() {  # run ORIGIN PATHS-FILE → "reqs p50ms p99ms"
  WRK_PATHS="$2" "${WRK_CPU[@]}" wrk -t2 -c32 -d"${SECONDS_PER_ROUND}s" --latency -s "$BENCH_DIR/rotate.lua" \
    -H 'Accept: application/sparql-results+json, application/json' "$1" |
  "$VENV/bin/python" -c '
import re, sys
t = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)", t, re.M)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
print(float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1)), ms("50"), ms("99"))'
}

RESULTS="$(mktemp)"; trap 'kill "$LPID" "$UPID" "$RPID" "$OPID" 2>/dev/null || true; rm -rf "$RESULTS" "$PATHS"' EXIT
for round in $(seq 1 "$ROUNDS"); do
  for name in rest routed uncached oxigraph sparql; do
    read -r rps p50 p99 < <(run "${ORIGIN[$name]}" "$PATHS/${LIST[$name]}")
    printf "round %d  %-9s %10.0f req/s  p50 %.3f ms  p99 %.3f ms\n" "$round" "$name" "$rps" "$p50" "$p99"
    echo "$name $rps $p50 $p99" >>"$RESULTS"
  done
done
python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, *v = line.split()
    rows.setdefault(name, []).append(tuple(map(float, v)))
med = {n: tuple(statistics.median(r[i] for r in rs) for i in range(3)) for n, rs in rows.items()}
for n in ("rest", "routed", "uncached", "oxigraph", "sparql"):
    print(f"median    {n:<9} {med[n][0]:10.0f} req/s  p50 {med[n][1]:.3f} ms  p99 {med[n][2]:.3f} ms")
rest, oxi, sparql = med["rest"][0], med["oxigraph"][0], med["sparql"][0]
print(f"REST detail / Oxigraph SPARQL lookup: {rest / oxi:.2f}x  (target >= 1.5x; cache on)")
print(f"REST routed / Oxigraph SPARQL lookup:   {med['routed'][0] / oxi:.2f}x  (no response cache: router, middlewares, encoded-answer cache)")
print(f"REST uncached / Oxigraph SPARQL lookup: {med['uncached'][0] / oxi:.2f}x  (cache off: every request encodes)")
print(f"Lodestat SPARQL / Oxigraph SPARQL:     {sparql / oxi:.2f}x  (target >= 1.0x)")
print(f"REST detail p99: {med['rest'][2]:.3f} ms cached, {med['routed'][2]:.3f} ms routed, {med['uncached'][2]:.3f} ms uncached  (target < 2 ms)")
PY

#!/usr/bin/env bash
# Serving benchmark: Lodestat (`lodestat serve`) and Oxigraph (`oxigraph serve`, PyPI) on loopback
# over the same generated data (bench/generate.py). wrk (2 threads, 32 connections, as issue #5
# states) drives, alternating rounds:
#   (a) Lodestat REST JSON detail   GET /api/concepts/{id}
#   (b) Oxigraph SPARQL lookup      GET /query?query=SELECT ?p ?o WHERE { <iri> ?p ?o }
#   (c) Lodestat SPARQL lookup      GET /sparql?query=(same)
# Prints req/s, p50, p99 per round, then the median of the rounds for each side and the ratios.
# Targets: (a) ≥ 1.5× (b) with p99 < 2 ms; (c) ≥ (b).
# Usage: bench/serve.sh [TRIPLES] [SECONDS] [ROUNDS]   (defaults 100000, 10 and 3)
# PIN=1 pins both servers to CPU 1 and wrk to CPU 0 (taskset), so on a 2-core machine the load
# generator does not steal the servers' core; each server then has the same single core.
# CACHE_ENTRIES=0 turns off Lodestat's cache of encoded REST details (every request encodes).
source "$(dirname "$0")/common.sh"
N="${1:-100000}"; SECONDS_PER_ROUND="${2:-10}"; ROUNDS="${3:-3}"
SERVER_CPU=(); WRK_CPU=()
if [ "${PIN:-0}" = 1 ]; then SERVER_CPU=(taskset -c 1); WRK_CPU=(taskset -c 0); fi
LPORT=18101; OPORT=18102
BASE="http://bench.lodestat.example/"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
ensure_venv
ensure_build
ensure_data "$N" "serve-$N"
CAT="$DATA/serve-$N-catalog"; OXI="$DATA/serve-$N-oxigraph"
mkdir -p "$CAT"; cp "$DATA/serve-$N.ttl" "$CAT/generated.ttl"
if [ ! -d "$OXI" ]; then "$VENV/bin/oxigraph" load --location "$OXI" --file "$DATA/serve-$N.nt" >/dev/null 2>&1; fi

"${SERVER_CPU[@]}" "$LODESTAT" serve --catalog "$CAT" --host 127.0.0.1 --port "$LPORT" --base "$BASE" \
  --cache-entries "${CACHE_ENTRIES:-8192}" >/dev/null 2>&1 &
LPID=$!
"${SERVER_CPU[@]}" "$VENV/bin/oxigraph" serve --location "$OXI" --bind "127.0.0.1:$OPORT" >/dev/null 2>&1 &
OPID=$!
trap 'kill "$LPID" "$OPID" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$LPORT/health" >/dev/null && curl -sf "http://127.0.0.1:$OPORT/" >/dev/null && break
  sleep 0.2
done

IRI="${BASE}id/classification/c0/012"
# The REST id of that concept, from the search index (listing would not be a lookup).
ID="$(curl -sf "http://127.0.0.1:$LPORT/api/search?q=012&kind=concept&limit=50" |
      "$VENV/bin/python" -c "import json,sys; d=json.load(sys.stdin); print(next(h['id'] for h in d['items'] if h['iri']=='$IRI'))")"
Q="$("$VENV/bin/python" -c "import urllib.parse; print(urllib.parse.quote('SELECT ?p ?o WHERE { <$IRI> ?p ?o }'))")"
REST="http://127.0.0.1:$LPORT/api/concepts/$ID"
OXQ="http://127.0.0.1:$OPORT/query?query=$Q"
LSQ="http://127.0.0.1:$LPORT/sparql?query=$Q"
for u in "$REST" "$OXQ" "$LSQ"; do curl -sf -H 'Accept: application/sparql-results+json, application/json' "$u" >/dev/null || { echo "no answer from $u"; exit 1; }; done

run() {  # run URL → "reqs p50ms p99ms"
  "${WRK_CPU[@]}" wrk -t2 -c32 -d"${SECONDS_PER_ROUND}s" --latency -H 'Accept: application/sparql-results+json, application/json' "$1" |
  "$VENV/bin/python" -c '
import re, sys
t = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)", t, re.M)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
print(float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1)), ms("50"), ms("99"))'
}

RESULTS="$(mktemp)"; trap 'kill "$LPID" "$OPID" 2>/dev/null || true; rm -f "$RESULTS"' EXIT
for round in $(seq 1 "$ROUNDS"); do
  for name in rest oxigraph sparql; do
    case $name in rest) u="$REST" ;; oxigraph) u="$OXQ" ;; sparql) u="$LSQ" ;; esac
    read -r rps p50 p99 < <(run "$u")
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
for n in ("rest", "oxigraph", "sparql"):
    print(f"median    {n:<9} {med[n][0]:10.0f} req/s  p50 {med[n][1]:.3f} ms  p99 {med[n][2]:.3f} ms")
rest, oxi, sparql = med["rest"][0], med["oxigraph"][0], med["sparql"][0]
print(f"REST detail / Oxigraph SPARQL lookup: {rest / oxi:.2f}x  (target >= 1.5x)")
print(f"Lodestat SPARQL / Oxigraph SPARQL:     {sparql / oxi:.2f}x  (target >= 1.0x)")
print(f"REST detail p99: {med['rest'][2]:.3f} ms  (target < 2 ms)")
PY

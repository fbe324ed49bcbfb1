#!/usr/bin/env bash
# Serving benchmark: Lodestat (`lodestat serve`) and Oxigraph (`oxigraph serve`, PyPI) on loopback
# over the same generated data (bench/generate.py). wrk drives, alternating rounds:
#   (a) Lodestat REST JSON detail   GET /api/concepts/{id}
#   (b) Oxigraph SPARQL lookup      GET /query?query=SELECT ?p ?o WHERE { <iri> ?p ?o }
#   (c) Lodestat SPARQL lookup      GET /sparql?query=(same)
# Prints req/s, p50, p99 per round and the ratios against Oxigraph.
# Targets: (a) ≥ 1.5× (b) with p99 < 2 ms; (c) ≥ (b).
# Usage: bench/serve.sh [TRIPLES] [SECONDS]   (defaults 100000 and 10)
source "$(dirname "$0")/common.sh"
N="${1:-100000}"; SECONDS_PER_ROUND="${2:-10}"; ROUNDS=2
LPORT=18101; OPORT=18102
BASE="http://bench.lodestat.example/"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
ensure_venv
ensure_build
ensure_data "$N" "serve-$N"
CAT="$DATA/serve-$N-catalog"; OXI="$DATA/serve-$N-oxigraph"
mkdir -p "$CAT"; cp "$DATA/serve-$N.ttl" "$CAT/generated.ttl"
if [ ! -d "$OXI" ]; then "$VENV/bin/oxigraph" load --location "$OXI" --file "$DATA/serve-$N.nt" >/dev/null 2>&1; fi

"$LODESTAT" serve --catalog "$CAT" --host 127.0.0.1 --port "$LPORT" --base "$BASE" >/dev/null 2>&1 &
LPID=$!
"$VENV/bin/oxigraph" serve --location "$OXI" --bind "127.0.0.1:$OPORT" >/dev/null 2>&1 &
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
  wrk -t1 -c4 -d"${SECONDS_PER_ROUND}s" --latency -H 'Accept: application/sparql-results+json, application/json' "$1" |
  "$VENV/bin/python" -c '
import re, sys
t = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)", t, re.M)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
print(float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1)), ms("50"), ms("99"))'
}

declare -A best_rps best_p50 best_p99
for round in $(seq 1 "$ROUNDS"); do
  for name in rest oxigraph sparql; do
    case $name in rest) u="$REST" ;; oxigraph) u="$OXQ" ;; sparql) u="$LSQ" ;; esac
    read -r rps p50 p99 < <(run "$u")
    printf "round %d  %-9s %10.0f req/s  p50 %.3f ms  p99 %.3f ms\n" "$round" "$name" "$rps" "$p50" "$p99"
    if [ -z "${best_rps[$name]:-}" ] || python3 -c "import sys; sys.exit(0 if $rps > ${best_rps[$name]} else 1)"; then
      best_rps[$name]=$rps; best_p50[$name]=$p50; best_p99[$name]=$p99
    fi
  done
done
python3 - "${best_rps[rest]}" "${best_rps[oxigraph]}" "${best_rps[sparql]}" "${best_p99[rest]}" <<'PY'
import sys
rest, oxi, sparql, p99 = map(float, sys.argv[1:])
print(f"REST detail / Oxigraph SPARQL lookup: {rest / oxi:.2f}x  (target >= 1.5x)")
print(f"Lodestat SPARQL / Oxigraph SPARQL:     {sparql / oxi:.2f}x  (target >= 1.0x)")
print(f"REST detail p99: {p99:.3f} ms  (target < 2 ms)")
PY

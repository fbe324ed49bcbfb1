#!/usr/bin/env bash
# SPARQL under load (issue #16 (c)): wrk, 2 threads and 32 connections, against `lodestat serve`
# (/sparql) and `oxigraph serve-read-only` (/query) over the same generated triples, rounds
# alternating engine by engine, on (l) a lookup `SELECT ?p ?o { <iri> ?p ?o }` rotating over IDS
# items (bench/rotate.lua) and (j) a mid-size join: the series of one frequency with their flow's
# identifier and their subject's English label (bench/http-queries/34-mid-join.rq, ~1,100 rows at 1M).
# Prints req/s, p50, p99 per round, then medians, min–max over the rounds and ratios.
# Usage: bench/sparql_wrk.sh [SIZE] [SECONDS] [ROUNDS]   SIZE 100k, 1m (default); defaults 10 s, 3 rounds
# PIN=1 pins both servers to CPU 1 and wrk to CPU 0; LODESTAT_ARGS, LODESTAT_BIN as in sparql_http.sh.
source "$(dirname "$0")/common.sh"
size="${1:-1m}"; SECONDS_PER_ROUND="${2:-10}"; ROUNDS="${3:-3}"; IDS="${IDS:-1000}"
case "$size" in 100k) n=100000 ;; 1m) n=1000000 ;; *) echo "unknown size $size"; exit 2 ;; esac
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
ensure_venv
ensure_build
ensure_data "$n" "gen-$size"
NT="$DATA/gen-$size.nt"; CAT="$DATA/gen-$size-catalog"; OXI="$DATA/gen-$size-oxigraph"
mkdir -p "$CAT"; [ -f "$CAT/generated.ttl" ] || cp "$NT" "$CAT/generated.ttl"
if [ ! -d "$OXI" ]; then "$VENV/bin/oxigraph" load --location "$OXI" --file "$NT" >/dev/null 2>&1; fi
SERVER_CPU=(); WRK_CPU=()
if [ "${PIN:-0}" = 1 ]; then SERVER_CPU=(taskset -c 1); WRK_CPU=(taskset -c 0); fi
LPORT=18121; OPORT=18122
"${SERVER_CPU[@]}" "$LODESTAT" serve --catalog "$CAT" --host 127.0.0.1 --port "$LPORT" \
  --base "http://bench.lodestat.example/" ${LODESTAT_ARGS:-} >/dev/null 2>&1 &
LPID=$!
"${SERVER_CPU[@]}" "$VENV/bin/oxigraph" serve-read-only --location "$OXI" --bind "127.0.0.1:$OPORT" >/dev/null 2>&1 &
OPID=$!
PATHS="$(mktemp -d)"; RESULTS="$(mktemp)"
trap 'kill "$LPID" "$OPID" 2>/dev/null || true; rm -rf "$PATHS" "$RESULTS"' EXIT
for _ in $(seq 1 900); do
  curl -sf "http://127.0.0.1:$LPORT/health" >/dev/null && curl -sf "http://127.0.0.1:$OPORT/" >/dev/null && break
  sleep 0.2
done
# The first IDS subjects of skos:inScheme (the same items on both sides) and the join's text.
"$VENV/bin/python" - "$PATHS" "$IDS" "$BENCH_DIR/http-queries/34-mid-join.rq" "$NT" <<'PY'
import sys, urllib.parse
out, ids, join_file, nt = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
subjects = []
with open(nt, encoding="utf-8") as f:
    for line in f:
        if "<http://www.w3.org/2004/02/skos/core#inScheme>" in line:
            subjects.append(line.split(" ", 1)[0])
            if len(subjects) == ids:
                break
join = urllib.parse.quote(open(join_file, encoding="utf-8").read())
for engine, path in (("lodestat", "/sparql"), ("oxigraph", "/query")):
    with open(f"{out}/lookup-{engine}", "w") as w:
        for s in subjects:
            w.write(path + "?query=" + urllib.parse.quote(f"SELECT ?p ?o WHERE {{ {s} ?p ?o }}") + "\n")
    with open(f"{out}/join-{engine}", "w") as w:
        w.write(path + "?query=" + join + "\n")
print(len(subjects), "lookup subjects")
PY
declare -A ORIGIN=([lodestat]="http://127.0.0.1:$LPORT" [oxigraph]="http://127.0.0.1:$OPORT")
for q in lookup join; do for e in lodestat oxigraph; do  # every path answers 200 on its side
  curl -sf -H 'Accept: application/sparql-results+json' "${ORIGIN[$e]}$(head -n 1 "$PATHS/$q-$e")" >/dev/null ||
    { echo "no answer from $e for $q"; exit 1; }
done; done
run() {  # run ORIGIN PATHS-FILE → "reqs p50ms p99ms"
  WRK_PATHS="$2" "${WRK_CPU[@]}" wrk -t2 -c32 -d"${SECONDS_PER_ROUND}s" --latency -s "$BENCH_DIR/rotate.lua" \
    -H 'Accept: application/sparql-results+json' "$1" |
  "$VENV/bin/python" -c '
import re, sys
t = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)", t, re.M)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
print(float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1)), ms("50"), ms("99"))'
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
for round in $(seq 1 "$ROUNDS"); do
  for q in lookup join; do for e in lodestat oxigraph; do
    read -r rps p50 p99 < <(run "${ORIGIN[$e]}" "$PATHS/$q-$e")
    printf "round %d  %-6s %-8s %9.0f req/s  p50 %.3f ms  p99 %.3f ms\n" "$round" "$q" "$e" "$rps" "$p50" "$p99"
    echo "$q $e $rps $p50 $p99" >>"$RESULTS"
  done; done
done
python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    q, e, *v = line.split()
    rows.setdefault((q, e), []).append(tuple(map(float, v)))
for q in ("lookup", "join"):
    med = {e: statistics.median(r[0] for r in rows[(q, e)]) for e in ("lodestat", "oxigraph")}
    for e in ("lodestat", "oxigraph"):
        rs = [r[0] for r in rows[(q, e)]]
        p99 = statistics.median(r[2] for r in rows[(q, e)])
        print(f"median {q:<6} {e:<8} {med[e]:9.0f} req/s ({min(rs):.0f}-{max(rs):.0f})  p99 {p99:.3f} ms")
    ratios = sorted(l[0] / o[0] for l, o in zip(rows[(q, "lodestat")], rows[(q, "oxigraph")]))
    print(f"{q}: Lodestat / Oxigraph req/s {med['lodestat'] / med['oxigraph']:.2f}x "
          f"(per round {ratios[0]:.2f}-{ratios[-1]:.2f}; target >= 1.0x)")
PY

#!/usr/bin/env bash
# Bounded memory: the resident memory of one `lodestat serve` (release build) on a generated
# catalog of TRIPLES triples (bench/generate.py), under the costliest parameters of each route.
#
#   bench/memory.sh [TRIPLES=1000000]
#
# Serves the catalog on a free loopback port and measures, in MiB:
#   load      the peak while the catalog is loaded (VmHWM when /health first answers), and the
#             resident memory once loaded (VmRSS, the baseline of the rows below);
#   reload    the peak of a SIGHUP reload (a second snapshot is built beside the one in service);
#   each route: the peak resident memory while its request is answered — VmHWM, reset before the
#             request (`echo 5 > /proc/PID/clear_refs`) — and its growth over the resident memory
#             before the request (which holds what earlier requests left: the allocator keeps
#             freed memory for reuse, and the response cache keeps small answers).
# The routes, each with its worst parameters (every kind that has resources, every format):
#   /api/export/{kind}?format=jsonl|ttl|nt|rdf|jsonld         whole kinds at once
#   /api/{kind}?limit=1000&offset=TOTAL-1000                  the deepest full page
#   /api/search?q=…&limit=1000                                a query every label matches
#   /api/classifications/{hub}/items?limit=1000               the items of the hub classification
#   /id/{hub} as Turtle, JSON-LD, RDF/XML and HTML; DESCRIBE <hub>
#   /sparql CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } as N-Triples and Turtle; SELECT of every triple
#   /sdmx/v1/structure/all/all/latest?references=all&detail=full   (SDMX-ML 2.1 and SDMX-JSON)
#   /sdmx/v2/structure/*/*/*/*?references=all&detail=full         (SDMX-ML 3.0 and SDMX-JSON 2.0)
#   /dcat as Turtle, RDF/XML and JSON-LD
# The hub is the first classification (HUB_ID=… picks another: its id under /api/classifications).
# Answers are read to the end and counted; a status other than 2xx is printed (a route may refuse
# what exceeds a limit, e.g. --max-rows), not a failure.
#
# The ceiling is the systemd unit's MemoryMax (deploy/systemd/lodestat@.service), or CEILING_MIB.
# Exits 1 when the load, the reload or any route peaks above it, or the server dies.
# CONCURRENCY=n (default 1) sends each route's request n times at once.
# Prints a summary line (date, machine, catalog) for bench/README.md; outputs in .build/memory/.
set -euo pipefail
source "$(dirname "$0")/common.sh"
# shellcheck source=../scripts/lib/loopback.sh
source "$ROOT/scripts/lib/loopback.sh"
set -euo pipefail

N="${1:-1000000}"
[[ "$N" =~ ^[0-9]+$ && "$N" -gt 0 ]] || { echo "memory.sh: TRIPLES must be a positive number" >&2; exit 2; }
CONCURRENCY="${CONCURRENCY:-1}"
[[ "$CONCURRENCY" =~ ^[0-9]+$ && "$CONCURRENCY" -gt 0 ]] || { echo "memory.sh: CONCURRENCY must be a positive number" >&2; exit 2; }
UNIT="$ROOT/deploy/systemd/lodestat@.service"

# The ceiling: MemoryMax=… of the unit (K, M, G, T suffixes, base 1024) in MiB.
if [ -n "${CEILING_MIB:-}" ]; then
  CEILING="$CEILING_MIB"; CEILING_FROM="CEILING_MIB"
else
  CEILING="$(awk -F= '/^MemoryMax=/ { v = $2 } END {
      if (v !~ /^[0-9]+[KMGT]?$/) exit 1
      n = v + 0; u = substr(v, length(v))
      if (u == "K") n /= 1024; else if (u == "G") n *= 1024; else if (u == "T") n *= 1048576; else if (u != "M") n /= 1048576
      printf "%d", n }' "$UNIT")" || { echo "memory.sh: no MemoryMax=<bytes>[KMGT] in $UNIT" >&2; exit 2; }
  CEILING_FROM="MemoryMax of deploy/systemd/lodestat@.service"
fi
[[ "$CEILING" =~ ^[0-9]+$ ]] || { echo "memory.sh: ceiling '$CEILING' is not a number of MiB" >&2; exit 2; }

[ -x "$LODESTAT" ] || ensure_build
ensure_data "$N" "memory-$N"
CAT="$DATA/memory-$N-catalog"
mkdir -p "$CAT"; cp "$DATA/memory-$N.ttl" "$CAT/generated.ttl"

OUT="$ROOT/.build/memory"
rm -rf "$OUT"; mkdir -p "$OUT"
PORT="$(free_port)"
URL="http://127.0.0.1:$PORT"
BASE="http://bench.lodestat.example/"
LOAD_START="$(date +%s.%N)"
"$LODESTAT" serve --catalog "$CAT" --host 127.0.0.1 --port "$PORT" --base "$BASE" >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'stop_pid "$SERVER" 20' EXIT
wait_http "$URL/health" "$SERVER" "$OUT/server.log" 900
LOAD_SECONDS="$(awk -v s="$LOAD_START" -v n="$(date +%s.%N)" 'BEGIN { printf "%.1f", n - s }')"

status_kib() {  # status_kib FIELD: VmRSS, VmHWM… of the server in KiB
  awk -v f="$1:" '$1 == f { print $2 }' "/proc/$SERVER/status"
}
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
reset_peak() {
  echo 5 >"/proc/$SERVER/clear_refs" 2>/dev/null ||
    { echo "memory.sh: cannot reset the peak of pid $SERVER (/proc/$SERVER/clear_refs)" >&2; exit 1; }
}
alive() { kill -0 "$SERVER" 2>/dev/null || { tail -20 "$OUT/server.log" >&2; echo "memory.sh: the server died" >&2; exit 1; }; }

FAILED=0
LOAD_PEAK="$(status_kib VmHWM)"
sleep 2
BASELINE="$(status_kib VmRSS)"
ROWS="$OUT/rows.tsv"
: >"$ROWS"
printf '%-78s %6s %12s %8s %10s %9s %9s\n' "route" "status" "bytes" "seconds" "before MiB" "peak MiB" "+MiB"
row() {  # row NAME STATUS BYTES SECONDS BEFORE_KIB PEAK_KIB
  local over=""
  if [ "$(mib "$6")" -gt "$CEILING" ]; then over="  OVER THE CEILING"; FAILED=1; fi
  printf '%-78s %6s %12s %8s %10s %9s %9s%s\n' "$1" "$2" "$3" "$4" "$(mib "$5")" "$(mib "$6")" "$(mib $(( $6 - $5 )))" "$over"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$(mib "$5")" "$(mib "$6")" >>"$ROWS"
}
row "load ($N triples; resident once loaded: the baseline)" "-" "-" "$LOAD_SECONDS" "$BASELINE" "$LOAD_PEAK"

# measure NAME ACCEPT PATH: the route's peak with CONCURRENCY requests at once.
measure() {
  local name="$1" accept="$2" path="$3" i pids=()
  alive
  reset_peak
  local before; before="$(status_kib VmRSS)"
  for i in $(seq 1 "$CONCURRENCY"); do
    curl -s -o /dev/null --max-time 900 -H "Accept: $accept" -w '%{http_code} %{size_download} %{time_total}\n' \
      "$URL$path" >"$OUT/curl.$i" 2>&1 &
    pids+=($!)
  done
  wait "${pids[@]}" || true
  alive
  local peak; peak="$(status_kib VmHWM)"
  local status bytes seconds
  read -r status bytes seconds <"$OUT/curl.1" || true
  row "$name" "${status:-?}" "${bytes:-?}" "$(printf '%.1f' "${seconds:-0}")" "$before" "$peak"
}

json_total() {  # json_total PATH: the "total" of a REST list
  curl -sf "$URL$1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])'
}

# Exports and deepest pages: every kind that has resources.
BIGGEST=""; BIGGEST_TOTAL=0
for plural in series dataflows classifications concepts events internship-topics organisations projects; do
  total="$(json_total "/api/$plural?limit=0")"
  [ "$total" -gt 0 ] || continue
  if [ "$total" -gt "$BIGGEST_TOTAL" ]; then BIGGEST="$plural"; BIGGEST_TOTAL="$total"; fi
  for format in jsonl ttl nt rdf jsonld; do
    measure "/api/export/$plural?format=$format ($total)" "*/*" "/api/export/$plural?format=$format"
  done
  offset=$(( total > 1000 ? total - 1000 : 0 ))
  measure "/api/$plural?limit=1000&offset=$offset" "application/json" "/api/$plural?limit=1000&offset=$offset"
done
[ -n "$BIGGEST" ] || { echo "memory.sh: the catalog has no resources" >&2; exit 1; }
measure "/api/search?q=a&limit=1000" "application/json" "/api/search?q=a&limit=1000"

# The hub: a classification (its items link to it).
HUB_ID="${HUB_ID:-$(curl -sf "$URL/api/classifications?limit=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["id"])')}"
HUB_IRI="$(curl -sf "$URL/api/classifications/$HUB_ID" | python3 -c 'import json, sys; print(json.load(sys.stdin)["iri"])')"
HUB_PATH="/${HUB_IRI#"$BASE"}"
measure "/api/classifications/$HUB_ID/items?limit=1000" "application/json" "/api/classifications/$HUB_ID/items?limit=1000"
for accept in text/turtle application/ld+json application/rdf+xml text/html; do
  measure "$HUB_PATH ($accept)" "$accept" "$HUB_PATH"
done
measure "DESCRIBE <$HUB_PATH> (text/turtle)" "text/turtle" "/sparql?query=$(urlencode "DESCRIBE <$HUB_IRI>")"

ALL_CONSTRUCT="/sparql?query=$(urlencode 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }')"
measure "/sparql CONSTRUCT every triple (application/n-triples)" "application/n-triples" "$ALL_CONSTRUCT"
measure "/sparql CONSTRUCT every triple (text/turtle)" "text/turtle" "$ALL_CONSTRUCT"
measure "/sparql SELECT every triple (application/sparql-results+json)" "application/sparql-results+json" \
  "/sparql?query=$(urlencode 'SELECT * WHERE { ?s ?p ?o }')"

measure "/sdmx/v1/structure/all/all/latest?references=all&detail=full (SDMX-ML 2.1)" "application/xml" \
  "/sdmx/v1/structure/all/all/latest?references=all&detail=full"
measure "/sdmx/v1/structure/all/all/latest?references=all&detail=full (SDMX-JSON)" "*/*" \
  "/sdmx/v1/structure/all/all/latest?references=all&detail=full&format=sdmx-json"
measure "/sdmx/v2/structure/*/*/*/*?references=all&detail=full (SDMX-ML 3.0)" "application/xml" \
  "/sdmx/v2/structure/*/*/*/*?references=all&detail=full"
measure "/sdmx/v2/structure/*/*/*/*?references=all&detail=full (SDMX-JSON 2.0)" "*/*" \
  "/sdmx/v2/structure/*/*/*/*?references=all&detail=full&format=sdmx-json"
for accept in text/turtle application/rdf+xml application/ld+json; do
  measure "/dcat ($accept)" "$accept" "/dcat"
done

# A reload: the next snapshot is built beside the one in service, then swapped in.
alive
reset_peak
BEFORE="$(status_kib VmRSS)"
GENERATION="$(curl -sf "$URL/health" | python3 -c 'import json, sys; print(json.load(sys.stdin)["generation"])')"
RELOAD_START="$(date +%s.%N)"
kill -HUP "$SERVER"
for _ in $(seq 1 4500); do
  alive
  now="$(curl -sf "$URL/health" | python3 -c 'import json, sys; print(json.load(sys.stdin)["generation"])' 2>/dev/null || echo "$GENERATION")"
  [ "$now" != "$GENERATION" ] && break
  sleep 0.2
done
[ "$now" != "$GENERATION" ] || { echo "memory.sh: the reload did not finish" >&2; exit 1; }
RELOAD_SECONDS="$(awk -v s="$RELOAD_START" -v n="$(date +%s.%N)" 'BEGIN { printf "%.1f", n - s }')"
row "reload (SIGHUP, two snapshots at once)" "-" "-" "$RELOAD_SECONDS" "$BEFORE" "$(status_kib VmHWM)"

MAX="$(awk -F'\t' '$6 > m { m = $6; r = $1 } END { print m "\t" r }' "$ROWS")"
echo
echo "ceiling: $CEILING MiB ($CEILING_FROM); highest peak: ${MAX%%$'\t'*} MiB (${MAX#*$'\t'})"
CPU="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
MEM="$(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "summary: $(date -u +%Y-%m-%d), $(nproc) CPU ($CPU), $MEM RAM; $N-triple catalog (bench/generate.py) loaded in ${LOAD_SECONDS} s;" \
  "baseline $(mib "$BASELINE") MiB, load peak $(mib "$LOAD_PEAK") MiB, highest route peak ${MAX%%$'\t'*} MiB; concurrency $CONCURRENCY;" \
  "ceiling $CEILING MiB"
if [ "$FAILED" -ne 0 ]; then echo "memory: OVER THE CEILING"; exit 1; fi
echo "memory: every peak under the ceiling"

#!/usr/bin/env bash
# Soak: the release server under CONNECTIONS concurrent keep-alive connections for SECONDS on
# each of three routes, with its resident memory sampled every second.
#
#   bench/soak.sh [SECONDS=60] [CONNECTIONS=256]
#
# Serves the embedded catalog (.build/release/lodestat serve, built when missing) on a free
# loopback port, then:
#   warm-up   WARMUP_SECONDS (default 10) of the three routes mixed, same connections;
#   rest      GET /api/series/{id}                       Accept: application/json
#   linked    GET /id/organisation/insee                 Accept: text/turtle
#   sparql    GET /sparql?query=SELECT ?p ?o WHERE { <series IRI> ?p ?o }
#                                                        Accept: application/sparql-results+json
# each with `wrk -t2 -c CONNECTIONS -d SECONDS --latency` (bench/wrk/requests.lua).
# Prints, per route: req/s, p50, p99, max latency, socket errors (connect/read/write/timeout) and
# non-2xx/3xx answers; then the server's VmRSS after the warm-up and at the end.
# Memory is flat when the end RSS exceeds the post-warm-up RSS by less than
# max(RSS_GROWTH_MIB, RSS_GROWTH_PERCENT % of it) (defaults 16 MiB, 10 %).
# Exits 1 when any request failed (socket error or non-2xx/3xx), the server died, or memory grew.
# The RSS samples (seconds, KiB) are left in .build/soak/rss.tsv, wrk's outputs beside them.
set -euo pipefail
source "$(dirname "$0")/common.sh"
# shellcheck source=../scripts/lib/loopback.sh
source "$ROOT/scripts/lib/loopback.sh"
set -euo pipefail

DURATION="${1:-60}"; CONNECTIONS="${2:-256}"
WARMUP="${WARMUP_SECONDS:-10}"
GROWTH_MIB="${RSS_GROWTH_MIB:-16}"; GROWTH_PERCENT="${RSS_GROWTH_PERCENT:-10}"
for n in "$DURATION" "$CONNECTIONS" "$WARMUP" "$GROWTH_MIB" "$GROWTH_PERCENT"; do
  [[ "$n" =~ ^[0-9]+$ && "$n" -gt 0 ]] || { echo "soak.sh: '$n' is not a positive number" >&2; exit 2; }
done

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -x "$LODESTAT" ] || ensure_build

# Every connection is a descriptor in wrk and in the server (plus the server's own files).
NEED_FILES=$(( CONNECTIONS + 256 ))
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$NEED_FILES" ]; then
  ulimit -n "$NEED_FILES" 2>/dev/null ||
    { echo "soak.sh: open-file limit $(ulimit -n) < $NEED_FILES and cannot be raised (ulimit -Hn: $(ulimit -Hn))" >&2; exit 1; }
fi
echo "open-file limit $(ulimit -n); somaxconn $(cat /proc/sys/net/core/somaxconn 2>/dev/null || echo '?'); tcp_max_syn_backlog $(cat /proc/sys/net/ipv4/tcp_max_syn_backlog 2>/dev/null || echo '?')"

OUT="$ROOT/.build/soak"
rm -rf "$OUT"; mkdir -p "$OUT"
PORT="$(free_port)"
URL="http://127.0.0.1:$PORT"
"$LODESTAT" serve --host 127.0.0.1 --port "$PORT" --log-level warning >"$OUT/server.log" 2>&1 &
SERVER=$!
SAMPLER=""
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  stop_pid "$SERVER" 20
}
trap cleanup EXIT
wait_http "$URL/health" "$SERVER" "$OUT/server.log" 60

# The routes: a series id taken from the REST list, its IRI for SPARQL.
SERIES_JSON="$(curl -sf -H 'Accept: application/json' "$URL/api/series?limit=1")"
read -r SERIES_ID SERIES_IRI < <(python3 -c 'import json, sys
item = json.loads(sys.argv[1])["items"][0]
print(item["id"], item["iri"])' "$SERIES_JSON")
SPARQL="SELECT ?p ?o WHERE { <$SERIES_IRI> ?p ?o }"
printf 'application/json\t/api/series/%s\n' "$SERIES_ID" >"$OUT/rest.txt"
printf 'text/turtle\t/id/organisation/insee\n' >"$OUT/linked.txt"
printf 'application/sparql-results+json\t/sparql?query=%s\n' "$(urlencode "$SPARQL")" >"$OUT/sparql.txt"
cat "$OUT/rest.txt" "$OUT/linked.txt" "$OUT/sparql.txt" >"$OUT/warmup.txt"
while IFS=$'\t' read -r accept path; do
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "Accept: $accept" "$URL$path")"
  [ "$code" = 200 ] || { echo "soak.sh: $path answered $code before the load" >&2; exit 1; }
done <"$OUT/warmup.txt"

# One VmRSS sample a second, as "seconds-since-start<TAB>KiB".
T0="$(date +%s)"
( while kill -0 "$SERVER" 2>/dev/null; do
    printf '%s\t%s\n' "$(( $(date +%s) - T0 ))" "$(rss_kib "$SERVER")"
    sleep 1
  done ) >"$OUT/rss.tsv" &
SAMPLER=$!

run_wrk() {  # NAME SECONDS
  wrk -t2 -c"$CONNECTIONS" -d"$2s" --timeout 5s --latency -s "$BENCH_DIR/wrk/requests.lua" "$URL" -- "$OUT/$1.txt" \
    >"$OUT/$1.wrk" 2>&1 || { cat "$OUT/$1.wrk" >&2; echo "soak.sh: wrk failed on $1" >&2; exit 1; }
  kill -0 "$SERVER" 2>/dev/null || { tail -20 "$OUT/server.log" >&2; echo "soak.sh: the server died during $1" >&2; exit 1; }
}

echo "warm-up: ${WARMUP}s, $CONNECTIONS connections, the three routes mixed"
run_wrk warmup "$WARMUP"
RSS_WARM="$(rss_kib "$SERVER")"

FAILED=0
printf '\n%-8s %10s %9s %9s %9s %8s %8s %8s %8s %10s\n' route "req/s" "p50 ms" "p99 ms" "max ms" connect read write timeout "non-2xx"
for route in rest linked sparql; do
  run_wrk "$route" "$DURATION"
  eval "$(python3 "$BENCH_DIR/wrk/wrk_report.py" <"$OUT/$route.wrk")"
  printf '%-8s %10.0f %9.3f %9.3f %9.3f %8d %8d %8d %8d %10d\n' "$route" "$rps" "$p50_ms" "$p99_ms" "$max_ms" \
    "$socket_connect" "$socket_read" "$socket_write" "$socket_timeout" "$non_2xx_3xx"
  [ "$errors" -eq 0 ] || FAILED=1
done
RSS_END="$(rss_kib "$SERVER")"
RSS_MAX="$(awk -F'\t' -v from="$WARMUP" '$1 >= from && $2 > m { m = $2 } END { print m + 0 }' "$OUT/rss.tsv")"

python3 - "$RSS_WARM" "$RSS_END" "$RSS_MAX" "$GROWTH_MIB" "$GROWTH_PERCENT" <<'PY' || FAILED=1
import sys
warm, end, peak, mib, percent = (int(v) for v in sys.argv[1:])
allowed = max(mib * 1024, warm * percent // 100)
growth = end - warm
print(f"\nRSS after warm-up {warm / 1024:.1f} MiB, at the end {end / 1024:.1f} MiB, "
      f"peak {peak / 1024:.1f} MiB; growth {growth / 1024:+.1f} MiB (allowed < {allowed / 1024:.1f} MiB)")
sys.exit(0 if growth < allowed else 1)
PY
if [ "$FAILED" -ne 0 ]; then
  echo "soak: FAILED (failed requests or memory growth; wrk outputs and rss.tsv in $OUT)"
  exit 1
fi
echo "soak: no failed request, memory flat"

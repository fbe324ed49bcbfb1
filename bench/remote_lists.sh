#!/usr/bin/env bash
# Remote backend: time of list and search routes served from Oxigraph (lodestat serve
# --sparql-endpoint) against the embedded store, median of RUNS requests each, with ratios.
#
#   bench/remote_lists.sh            (LODESTAT_BIN=.build/debug/lodestat to measure a debug build)
#
# `/api/export/concepts` reads the subgraph every list read before lists were paged by the engine
# (every concept and what its view needs), so it stands for the former `/api/concepts?limit=20`;
# `/search?q=prix` (HTML) still reads every resource's own triples, as `/api/search` did before.
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/lib/loopback.sh"
RUNS="${RUNS:-5}"
ensure_build
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do stop_pid "$pid" 20 || true; done
  "$ROOT/scripts/engines/engine.sh" oxigraph stop "$WORK/oxigraph" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$WORK/oxigraph"
eval "$("$ROOT/scripts/engines/engine.sh" oxigraph start "$WORK/oxigraph" "$(free_port)" | grep -E '^(QUERY|UPDATE|GSP)_URL=')"
"$LODESTAT" publish --to "$GSP_URL" --replace >/dev/null
serve() {  # serve PORT ARGS...
  local port="$1"; shift
  "$LODESTAT" serve --host 127.0.0.1 --port "$port" --base http://localhost:8080/ --cache-entries 0 "$@" \
    >"$WORK/serve-$port.log" 2>&1 &
  PIDS+=("$!")
  wait_http "http://127.0.0.1:$port/health" "$!" "$WORK/serve-$port.log" 120
}
EP="$(free_port)"; RP="$(free_port)"
serve "$EP"
serve "$RP" --sparql-endpoint "$QUERY_URL"
median() {  # median URL: median wall time of RUNS GETs, in seconds
  for _ in $(seq "$RUNS"); do curl -s -o /dev/null -w '%{time_total}\n' "$1"; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
printf '%-34s %10s %10s %8s\n' route embedded oxigraph ratio
for route in "/api/concepts?limit=20" "/api/concepts?limit=20&offset=1000" "/api/series?limit=20" \
             "/api/export/concepts" "/api/search?q=prix" "/search?q=prix"; do
  e="$(median "http://127.0.0.1:$EP$route")"
  r="$(median "http://127.0.0.1:$RP$route")"
  printf '%-34s %9.3fs %9.3fs %7.1fx\n' "$route" "$e" "$r" "$(python3 -c "print($r / max($e, 1e-6))")"
done

#!/usr/bin/env bash
# Remote SPARQL backend, end to end and differential, against real engines on loopback.
#
#   Tests/ServerTests/e2e/remote_backend.sh [oxigraph|virtuoso]...      (default: oxigraph virtuoso)
#
# For each engine: start it (scripts/engines/engine.sh), `lodestat publish` the embedded catalog into
# it (staged, then in place, then a publish to a dead endpoint that must fail with exit 1 and name
# the graphs not written), start `lodestat serve --sparql-endpoint` beside a `lodestat serve` of the
# embedded store, and run remote_diff.py: every route for every resource, compared (see there).
# Environment: REMOTE_DIFF_SAMPLE=N keeps every Nth resource of each kind (default 1: all);
# LODESTAT_BIN=PATH uses that binary instead of building the debug one; REMOTE_DIFF_WORKERS (4).
# Exit status 0 only when every step passed and no difference was found. Loopback only.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
# shellcheck source=../../../scripts/lib/loopback.sh
source "$ROOT/scripts/lib/loopback.sh"
ENGINES=("$@")
[ ${#ENGINES[@]} -gt 0 ] || ENGINES=(oxigraph virtuoso)
SAMPLE="${REMOTE_DIFF_SAMPLE:-1}"
WORKERS="${REMOTE_DIFF_WORKERS:-4}"
VENV="$ROOT/.build/remote-venv"
WORK="$(mktemp -d)"
PIDS=()
STATES=()
failed=0

cleanup() {
  for pid in "${PIDS[@]}"; do stop_pid "$pid" 20 || true; done
  for state in "${STATES[@]}"; do "$ROOT/scripts/engines/engine.sh" oxigraph stop "$state" >/dev/null 2>&1 || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

step() {  # step NAME COMMAND...: runs COMMAND, prints ok/FAIL, counts failures
  if "${@:2}"; then echo "ok   $1"; else echo "FAIL $1"; failed=$((failed + 1)); fi
}

if [ -n "${LODESTAT_BIN:-}" ]; then BIN="$LODESTAT_BIN"; else
  (cd "$ROOT" && swift build --product lodestat >/dev/null)
  BIN="$(cd "$ROOT" && swift build --show-bin-path)/lodestat"
fi
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import rdflib" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet rdflib
fi

serve() {  # serve LOG PORT ARGS...: starts lodestat serve, waits for /health, prints nothing
  local log="$1" port="$2"
  shift 2
  "$BIN" serve --host 127.0.0.1 --port "$port" --base http://localhost:8080/ "$@" >"$log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  wait_http "http://127.0.0.1:$port/health" "$pid" "$log" 120
}

EMBEDDED_PORT="$(free_port)"
serve "$WORK/embedded.log" "$EMBEDDED_PORT" --admin-token e2e-token  # same routes (and OpenAPI) as the remote one
EMBEDDED="http://127.0.0.1:$EMBEDDED_PORT"

for engine in "${ENGINES[@]}"; do
  state="$WORK/$engine"
  mkdir -p "$state"
  STATES+=("$state")
  port="$(free_port)"
  eval "$("$ROOT/scripts/engines/engine.sh" "$engine" start "$state" "$port" | grep -E '^(QUERY|UPDATE|GSP)_URL=')"
  echo "== $engine: $QUERY_URL"

  step "$engine: staged publish (--update-endpoint --replace)" \
    bash -c "'$BIN' publish --to '$GSP_URL' --update-endpoint '$UPDATE_URL' --replace >'$state/publish1.out' \
             && grep -q '^published 64 graphs' '$state/publish1.out'"
  step "$engine: in-place publish (--replace) replaces, does not duplicate" \
    bash -c "'$BIN' publish --to '$GSP_URL' --replace >'$state/publish2.out' \
             && diff <(tail -1 '$state/publish1.out') <(tail -1 '$state/publish2.out') >/dev/null"
  step "$engine: no staging graph left behind" \
    bash -c "curl -sf '$QUERY_URL' -H 'Accept: text/csv' --data-urlencode \
             'query=SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"urn:lodestat:staging:\")) }' \
             | tail -1 | tr -d '\r' | grep -qx 0"
  dead="http://127.0.0.1:$(free_port)/store"
  step "$engine: publish to a dead endpoint exits 1 and lists the graphs not written" \
    bash -c "! '$BIN' publish --to '$dead' --replace --timeout 5 2>'$state/dead.err' >/dev/null \
             && grep -q 'graphs not written (63)' '$state/dead.err'"

  step "$engine: serve refuses --update-endpoint and --graph-store (serve never writes)" \
    bash -c "! '$BIN' serve --port '$(free_port)' --sparql-endpoint '$QUERY_URL' --update-endpoint '$UPDATE_URL' \
               2>'$state/refused.err' && grep -q 'update-endpoint is reserved' '$state/refused.err' \
             && ! '$BIN' serve --port '$(free_port)' --sparql-endpoint '$QUERY_URL' --graph-store '$GSP_URL' 2>/dev/null"
  remote_port="$(free_port)"
  step "$engine: serve --sparql-endpoint starts" \
    serve "$state/remote.log" "$remote_port" --sparql-endpoint "$QUERY_URL" --admin-token e2e-token \
      --request-log-level info
  REMOTE_PID="${PIDS[${#PIDS[@]}-1]}"
  REMOTE="http://127.0.0.1:$remote_port"
  step "$engine: health reports the engine reachable (200)" \
    bash -c "curl -sf '$REMOTE/health' | grep -q '\"reachable\":true'"
  step "$engine: differential test over every route" \
    "$VENV/bin/python" "$HERE/remote_diff.py" "$EMBEDDED" "$REMOTE" --sample "$SAMPLE" --workers "$WORKERS" \
      --engine "$engine"
  step "$engine: --request-log-level info logs one line per request" \
    grep -q 'http.path=/api/dataflows' "$state/remote.log"

  # Reload: a graph added to the engine shows in the graph list after SIGHUP, and after POST /admin/reload.
  probe='<http://localhost:8080/id/project/reload-probe> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://lodestat.example.org/def/Project> .'
  graphs_before="$(curl -sf "$REMOTE/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["engine"]["graphs"])')"
  step "$engine: a graph is added to the engine" \
    curl -sf -o /dev/null -X PUT -H 'Content-Type: application/n-triples' --data-binary "$probe" \
      "$GSP_URL?graph=urn:lodestat:graph:catalog/reload-probe.ttl"
  kill -HUP "$REMOTE_PID"
  step "$engine: SIGHUP re-reads the graph list (generation 2, one graph more)" \
    bash -c "for _ in \$(seq 50); do curl -sf '$REMOTE/health' | grep -q '\"generation\":2,' \
               && curl -sf '$REMOTE/health' | grep -q '\"graphs\":$((graphs_before + 1)),' && exit 0; sleep 0.2; done; exit 1"
  step "$engine: POST /admin/reload reloads (generation 3)" \
    bash -c "curl -sf -X POST -H 'Authorization: Bearer e2e-token' '$REMOTE/admin/reload' | grep -q '\"generation\":3,'"

  # The engine goes away: the remote server answers 502 with a problem, and keeps running.
  "$ROOT/scripts/engines/engine.sh" "$engine" stop "$state" >/dev/null
  step "$engine: engine down gives 502 problem+json" \
    bash -c "curl -s -D - -o '$state/down.json' '$REMOTE/api/dataflows' | tr -d '\r' | grep -q '^HTTP/1.1 502' \
             && grep -q 'bad-gateway' '$state/down.json'"
  step "$engine: health answers 503 with the engine unreachable and its last error" \
    bash -c "sleep 1.1; curl -s -D - -o '$state/health.json' '$REMOTE/health' | tr -d '\r' | grep -q '^HTTP/1.1 503' \
             && grep -q '\"status\":\"unavailable\"' '$state/health.json' \
             && grep -q '\"reachable\":false' '$state/health.json' && ! grep -q '\"lastError\":null' '$state/health.json'"
  step "$engine: a reload with the engine down fails (500) and the old state keeps serving" \
    bash -c "curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Authorization: Bearer e2e-token' '$REMOTE/admin/reload' \
               | grep -qx 500 && curl -s '$REMOTE/health' | grep -q '\"generation\":3,'"
done

echo "remote backend: $failed failed step(s)"
[ "$failed" -eq 0 ]

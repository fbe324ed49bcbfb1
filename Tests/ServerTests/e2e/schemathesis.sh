#!/usr/bin/env bash
# Drives the real `lodestat serve` (embedded catalog, loopback) with schemathesis, generated from
# the server's own /openapi.json, with every check (`--checks all`) and every phase (examples,
# coverage, fuzzing, stateful); then checks that the server is still alive.
# Usage: Tests/ServerTests/e2e/schemathesis.sh [SECONDS]   (default $SCHEMATHESIS_SECONDS, else 120)
# Environment: LODESTAT_BIN (else the debug binary), SCHEMATHESIS_REPORT (a folder for the JUnit report).
# One worker: with two, CPython 3.11 sometimes fails inside hypothesis ("AST constructor recursion
# depth mismatch", a thread-safety bug of ast.parse) and schemathesis reports a runtime error.
# Configuration (schemathesis.toml beside this script) states the one expectation the OpenAPI
# document cannot: a SPARQL query that fits the schema (a string) may still be a syntax error (400).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/common.sh"
SECONDS_BUDGET="${1:-${SCHEMATHESIS_SECONDS:-120}}"
PORT="$(free_port)"
URL="http://127.0.0.1:$PORT"
VENV="$ROOT/.build/schemathesis-venv"
LOG="$(mktemp)"

BIN="$(lodestat_binary)"
if [ ! -x "$VENV/bin/schemathesis" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet schemathesis
fi

"$BIN" serve --host 127.0.0.1 --port "$PORT" --admin-token schemathesis-token >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; rm -f "$LOG"' EXIT
wait_http "$URL/health" "$PID" "$LOG" 60

report=()
[ -n "${SCHEMATHESIS_REPORT:-}" ] && report=(--report junit --report-dir "$SCHEMATHESIS_REPORT")
set +e
(mkdir -p "$ROOT/.build/schemathesis-work" && cd "$ROOT/.build/schemathesis-work" && "$VENV/bin/schemathesis" --config-file "$HERE/schemathesis.toml" run "$URL/openapi.json" \
   --checks all --phases examples,coverage,fuzzing,stateful --max-time "$SECONDS_BUDGET" \
   --workers 1 --request-timeout 30 --no-color "${report[@]}")
status=$?
set -e
alive=0
if kill -0 "$PID" 2>/dev/null && curl -sf "$URL/health" >/dev/null; then alive=1; fi
record "schemathesis: 0 failures (exit $status)" "$([ "$status" = 0 ] && echo 1 || echo 0)"
record "server alive after the run" "$alive"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

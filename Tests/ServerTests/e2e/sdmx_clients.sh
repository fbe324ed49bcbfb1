#!/usr/bin/env bash
# SDMX REST end to end: starts the real `lodestat serve` on a free loopback port and drives
# /sdmx/v1 and /sdmx/v2 with the Python clients sdmx1 and pysdmx (sdmx_clients.py), in a venv
# under .build/ that this script creates when missing (PyPI: sdmx1, pysdmx[xml]).
# Usage: Tests/ServerTests/e2e/sdmx_clients.sh
#   LODESTAT_BIN   the lodestat binary (default: built with `swift build --product lodestat`)
#   SDMX_CLIENTS_VENV  the venv (default .build/sdmx-clients-venv)
# Exit status: 0 when every check passes, 1 otherwise (a missing tool is a failure).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/common.sh"
VENV="${SDMX_CLIENTS_VENV:-$ROOT/.build/sdmx-clients-venv}"
LOG="$(mktemp)"

LODESTAT_BIN="$(lodestat_binary)"
[ -x "$LODESTAT_BIN" ] || { echo "no lodestat binary at $LODESTAT_BIN" >&2; exit 1; }

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import sdmx, pysdmx, lxml, xmltodict" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet sdmx1 "pysdmx[xml]"
fi

PORT="$(free_port)"
URL="http://127.0.0.1:$PORT"
"$LODESTAT_BIN" serve --host 127.0.0.1 --port "$PORT" >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; rm -f "$LOG"' EXIT
wait_http "$URL/health" "$PID" "$LOG" 30 || exit 1

"$VENV/bin/python" "$HERE/sdmx_clients.py" "$URL"

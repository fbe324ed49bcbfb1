#!/usr/bin/env bash
# Drives headless Chromium (Debian `chromium` + `chromium-driver`, through selenium from PyPI in
# .build/browser-venv) over the real `lodestat` binary on loopback: every page type at 1280 px and
# 375 px (screenshots in e2e/out/browser/), DOM assertions after interaction (tree expands, date
# picker changes the tree, a query runs and shows rows, a facet narrows the hits), and no console
# error or failed request. Exit 3 (and a line starting "SKIP:") only when Chromium cannot be had.
# Usage: Tests/ServerTests/e2e/browser_check.sh [PORT]   ($LODESTAT_BIN, else the debug binary)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/common.sh"
PORT="${1:-$(free_port)}"
OUT="$HERE/out/browser"
mkdir -p "$OUT"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "SKIP: chromium and chromium-driver are not installed and cannot be installed here (not root, or no apt-get)"
    exit 3
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null \
    || { echo "SKIP: apt-get could not install chromium and chromium-driver"; exit 3; }
fi
VENV="$ROOT/.build/browser-venv"
if ! [ -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import selenium" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "selenium>=4.10"
fi

BIN="$(lodestat_binary)"
LOG="$OUT/server.log"
"$BIN" serve --host 127.0.0.1 --port "$PORT" >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
wait_http "http://127.0.0.1:$PORT/health" "$PID" "$LOG" 60
"$VENV/bin/python" "$HERE/browser_check.py" "http://127.0.0.1:$PORT" "$OUT"

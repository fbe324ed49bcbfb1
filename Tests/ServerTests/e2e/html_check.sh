#!/usr/bin/env bash
# Renders Lodestat's pages in headless Chromium (Debian `chromium`, installed if missing) and
# checks them: a screenshot per page (non-empty PNG) and the DOM text (labels in the chosen
# language, links to related resources, escaped search input). Loopback only.
# Usage: Tests/ServerTests/e2e/html_check.sh [PORT]   (default: a free port; $LODESTAT_BIN, else the debug binary) → screenshots in e2e/out/
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/common.sh"
PORT="${1:-$(free_port)}"
URL="http://127.0.0.1:$PORT"
OUT="$HERE/out"
mkdir -p "$OUT"

if ! command -v chromium >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
BIN="$(lodestat_binary)"
"$BIN" serve --host 127.0.0.1 --port "$PORT" >/dev/null 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
wait_http "$URL/health" "$PID" /dev/null 20 || true

chrome() { chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-dev-shm-usage "$@" 2>/dev/null; }

page() {  # page NAME PATH EXPECTED-TEXT...
  local name="$1" path="$2"; shift 2
  chrome --window-size=1200,900 --screenshot="$OUT/$name.png" "$URL$path" >/dev/null || true
  local dom; dom="$(chrome --dump-dom "$URL$path" || true)"
  local ok=1
  [ -s "$OUT/$name.png" ] || { echo "     no screenshot for $name"; ok=0; }
  for text in "$@"; do
    grep -qF -- "$text" <<<"$dom" || { echo "     '$text' not in the DOM of $path"; ok=0; }
  done
  record "$name" "$ok"
}

page home-fr "/?lang=fr" "Nomenclatures" "Séries temporelles" 'action="/search"'
page home-en "/?lang=en" "Classifications" "Time series"
page dataflow-fr "/id/dataflow/DF_CPI?lang=fr" "Indice des prix à la consommation" 'href="/id/organisation/insee?lang=fr"'
page dataflow-en "/id/dataflow/DF_CPI?lang=en" "Consumer price index"
page browse "/browse/classification?lang=en" "NACE"
page tree "/classifications/nace-r2?lang=en" 'data-scheme="nace-r2"' 'href="/classifications/nace-r2/items/A?lang=en"'
page sparql "/query?lang=en" 'id="sparql-form"' "PREFIX skos:"
page search "/search?q=prix&lang=fr" "Indice des <mark>prix</mark> à la consommation"
page escaped "/search?q=%3Cb%3Ebold%3C%2Fb%3E" "&lt;b&gt;bold&lt;/b&gt;"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

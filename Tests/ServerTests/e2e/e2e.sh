#!/usr/bin/env bash
# End-to-end: start the real `lodestat serve` on a loopback port and drive it with curl and the
# Python clients SPARQLWrapper and rdflib's SPARQLStore (in a venv this script creates).
# Checks answers, SIGHUP reload and graceful shutdown on SIGTERM. Loopback only.
# Usage: Tests/ServerTests/e2e/e2e.sh [PORT]   (default: a free port; $LODESTAT_BIN, else builds the debug binary)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/common.sh"
PORT="${1:-$(free_port)}"
URL="http://127.0.0.1:$PORT"
VENV="$ROOT/.build/e2e-venv"
LOG="$(mktemp)"

BIN="$(lodestat_binary)"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import SPARQLWrapper, rdflib" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet SPARQLWrapper rdflib
fi

"$BIN" serve --host 127.0.0.1 --port "$PORT" --admin-token e2e-token >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; rm -f "$LOG"' EXIT
wait_http "$URL/health" "$PID" "$LOG" 20 || true

# curl
check "health" bash -c "curl -sf $URL/health | grep -q '\"status\":\"ok\"'"
check "turtle by Accept" bash -c "curl -sf -H 'Accept: text/turtle' $URL/id/dataflow/DF_CPI | grep -q 'Consumer price index'"
check "curl */* gets Turtle" bash -c "curl -sf -D - -o /dev/null $URL/id/dataflow/DF_CPI | grep -qi '^content-type: text/turtle'"
check "browser gets HTML" bash -c "curl -sf -H 'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' $URL/id/dataflow/DF_CPI | grep -q '<html'"
check "406 lists offers" bash -c "curl -s -H 'Accept: image/png' $URL/id/dataflow/DF_CPI | grep -q 'text/turtle'"
check "404 problem" bash -c "curl -s -D - $URL/id/nothing/here | grep -qi 'application/problem+json'"
check "ETag then 304" bash -c "tag=\$(curl -sf -D - -o /dev/null $URL/api/dataflows/DF_CPI | tr -d '\r' | awk -F': ' 'tolower(\$1)==\"etag\"{print \$2}'); [ \"\$(curl -s -o /dev/null -w '%{http_code}' -H \"If-None-Match: \$tag\" $URL/api/dataflows/DF_CPI)\" = 304 ]"
check "REST list" bash -c "curl -sf '$URL/api/series?limit=2' | grep -q '\"total\"'"
check "search accent-insensitive" bash -c "curl -sf '$URL/api/search?q=Prix' | grep -q 'Indice des prix'"
check "openapi" bash -c "curl -sf $URL/openapi.json | grep -q '\"openapi\": \"3.1.0\"'"
check "metrics" bash -c "curl -sf $URL/metrics | grep -q lodestat_http_requests_total"
check "sparql syntax error position" bash -c "curl -s '$URL/sparql?query=SELEC' | grep -q '\"line\":1'"
check "sparql service description" bash -c "curl -sf $URL/sparql | grep -q 'sd:Service'"

# Python clients
check "SPARQLWrapper JSON" "$VENV/bin/python" - "$URL/sparql" <<'PY'
import sys
from SPARQLWrapper import SPARQLWrapper, JSON
s = SPARQLWrapper(sys.argv[1])
s.setQuery('SELECT ?l WHERE { <http://localhost:%s/id/dataflow/DF_CPI> <http://www.w3.org/2000/01/rdf-schema#label> ?l }' % sys.argv[1].split(':')[2].split('/')[0])
s.setReturnFormat(JSON)
labels = {b["l"]["value"] for b in s.query().convert()["results"]["bindings"]}
assert "Consumer price index" in labels, labels
PY
check "SPARQLWrapper POST XML" "$VENV/bin/python" - "$URL/sparql" <<'PY'
import sys
from SPARQLWrapper import SPARQLWrapper, XML, POST
s = SPARQLWrapper(sys.argv[1]); s.setMethod(POST); s.setReturnFormat(XML)
s.setQuery("ASK { ?s a ?t }")
doc = s.query().convert()
assert doc.getElementsByTagName("boolean")[0].firstChild.data == "true"
PY
check "rdflib SPARQLStore" "$VENV/bin/python" - "$URL/sparql" <<'PY'
import sys
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
g = Graph(store=SPARQLStore(sys.argv[1]))
rows = list(g.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
assert int(rows[0][0]) > 1000, rows
PY
check "rdflib parses Turtle answer" "$VENV/bin/python" - "$URL/id/dataflow/DF_CPI" <<'PY'
import sys, urllib.request
from rdflib import Graph
req = urllib.request.Request(sys.argv[1], headers={"Accept": "text/turtle"})
g = Graph().parse(data=urllib.request.urlopen(req).read().decode(), format="turtle")
assert len(g) > 10
PY

# reload by admin route and by SIGHUP
check "admin reload" bash -c "curl -sf -X POST -H 'Authorization: Bearer e2e-token' $URL/admin/reload | grep -q '\"generation\":2'"
# A reload loads the whole catalog again (about 1 s for the debug binary on an idle machine, several
# when the test suites load both cores): wait for it up to 30 s rather than a fixed time.
kill -HUP "$PID"
for _ in $(seq 1 150); do curl -sf "$URL/health" | grep -q '"generation":3' && break; sleep 0.2; done
check "SIGHUP reload" bash -c "curl -sf $URL/health | grep -q '\"generation\":3'"

# graceful shutdown
kill -TERM "$PID"
for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
check "graceful shutdown on SIGTERM" bash -c "! kill -0 $PID 2>/dev/null"
wait "$PID" 2>/dev/null; status=$?
check "exit status 0" test "$status" -eq 0

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

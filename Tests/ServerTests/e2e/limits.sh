#!/usr/bin/env bash
# End-to-end limits: start the real `lodestat serve` on a loopback port with small limits and
# check them with curl, including wall-clock timings the unit tests do not assert:
# /health answers quickly while a runaway query is in flight, and the runaway is cut at its
# deadline with 422. Usage: Tests/ServerTests/e2e/limits.sh [PORT]   (default: a free port; $LODESTAT_BIN, else the debug binary)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/common.sh"
PORT="${1:-$(free_port)}"
URL="http://127.0.0.1:$PORT"
LOG="$(mktemp)"; OUT="$(mktemp -d)"

BIN="$(lodestat_binary)"
TIMEOUT=15
"$BIN" serve --host 127.0.0.1 --port "$PORT" --query-timeout "$TIMEOUT" --max-query-length 2000 \
    --max-header-bytes 4096 --idle-timeout 5 --slow-client-timeout 2 >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$LOG" "$OUT"' EXIT
wait_http "$URL/health" "$PID" "$LOG" 30 || true

# A runaway query in flight; /health meanwhile.
RUNAWAY='SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }'
curl -s -o "$OUT/runaway.json" -w '%{http_code} %{time_total}\n' --data-urlencode "query=$RUNAWAY" "$URL/sparql" \
    >"$OUT/runaway.status" &
RUNAWAY_PID=$!
sleep 1
worst=0
for _ in 1 2 3; do
  t=$(curl -s -o /dev/null -w '%{time_total}' "$URL/health")
  worst=$(awk -v a="$worst" -v b="$t" 'BEGIN { print (a > b ? a : b) }')
  sleep 0.3
done
echo "     /health during the runaway query: slowest of 3 answers ${worst}s"
check "/health answers within 0.5 s while the runaway runs" python3 -c "assert $worst < 0.5"
check "the runaway was still running meanwhile" test ! -s "$OUT/runaway.status"
wait "$RUNAWAY_PID"
read -r code total <"$OUT/runaway.status"
echo "     runaway query: HTTP $code after ${total}s (timeout ${TIMEOUT}s)"
check "runaway query gets 422" test "$code" = 422
check "runaway answer is the query-timeout problem" grep -q query-timeout "$OUT/runaway.json"
check "runaway cut near its deadline (< timeout + 2 s)" python3 -c "assert $total < $TIMEOUT + 2"

long=$(python3 -c "print('ASK { ?s ?p ?o } #' + 'x' * 3000)")
check "query over --max-query-length by GET: 414" test "$(curl -s -o /dev/null -w '%{http_code}' -G --data-urlencode "query=${long:0:2100}" "$URL/sparql")" = 414
check "query over --max-query-length by POST: 413" test "$(curl -s -o /dev/null -w '%{http_code}' --data-urlencode "query=$long" "$URL/sparql")" = 413
check "headers over --max-header-bytes: 431" test "$(curl -s -o /dev/null -w '%{http_code}' -H "X-Big: $(python3 -c "print('a' * 5000)")" "$URL/health")" = 431
start=$(date +%s.%N)
python3 - "$PORT" <<'PY' && slow=ok || slow=fail
import select, socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")
data = b""
for i in range(100):  # one header line every 0.2 s, never ending the head
    readable, _, _ = select.select([s], [], [], 0.2)
    if readable:
        try:
            chunk = s.recv(4096)
        except ConnectionResetError:
            break
        if not chunk:
            break
        data += chunk
        continue
    try:
        s.sendall(b"X-Drip-%d: x\r\n" % i)
    except OSError:
        break
assert data.startswith(b"HTTP/1.1 408"), data[:60]
PY
check "slowloris client gets 408 and is cut off" test "$slow" = ok
echo "     slowloris cut after $(python3 -c "import time; print(round(time.time() - $start, 1))")s (--slow-client-timeout 2)"

echo "passed $passed, failed $failed"
[ "$failed" -eq 0 ]

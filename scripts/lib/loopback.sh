# shellcheck shell=bash
# Helpers for the scripts that run servers on loopback (scripts/engines/engine.sh,
# deploy/replicas.sh, bench/soak.sh). Source it; it defines functions only.

# free_port: a TCP port on 127.0.0.1 that nothing listens on now.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# port_in_use PORT: success when 127.0.0.1:PORT cannot be bound.
port_in_use() {
  python3 -c 'import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try: s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError: sys.exit(0)
sys.exit(1)' "$1"
}

# wait_http URL PID LOG [SECONDS] [CURL_ARGS...]: poll URL until it answers 2xx, failing early
# (with the log's tail) when process PID exits first.
wait_http() {
  local url="$1" pid="$2" log="$3" limit="${4:-120}" _
  shift 4 2>/dev/null || shift $#
  for _ in $(seq 1 $((limit * 5))); do
    curl -sf -o /dev/null --max-time 2 "$@" "$url" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -20 "$log" >&2
      echo "the process $pid exited before $url answered (log: $log)" >&2
      return 1
    fi
    sleep 0.2
  done
  tail -20 "$log" >&2
  echo "$url did not answer within $limit s (log: $log)" >&2
  return 1
}

# stop_pid PID [SECONDS]: SIGTERM, wait up to SECONDS (default 60), then SIGKILL; waits for exit.
stop_pid() {
  local pid="$1" limit="${2:-60}" _
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((limit * 5))); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  echo "pid $pid ignored SIGTERM for $limit s; killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

# rss_kib PID: resident set size of PID in KiB (VmRSS), empty when the process is gone.
rss_kib() {
  awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || true
}

# urlencode TEXT: TEXT percent-encoded for a query string or a path segment.
urlencode() {
  python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"
}

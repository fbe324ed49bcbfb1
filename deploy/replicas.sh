#!/usr/bin/env bash
# Two `lodestat serve` replicas behind nginx on loopback, under wrk load, reloaded and restarted
# one at a time: proves that the deployment of deploy/nginx/lodestat.conf loses no request.
#
#   deploy/replicas.sh [SECONDS=40] [CONNECTIONS=64]
#
# 1. Starts two replicas of the release binary (.build/release/lodestat, built when missing) on
#    free loopback ports, and Debian's nginx (installed with apt-get when missing) as an
#    unprivileged process (user nobody when run as root) with its own prefix, configuration,
#    pid file and logs under a temporary folder, serving deploy/nginx/lodestat.conf with the
#    listen address and the replica ports rewritten.
# 2. Drives nginx with wrk (bench/wrk/requests.lua: REST list and detail, linked data as Turtle,
#    a SPARQL lookup, /health; a connection per request unless CLIENT_KEEPALIVE=1, see below)
#    for SECONDS, and meanwhile, one replica at a time:
#    - reloads its catalog (SIGHUP: a new snapshot is swapped in; connections are untouched);
#    - restarts it: drain (mark it `down` in the upstream, reload nginx, let in-flight requests
#      finish), SIGTERM and wait for the exit, start it again, wait for /health, put it back
#      (remove `down`, reload nginx);
#    - and then kills replica 1 with SIGKILL, without draining, and starts it again (passive
#      health and proxy_next_upstream carry the requests that were on it).
# 3. Parses wrk's output and nginx's access log: exits 1 unless wrk saw no socket error
#    (connect, read, write, timeout) and no non-2xx/3xx answer, the access log has no 5xx, both
#    replicas served requests, and each replica logged its catalog reload.
# The temporary folder (logs, nginx configuration) is printed and kept when the run fails.
set -euo pipefail
DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../bench/common.sh
source "$DEPLOY_DIR/../bench/common.sh"
# shellcheck source=../scripts/lib/loopback.sh
source "$ROOT/scripts/lib/loopback.sh"
set -euo pipefail

DURATION="${1:-40}"; CONNECTIONS="${2:-64}"
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 30 ]] || { echo "SECONDS must be a number ≥ 30" >&2; exit 2; }
[[ "$CONNECTIONS" =~ ^[0-9]+$ && "$CONNECTIONS" -ge 2 ]] || { echo "CONNECTIONS must be a number ≥ 2" >&2; exit 2; }

for tool in nginx wrk; do
  if ! command -v "$tool" >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
  fi
done
[ -x "$LODESTAT" ] || ensure_build

WORK="$(mktemp -d "${TMPDIR:-/tmp}/lodestat-replicas.XXXXXX")"
chmod 755 "$WORK"
NGINX_PREFIX="$WORK/nginx"
mkdir -p "$NGINX_PREFIX/conf" "$NGINX_PREFIX/logs" "$NGINX_PREFIX/temp"
NGINX_PORT="$(free_port)"
PORTS=("$(free_port)" "$(free_port)")
while [ "${PORTS[0]}" = "${PORTS[1]}" ] || [ "${PORTS[0]}" = "$NGINX_PORT" ] || [ "${PORTS[1]}" = "$NGINX_PORT" ]; do
  PORTS[1]="$(free_port)"
done
PUBLIC_BASE="http://127.0.0.1:$NGINX_PORT/"
declare -a PIDS=()
NGINX_PID=""
OK=0

cleanup() {
  local pid
  if [ -n "$NGINX_PID" ]; then kill -QUIT "$NGINX_PID" 2>/dev/null || true; fi
  for pid in "${PIDS[@]}"; do stop_pid "$pid" 20; done
  if [ -n "$NGINX_PID" ]; then
    for _ in $(seq 1 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
  fi
  if [ "$OK" = 1 ]; then rm -rf "$WORK"; else echo "logs kept in $WORK" >&2; fi
}
trap cleanup EXIT

log() { printf '%6.1fs  %s\n' "$(awk -v s="$START" -v n="$(date +%s.%N)" 'BEGIN { print n - s }')" "$*"; }
START="$(date +%s.%N)"

# --- replicas -------------------------------------------------------------------------------
start_replica() {  # INDEX
  local i="$1"
  # Every replica names resources under the same public base: the address clients use (nginx).
  "$LODESTAT" serve --host 127.0.0.1 --port "${PORTS[$i]}" --base "$PUBLIC_BASE" >>"$WORK/replica$i.log" 2>&1 &
  PIDS[$i]=$!
  wait_http "http://127.0.0.1:${PORTS[$i]}/health" "${PIDS[$i]}" "$WORK/replica$i.log" 60
}

# --- nginx ----------------------------------------------------------------------------------
# The documented configuration with this run's listen address and replica ports; `down` marks
# the replicas listed in DRAINED.
DRAINED=""
write_nginx_conf() {
  sed -e "s|^\( *\)listen 80;|\1listen 127.0.0.1:$NGINX_PORT;|" \
      -e "s|server 127.0.0.1:8081 |server 127.0.0.1:${PORTS[0]} |" \
      -e "s|server 127.0.0.1:8082 |server 127.0.0.1:${PORTS[1]} |" \
      "$DEPLOY_DIR/nginx/lodestat.conf" >"$NGINX_PREFIX/conf/lodestat.conf.new"
  local i
  for i in $DRAINED; do
    sed -i "s|^\( *server 127.0.0.1:${PORTS[$i]} [^;]*\);|\1 down;|" "$NGINX_PREFIX/conf/lodestat.conf.new"
  done
  grep -q "listen 127.0.0.1:$NGINX_PORT;" "$NGINX_PREFIX/conf/lodestat.conf.new" &&
    grep -q "server 127.0.0.1:${PORTS[0]} " "$NGINX_PREFIX/conf/lodestat.conf.new" &&
    grep -q "server 127.0.0.1:${PORTS[1]} " "$NGINX_PREFIX/conf/lodestat.conf.new" ||
    { echo "deploy/nginx/lodestat.conf no longer has the lines this script rewrites" >&2; exit 1; }
  mv "$NGINX_PREFIX/conf/lodestat.conf.new" "$NGINX_PREFIX/conf/lodestat.conf"
}

cat >"$NGINX_PREFIX/conf/nginx.conf" <<EOF
worker_processes 2;
pid $NGINX_PREFIX/logs/nginx.pid;
error_log $NGINX_PREFIX/logs/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
    log_format upstream '\$status|\$upstream_addr|\$upstream_status|\$request_time';
    access_log $NGINX_PREFIX/logs/access.log upstream buffer=256k flush=1s;
    client_body_temp_path $NGINX_PREFIX/temp/body;
    proxy_temp_path $NGINX_PREFIX/temp/proxy;
    fastcgi_temp_path $NGINX_PREFIX/temp/fastcgi;
    uwsgi_temp_path $NGINX_PREFIX/temp/uwsgi;
    scgi_temp_path $NGINX_PREFIX/temp/scgi;
    include lodestat.conf;
}
EOF

# As root, nginx runs as nobody; the folder is theirs so that it can write its logs and pid.
AS_USER=()
if [ "$(id -u)" = 0 ]; then
  chown -R nobody:nogroup "$NGINX_PREFIX"
  AS_USER=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
nginx_cmd() { "${AS_USER[@]}" nginx -p "$NGINX_PREFIX" -c conf/nginx.conf -e logs/error.log "$@"; }

reload_nginx() {  # reason
  write_nginx_conf
  [ "$(id -u)" = 0 ] && chown nobody:nogroup "$NGINX_PREFIX/conf/lodestat.conf"
  nginx_cmd -t -q || { echo "nginx -t refused the configuration" >&2; exit 1; }
  kill -HUP "$NGINX_PID"
  log "nginx reloaded: $1"
}

# --- run ------------------------------------------------------------------------------------
start_replica 0; start_replica 1
log "replicas on 127.0.0.1:${PORTS[0]} (pid ${PIDS[0]}) and 127.0.0.1:${PORTS[1]} (pid ${PIDS[1]})"
write_nginx_conf
[ "$(id -u)" = 0 ] && chown -R nobody:nogroup "$NGINX_PREFIX"
nginx_cmd -t -q
( exec "${AS_USER[@]}" nginx -p "$NGINX_PREFIX" -c conf/nginx.conf -e logs/error.log ) >"$WORK/nginx.out" 2>&1 &
NGINX_PID=$!
wait_http "http://127.0.0.1:$NGINX_PORT/health" "$NGINX_PID" "$NGINX_PREFIX/logs/error.log" 30
log "nginx on 127.0.0.1:$NGINX_PORT (pid $NGINX_PID, user $(ps -o user= -p "$NGINX_PID"))"

# The request mix: every path is checked once through nginx before the load starts.
SPARQL_QUERY="SELECT ?p ?o WHERE { <${PUBLIC_BASE}id/organisation/insee> ?p ?o }"
cat >"$WORK/requests.txt" <<EOF
application/json	/api/series?limit=10
application/json	/api/organisations/insee
text/turtle	/id/organisation/insee
application/sparql-results+json	/sparql?query=$(urlencode "$SPARQL_QUERY")
application/json	/health
EOF
while IFS=$'\t' read -r accept path; do
  curl -sf -o /dev/null -H "Accept: $accept" "http://127.0.0.1:$NGINX_PORT$path" ||
    { echo "no 2xx answer from $path through nginx" >&2; exit 1; }
done <"$WORK/requests.txt"

# nginx closes its idle client keep-alive connections on every reload; a request sent on one at
# that instant meets a closed connection, which HTTP clients retry (RFC 9112 §9.3.1) but wrk does
# not. So by default each wrk request has its own connection (nginx's reload is lossless for
# those); nginx keeps its keep-alive pool to the replicas either way. CLIENT_KEEPALIVE=1 keeps
# client connections open to show the difference (expect a few read errors, one per reload race).
CLIENT_HEADERS=(-H 'Connection: close')
[ "${CLIENT_KEEPALIVE:-0}" = 1 ] && CLIENT_HEADERS=()
log "wrk: ${DURATION}s, $CONNECTIONS connections, client keep-alive ${CLIENT_KEEPALIVE:-0}"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${CLIENT_HEADERS[@]}" -s "$BENCH_DIR/wrk/requests.lua" \
  "http://127.0.0.1:$NGINX_PORT" -- "$WORK/requests.txt" >"$WORK/wrk.out" 2>&1 &
WRK_PID=$!

# The rolling procedure, spread over the run (the last step ends before wrk does).
STEP=$(( DURATION / 10 ))
sleep "$STEP"
for i in 0 1; do
  kill -HUP "${PIDS[$i]}"
  log "replica $i: SIGHUP (catalog reload)"
  sleep "$STEP"
done
for i in 0 1; do
  DRAINED="$i"; reload_nginx "replica $i drained (down)"
  sleep 2  # in-flight requests on it finish; old nginx workers close their idle connections
  stop_pid "${PIDS[$i]}" 30
  log "replica $i: stopped (SIGTERM)"
  start_replica "$i"
  log "replica $i: restarted (pid ${PIDS[$i]}), /health answers"
  DRAINED=""; reload_nginx "replica $i back in the upstream"
  sleep "$STEP"
done
# A crash, without draining: requests in flight on it fail over (proxy_next_upstream), new ones
# avoid it (max_fails/fail_timeout) until it is back.
kill -KILL "${PIDS[1]}"; wait "${PIDS[1]}" 2>/dev/null || true
log "replica 1: killed (SIGKILL, no drain)"
sleep 1
start_replica 1
log "replica 1: restarted (pid ${PIDS[1]}), /health answers"
wait "$WRK_PID" || { cat "$WORK/wrk.out"; echo "wrk failed" >&2; exit 1; }
log "wrk finished"
kill -HUP "$NGINX_PID"  # nothing changed: flushes the buffered access log
sleep 1.5

# --- verdict --------------------------------------------------------------------------------
cat "$WORK/wrk.out"
eval "$(python3 "$BENCH_DIR/wrk/wrk_report.py" <"$WORK/wrk.out")"
FAILED=0
echo
echo "requests: $requests  req/s: $rps  p50: ${p50_ms} ms  p99: ${p99_ms} ms"
echo "socket errors: connect $socket_connect, read $socket_read, write $socket_write, timeout $socket_timeout; non-2xx/3xx: $non_2xx_3xx"
[ "$errors" -eq 0 ] || { echo "FAIL: wrk saw $errors failed requests"; FAILED=1; }
FIVEXX="$(awk -F'|' '$1 >= 500' "$NGINX_PREFIX/logs/access.log" | wc -l)"
RETRIED="$(awk -F'|' '$2 ~ /,/' "$NGINX_PREFIX/logs/access.log" | wc -l)"
echo "nginx access log: $(wc -l <"$NGINX_PREFIX/logs/access.log") requests, $FIVEXX answered 5xx, $RETRIED retried on the other replica"
[ "$FIVEXX" -eq 0 ] || { echo "FAIL: nginx answered 5xx"; FAILED=1; }
for i in 0 1; do
  served="$(awk -F'|' -v a="127.0.0.1:${PORTS[$i]}" '$2 ~ ("(^|, )" a "$") { n++ } END { print n + 0 }' "$NGINX_PREFIX/logs/access.log")"
  reloads="$(grep -c "catalog reloaded" "$WORK/replica$i.log" || true)"
  starts="$(grep -c '"serving"\|serving' "$WORK/replica$i.log" || true)"
  echo "replica $i: served $served requests, $reloads catalog reload(s), started $starts time(s)"
  [ "$served" -gt 0 ] || { echo "FAIL: replica $i served nothing"; FAILED=1; }
  [ "$reloads" -ge 1 ] || { echo "FAIL: replica $i did not log its catalog reload"; FAILED=1; }
  [ "$starts" -ge $((2 + i)) ] || { echo "FAIL: replica $i was not restarted"; FAILED=1; }
done
if [ "$FAILED" -ne 0 ]; then echo "replicas: FAILED"; exit 1; fi
OK=1
echo "replicas: no failed request across 2 catalog reloads, 2 drained restarts and 1 crash"

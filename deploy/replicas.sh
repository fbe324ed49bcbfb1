#!/usr/bin/env bash
# Two `lodestat serve` replicas behind nginx on loopback, under wrk load, reloaded and restarted
# one at a time: proves that the deployment of deploy/nginx/lodestat.conf loses no request.
#
#   deploy/replicas.sh [SECONDS=40] [CONNECTIONS=64]
#   CRASH_ONLY=1 deploy/replicas.sh [SECONDS=16] [CONNECTIONS=16]   (the crash alone, for swift test)
#
# 1. Starts two replicas of the release binary (.build/release/lodestat, built when missing, or
#    $LODESTAT_BIN) on free loopback ports, each under a supervisor that applies the restart
#    policy of deploy/systemd/lodestat@.service, read from the unit file: Restart=on-failure (a
#    replica that exits with a status other than 0, or dies of a signal other than SIGTERM,
#    SIGINT, SIGHUP or SIGPIPE, is started again after RestartSec= seconds; at most
#    StartLimitBurst= starts within StartLimitIntervalSec=), as systemd would. The script itself
#    never starts a crashed replica again. Debian's nginx (installed with apt-get when missing) as an
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
#    - and then kills replica 1 with SIGKILL, without draining: passive health and
#      proxy_next_upstream carry the requests that were on it to replica 0, and its supervisor
#      starts it again after RestartSec; the script waits for it to answer /health again.
#    With CRASH_ONLY=1, only the crash (a quarter of the way into the run).
# 3. Parses wrk's output and nginx's access log: exits 1 unless deploy/nginx/lodestat.conf retries
#    (proxy_next_upstream on errors and timeouts, not for non-idempotent requests), wrk saw no
#    socket error (connect, read, write, timeout) and no non-2xx/3xx answer, the access log has no
#    5xx, nginx retried on replica 0 at least one request that failed on the killed replica 1,
#    both replicas served requests, each replica logged its catalog reload (not with CRASH_ONLY),
#    and the supervisor restarted replica 1 once, after a SIGKILL, no sooner than RestartSec, and
#    the new process answered /health and served requests after its restart.
# The temporary folder (logs, nginx configuration) is printed and kept when the run fails.
set -euo pipefail
DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../bench/common.sh
source "$DEPLOY_DIR/../bench/common.sh"
# shellcheck source=../scripts/lib/loopback.sh
source "$ROOT/scripts/lib/loopback.sh"
set -euo pipefail

CRASH_ONLY="${CRASH_ONLY:-0}"
if [ "$CRASH_ONLY" = 1 ]; then MIN_DURATION=12; DURATION="${1:-16}"; CONNECTIONS="${2:-16}"
else MIN_DURATION=30; DURATION="${1:-40}"; CONNECTIONS="${2:-64}"; fi
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge "$MIN_DURATION" ]] ||
  { echo "SECONDS must be a number ≥ $MIN_DURATION" >&2; exit 2; }
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
declare -a PIDS=() SUPERVISORS=()
NGINX_PID=""
OK=0

cleanup() {
  local pid
  if [ -n "$NGINX_PID" ]; then kill -QUIT "$NGINX_PID" 2>/dev/null || true; fi
  # SIGKILL: a supervisor may have inherited SIGTERM blocked (a test runner's child does); its
  # replica is stopped below.
  for pid in "${SUPERVISORS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  for pid in "${SUPERVISORS[@]}"; do wait "$pid" 2>/dev/null || true; done
  for i in 0 1; do
    [ -f "$WORK/replica$i.pid" ] && stop_pid "$(cat "$WORK/replica$i.pid")" 20
  done
  if [ -n "$NGINX_PID" ]; then
    for _ in $(seq 1 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
  fi
  if [ "$OK" = 1 ]; then rm -rf "$WORK"; else echo "logs kept in $WORK" >&2; fi
}
trap cleanup EXIT

log() { printf '%6.1fs  %s\n' "$(awk -v s="$START" -v n="$(date +%s.%N)" 'BEGIN { print n - s }')" "$*"; }
START="$(date +%s.%N)"

# --- replicas under a supervisor with the unit's restart policy --------------------------------
UNIT="$DEPLOY_DIR/systemd/lodestat@.service"
unit_value() {  # unit_value KEY: the value of KEY= in the unit file (the last one, as systemd reads it)
  local v
  v="$(sed -n "s/^$1=//p" "$UNIT" | tail -1)"
  [ -n "$v" ] || { echo "$UNIT sets no $1=" >&2; exit 1; }
  echo "$v"
}
seconds_of() {  # seconds_of VALUE: a systemd time span (5, 5s, 500ms, 1min, 1min 30s) in seconds
  awk -v v="$1" 'BEGIN {
    t = 0; s = v; gsub(/ /, "", s)
    while (s != "") {
      if (!match(s, /^[0-9]+(\.[0-9]+)?/)) exit 1
      n = substr(s, 1, RLENGTH) + 0; s = substr(s, RLENGTH + 1)
      if (match(s, /^(ms|min|m|s|h)?/)) { u = substr(s, 1, RLENGTH); s = substr(s, RLENGTH + 1) }
      if (u == "ms") n /= 1000; else if (u == "min" || u == "m") n *= 60; else if (u == "h") n *= 3600
      t += n
    }
    printf "%g", t }' || { echo "$UNIT: cannot read the time span '$1'" >&2; exit 1; }
}
RESTART="$(unit_value Restart)"
[ "$RESTART" = on-failure ] || { echo "$UNIT: Restart=$RESTART, the supervisor applies on-failure" >&2; exit 1; }
RESTART_SEC="$(seconds_of "$(unit_value RestartSec)")"
START_LIMIT_INTERVAL="$(seconds_of "$(unit_value StartLimitIntervalSec)")"
START_LIMIT_BURST="$(unit_value StartLimitBurst)"
[[ "$START_LIMIT_BURST" =~ ^[0-9]+$ ]] || { echo "$UNIT: StartLimitBurst=$START_LIMIT_BURST" >&2; exit 1; }

# supervise INDEX: runs replica INDEX as systemd runs the unit: each start's pid in replicaINDEX.pid,
# each exit and restart in supervisorINDEX.log. Clean exits (status 0, SIGTERM, SIGINT, SIGHUP,
# SIGPIPE; bash reports a signal as 128 + its number) end it, like `systemctl stop`.
supervise() {
  local i="$1" pid status starts=()
  while :; do
    local now; now="$(date +%s.%N)"
    local recent=() t
    for t in "${starts[@]}"; do
      awk -v t="$t" -v n="$now" -v w="$START_LIMIT_INTERVAL" 'BEGIN { exit !(n - t < w) }' && recent+=("$t")
    done
    starts=("${recent[@]}" "$now")
    if [ "${#starts[@]}" -gt "$START_LIMIT_BURST" ]; then
      echo "$(date +%s.%N) start-limit-hit: ${#starts[@]} starts within ${START_LIMIT_INTERVAL}s" >>"$WORK/supervisor$i.log"
      return 1
    fi
    # Every replica names resources under the same public base: the address clients use (nginx).
    "$LODESTAT" serve --host 127.0.0.1 --port "${PORTS[$i]}" --base "$PUBLIC_BASE" >>"$WORK/replica$i.log" 2>&1 &
    pid=$!
    echo "$pid" >"$WORK/replica$i.pid"
    echo "$(date +%s.%N) started $pid" >>"$WORK/supervisor$i.log"
    status=0; wait "$pid" 2>/dev/null || status=$?
    case "$status" in
      0|129|130|141|143)
        echo "$(date +%s.%N) exited $pid status $status: clean, not restarted" >>"$WORK/supervisor$i.log"
        return 0 ;;
    esac
    echo "$(date +%s.%N) failed $pid status $status: restart in ${RESTART_SEC}s" >>"$WORK/supervisor$i.log"
    sleep "$RESTART_SEC"
  done
}

# start_replica INDEX: a supervisor for it, then waits until its replica answers /health.
start_replica() {
  local i="$1"
  rm -f "$WORK/replica$i.pid"
  supervise "$i" &
  SUPERVISORS[$i]=$!
  for _ in $(seq 1 100); do [ -s "$WORK/replica$i.pid" ] && break; sleep 0.05; done
  PIDS[$i]="$(cat "$WORK/replica$i.pid")"
  wait_http "http://127.0.0.1:${PORTS[$i]}/health" "${PIDS[$i]}" "$WORK/replica$i.log" 120
}

# stop_replica INDEX: SIGTERM (a clean stop: its supervisor ends too), waits for both.
stop_replica() {
  local i="$1"
  stop_pid "${PIDS[$i]}" 30
  wait "${SUPERVISORS[$i]}" 2>/dev/null || true
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
    log_format upstream '\$status|\$upstream_addr|\$upstream_status|\$request_time|\$msec';
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
if [ "$CRASH_ONLY" = 1 ]; then sleep $(( DURATION / 4 )); else
sleep "$STEP"
for i in 0 1; do
  kill -HUP "${PIDS[$i]}"
  log "replica $i: SIGHUP (catalog reload)"
  sleep "$STEP"
done
for i in 0 1; do
  DRAINED="$i"; reload_nginx "replica $i drained (down)"
  sleep 2  # in-flight requests on it finish; old nginx workers close their idle connections
  stop_replica "$i"
  log "replica $i: stopped (SIGTERM)"
  start_replica "$i"
  log "replica $i: restarted (pid ${PIDS[$i]}), /health answers"
  DRAINED=""; reload_nginx "replica $i back in the upstream"
  sleep "$STEP"
done
fi
# A crash, without draining: requests in flight on it fail over (proxy_next_upstream), new ones
# avoid it (max_fails/fail_timeout) until its supervisor has started it again.
KILLED="${PIDS[1]}"
KILLED_AT="$(date +%s.%N)"
kill -KILL "$KILLED"
log "replica 1: killed (SIGKILL pid $KILLED, no drain); its supervisor restarts it in ${RESTART_SEC}s"
for _ in $(seq 1 600); do
  NEW="$(cat "$WORK/replica1.pid" 2>/dev/null || true)"
  [ -n "$NEW" ] && [ "$NEW" != "$KILLED" ] && break
  sleep 0.05
done
[ -n "$NEW" ] && [ "$NEW" != "$KILLED" ] || { echo "replica 1 was not restarted by its supervisor" >&2; exit 1; }
PIDS[1]="$NEW"
wait_http "http://127.0.0.1:${PORTS[1]}/health" "${PIDS[1]}" "$WORK/replica1.log" 120
BACK_AT="$(date +%s.%N)"
log "replica 1: restarted by its supervisor (pid ${PIDS[1]}), /health answers"
wait "$WRK_PID" || { cat "$WORK/wrk.out"; echo "wrk failed" >&2; exit 1; }
log "wrk finished"
# Traffic after the restart: on a loaded machine the restart can outlast wrk, so requests through
# nginx follow it, spread past fail_timeout (5 s) so that nginx tries the restarted replica again;
# every one must succeed.
AFTER_FAILED=0
[ "$AFTER_FAILED" -eq 0 ] || { echo "FAIL: $AFTER_FAILED requests through nginx failed after the restart"; FAILED=1; }
for _ in $(seq 1 40); do
  code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT/api/series?limit=1")"
  [ "$code" = 200 ] || AFTER_FAILED=$((AFTER_FAILED + 1))
  sleep 0.2
done
log "40 requests through nginx after the restart: $AFTER_FAILED failed"
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

# The retry policy, as written in the configuration nginx ran.
NEXT_UPSTREAM="$(grep -E '^[[:space:]]*proxy_next_upstream[[:space:]]' "$NGINX_PREFIX/conf/lodestat.conf" || true)"
echo "nginx: ${NEXT_UPSTREAM#"${NEXT_UPSTREAM%%[![:space:]]*}"}"
if ! grep -Eq '\berror\b' <<<"$NEXT_UPSTREAM" || ! grep -Eq '\btimeout\b' <<<"$NEXT_UPSTREAM"; then
  echo "FAIL: proxy_next_upstream does not retry on connection errors and timeouts"; FAILED=1
fi
if grep -q 'non_idempotent' <<<"$NEXT_UPSTREAM"; then
  echo "FAIL: proxy_next_upstream retries non-idempotent requests (a SPARQL POST would run twice)"; FAILED=1
fi

ACCESS="$NGINX_PREFIX/logs/access.log"
FIVEXX="$(awk -F'|' '$1 >= 500' "$ACCESS" | wc -l)"
RETRIED="$(awk -F'|' '$2 ~ /,/' "$ACCESS" | wc -l)"
# Retried on replica 0 after failing on replica 1: upstream addresses "replica1, replica0".
FAILED_OVER="$(awk -F'|' -v a="127.0.0.1:${PORTS[1]}, 127.0.0.1:${PORTS[0]}" '$2 == a && $1 < 500' "$ACCESS" | wc -l)"
echo "nginx access log: $(wc -l <"$ACCESS") requests, $FIVEXX answered 5xx, $RETRIED retried on the other replica ($FAILED_OVER from the killed one)"
[ "$FIVEXX" -eq 0 ] || { echo "FAIL: nginx answered 5xx"; FAILED=1; }
[ "$FAILED_OVER" -ge 1 ] || { echo "FAIL: no request that failed on the killed replica was retried on the other"; FAILED=1; }
for i in 0 1; do
  served="$(awk -F'|' -v a="127.0.0.1:${PORTS[$i]}" '$2 ~ ("(^|, )" a "$") { n++ } END { print n + 0 }' "$ACCESS")"
  reloads="$(grep -c "catalog reloaded" "$WORK/replica$i.log" || true)"
  starts="$(grep -c ' started ' "$WORK/supervisor$i.log" || true)"
  echo "replica $i: served $served requests, $reloads catalog reload(s), started $starts time(s)"
  [ "$served" -gt 0 ] || { echo "FAIL: replica $i served nothing"; FAILED=1; }
  if [ "$CRASH_ONLY" != 1 ]; then
    [ "$reloads" -ge 1 ] || { echo "FAIL: replica $i did not log its catalog reload"; FAILED=1; }
    [ "$starts" -ge $((2 + i)) ] || { echo "FAIL: replica $i was not restarted"; FAILED=1; }
  fi
done

# The crash: one failure, one restart by the supervisor after RestartSec, and the new process serves.
FAILURES="$(grep -c ' failed ' "$WORK/supervisor1.log" || true)"
FAILURE_LINE="$(grep ' failed ' "$WORK/supervisor1.log" | tail -1)"
RESTART_LINE="$(grep ' started ' "$WORK/supervisor1.log" | tail -1)"
echo "supervisor of replica 1: ${FAILURE_LINE#* }; then ${RESTART_LINE#* }"
[ "$FAILURES" -eq 1 ] || { echo "FAIL: replica 1 failed $FAILURES times (expected 1, the SIGKILL)"; FAILED=1; }
grep -q " failed $KILLED status 137:" <<<"$FAILURE_LINE" || { echo "FAIL: the supervisor did not see the SIGKILL (status 137) of pid $KILLED"; FAILED=1; }
grep -q " started ${PIDS[1]}\$" <<<"$RESTART_LINE" || { echo "FAIL: pid ${PIDS[1]} was not started by the supervisor"; FAILED=1; }
DELAY="$(awk -v k="${FAILURE_LINE%% *}" -v r="${RESTART_LINE%% *}" 'BEGIN { printf "%.2f", r - k }')"
DOWN="$(awk -v k="$KILLED_AT" -v b="$BACK_AT" 'BEGIN { printf "%.1f", b - k }')"
echo "replica 1: restarted ${DELAY}s after its failure (RestartSec=${RESTART_SEC}s), answering again ${DOWN}s after the kill"
awk -v d="$DELAY" -v r="$RESTART_SEC" 'BEGIN { exit !(d >= r - 0.05) }' ||
  { echo "FAIL: restarted sooner than RestartSec"; FAILED=1; }
# Requests the new process served through nginx once it was back (nginx tries it again after
# fail_timeout), and one sent to it directly.
SERVED_AFTER="$(awk -F'|' -v a="127.0.0.1:${PORTS[1]}" -v t="$BACK_AT" '$2 ~ ("(^|, )" a "$") && $5 > t { n++ } END { print n + 0 }' "$ACCESS")"
echo "replica 1: served $SERVED_AFTER requests through nginx after its restart"
[ "$SERVED_AFTER" -ge 1 ] || { echo "FAIL: nginx sent no request to the restarted replica 1"; FAILED=1; }
DIRECT="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORTS[1]}/api/series?limit=1")"
[ "$DIRECT" = 200 ] || { echo "FAIL: the restarted replica 1 answers $DIRECT"; FAILED=1; }

if [ "$FAILED" -ne 0 ]; then echo "replicas: FAILED"; exit 1; fi
OK=1
if [ "$CRASH_ONLY" = 1 ]; then
  echo "replicas: no failed request across 1 crash; the supervisor restarted the killed replica after RestartSec"
else
  echo "replicas: no failed request across 2 catalog reloads, 2 drained restarts and 1 crash; the supervisor restarted the killed replica after RestartSec"
fi

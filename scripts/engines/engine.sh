#!/usr/bin/env bash
# Start and stop a real SPARQL 1.1 engine on loopback, for the remote-backend tests and benchmarks.
#
#   scripts/engines/engine.sh oxigraph|virtuoso start STATE_DIR PORT
#   scripts/engines/engine.sh oxigraph|virtuoso stop  STATE_DIR [PORT]
#   scripts/engines/engine.sh selftest [oxigraph|virtuoso]...
#
# `start` keeps the engine's data under STATE_DIR, listens on 127.0.0.1:PORT, waits until a query
# answers, and prints (then exits, leaving the engine running in the background):
#   QUERY_URL=…    SPARQL 1.1 Protocol query endpoint
#   UPDATE_URL=…   SPARQL 1.1 Protocol update endpoint (no authentication)
#   GSP_URL=…      SPARQL 1.1 Graph Store HTTP Protocol endpoint (indirect identification with
#                  ?graph=IRI, Oxigraph also ?default; writable without authentication)
#   PID=…          the engine's process id (also in STATE_DIR/engine.pid)
# Virtuoso 7.2's Graph Store endpoint refuses `?default` (500): write named graphs with ?graph=.
# Both engines answer a query without FROM over the union of all graphs (Oxigraph with
# --union-default-graph, Virtuoso by design), as Lodestat's own store does for the catalog.
# `stop` ends the engine started in STATE_DIR and waits until it has exited.
# `selftest` starts each engine in a temporary folder, PUTs a small Turtle graph through the
# Graph Store Protocol, SELECTs it back through the query endpoint, updates it through the update
# endpoint, DELETEs it and checks that it is gone; it exits non-zero on any failure.
#
# Oxigraph is the PyPI `oxigraph` server, in bench/.venv (created by bench/common.sh), started with
# a query timeout (`--timeout-s`, OXIGRAPH_TIMEOUT_S seconds, default 30) so that a runaway query
# cannot pin the engine, whatever the client's own budget.
# Virtuoso is Debian's virtuoso-opensource (7.2), installed with apt-get when missing; each
# STATE_DIR gets its own virtuoso.ini with its own HTTP port (PORT) and SQL port (a free port,
# printed as SQL_PORT=…, in STATE_DIR/sql.port).
set -euo pipefail
ENGINES_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../../bench/common.sh
source "$ENGINES_DIR/../../bench/common.sh"
# shellcheck source=../lib/loopback.sh
source "$ENGINES_DIR/../lib/loopback.sh"
set -euo pipefail

die() { echo "engine.sh: $*" >&2; exit 1; }
usage() { sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# wait_sparql QUERY_URL PID LOG: until an ASK answers (a fresh Virtuoso database takes ~20 s).
wait_sparql() {
  wait_http "$1" "$2" "$3" 180 -H 'Accept: application/sparql-results+json' \
    --data-urlencode 'query=ASK { ?s ?p ?o }' || die "the engine did not start"
}

check_not_running() {  # STATE_DIR
  if [ -f "$1/engine.pid" ] && kill -0 "$(cat "$1/engine.pid")" 2>/dev/null; then
    die "an engine is already running from $1 (pid $(cat "$1/engine.pid")); stop it first"
  fi
}

start_oxigraph() {  # STATE_DIR PORT
  local state="$1" port="$2"
  ensure_venv
  mkdir -p "$state/oxigraph"
  "$VENV/bin/oxigraph" serve --location "$state/oxigraph" --bind "127.0.0.1:$port" \
    --union-default-graph --timeout-s "${OXIGRAPH_TIMEOUT_S:-30}" >"$state/engine.log" 2>&1 &
  local pid=$!
  echo "$pid" >"$state/engine.pid"
  wait_sparql "http://127.0.0.1:$port/query" "$pid" "$state/engine.log"
  echo "QUERY_URL=http://127.0.0.1:$port/query"
  echo "UPDATE_URL=http://127.0.0.1:$port/update"
  echo "GSP_URL=http://127.0.0.1:$port/store"
  echo "PID=$pid"
}

ensure_virtuoso() {
  if ! command -v virtuoso-t >/dev/null || ! command -v isql-vt >/dev/null; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >&2
  fi
}

# The private configuration: every path under STATE_DIR, loopback-only ports, no plugins, and
# limits raised so that a whole catalog can be read back (the packaged 10,000-row cap would cut
# differential comparisons short).
write_virtuoso_ini() {  # STATE_DIR HTTP_PORT SQL_PORT
  local db="$1/db"
  mkdir -p "$db"
  cat >"$1/virtuoso.ini" <<EOF
[Database]
DatabaseFile       = $db/virtuoso.db
ErrorLogFile       = $db/virtuoso.log
LockFile           = $db/virtuoso.lck
TransactionFile    = $db/virtuoso.trx
xa_persistent_file = $db/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $db/virtuoso-temp.db
TransactionFile    = $db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:$3
LiteMode                 = 0
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 20
CheckpointInterval       = 60
O_DIRECT                 = 0
CaseMode                 = 2
MaxStaticCursorRows      = 5000
CheckpointAuditTrail     = 0
AllowOSCalls             = 0
SchedulerInterval        = 10
DirsAllowed              = ., $1, /usr/share/virtuoso-opensource-7/vad
ThreadCleanupInterval    = 0
ThreadThreshold          = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize        = 100000
SingleCPU                = 0
VADInstallDir            = /usr/share/virtuoso-opensource-7/vad/
PrefixResultNames        = 0
RdfFreeTextRulesSize     = 100
IndexTreeMaps            = 64
MaxQueryMem              = 1G
VectorSize               = 1000
MaxVectorSize            = 1000000
AdjustVectorSize         = 0
ThreadsPerQuery          = 2
AsyncQueueMaxThreads     = 10
NumberOfBuffers          = 20000
MaxDirtyBuffers          = 12000

[HTTPServer]
ServerPort                  = 127.0.0.1:$2
ServerRoot                  = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections        = 20
DavRoot                     = DAV
EnabledDavVSP               = 0
HTTPProxyEnabled            = 0
TempASPXDir                 = 0
ServerThreads               = 20
MaxKeepAlives               = 20
KeepAliveTimeout            = 10
HTTPThreadSize              = 280000
HttpPrintWarningsInOutput   = 0
Charset                     = UTF-8
EnabledGzipContent          = 0

[Client]
SQL_PREFETCH_ROWS  = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT  = 0
SQL_TXN_TIMEOUT    = 0

[URIQA]
DynamicLocal = 0
DefaultHost  = 127.0.0.1:$2

[SPARQL]
ResultSetMaxRows           = 10000000
MaxSortedTopRows           = 10000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 120
DefaultGraph               =
DeferInferenceRulesInit    = 0
EOF
}

# Anonymous SPARQL and Graph Store access (user "SPARQL", graph permissions of "nobody"):
# read + write + sponge on every graph. This is for a loopback test engine; a production
# Virtuoso keeps writes on /sparql-auth and /sparql-graph-crud-auth (see README).
virtuoso_grants() {  # SQL_PORT
  isql-vt "127.0.0.1:$1" dba dba <<'EOF'
GRANT SPARQL_UPDATE TO "SPARQL";
GRANT SPARQL_SPONGE TO "SPARQL";
GRANT EXECUTE ON DB.DBA.SPARQL_INSERT_DICT_CONTENT TO "SPARQL";
GRANT EXECUTE ON DB.DBA.SPARQL_DELETE_DICT_CONTENT TO "SPARQL";
GRANT EXECUTE ON DB.DBA.SPARUL_CLEAR TO "SPARQL";
GRANT EXECUTE ON DB.DBA.SPARUL_DROP TO "SPARQL";
GRANT EXECUTE ON DB.DBA.SPARUL_CREATE TO "SPARQL";
GRANT EXECUTE ON DB.DBA.SPARUL_LOAD TO "SPARQL";
GRANT EXECUTE ON DB.DBA.TTLP TO "SPARQL";
GRANT EXECUTE ON DB.DBA.RDF_LOAD_RDFXML TO "SPARQL";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);
checkpoint;
EOF
}

start_virtuoso() {  # STATE_DIR PORT
  local state="$1" port="$2" sql_port
  ensure_virtuoso
  mkdir -p "$state"
  state="$(cd "$state" && pwd)"
  if [ -f "$state/sql.port" ]; then sql_port="$(cat "$state/sql.port")"; else sql_port="$(free_port)"; fi
  ! port_in_use "$sql_port" || { sql_port="$(free_port)"; }
  echo "$sql_port" >"$state/sql.port"
  write_virtuoso_ini "$state" "$port" "$sql_port"
  (cd "$state" && exec virtuoso-t +configfile "$state/virtuoso.ini" +foreground) >"$state/engine.log" 2>&1 &
  local pid=$!
  echo "$pid" >"$state/engine.pid"
  wait_sparql "http://127.0.0.1:$port/sparql" "$pid" "$state/engine.log"
  if [ ! -f "$state/grants.done" ]; then
    virtuoso_grants "$sql_port" >"$state/grants.log" 2>&1 || { cat "$state/grants.log" >&2; die "isql grants failed"; }
    if grep -q '\*\*\* Error' "$state/grants.log"; then cat "$state/grants.log" >&2; die "isql grants failed"; fi
    touch "$state/grants.done"
  fi
  echo "QUERY_URL=http://127.0.0.1:$port/sparql"
  echo "UPDATE_URL=http://127.0.0.1:$port/sparql"
  echo "GSP_URL=http://127.0.0.1:$port/sparql-graph-crud"
  echo "SQL_PORT=$sql_port"
  echo "PID=$pid"
}

stop_engine() {  # STATE_DIR
  local state="$1"
  [ -f "$state/engine.pid" ] || { echo "engine.sh: no engine.pid in $state; nothing to stop" >&2; return 0; }
  stop_pid "$(cat "$state/engine.pid")" 60
  rm -f "$state/engine.pid"
}

# selftest_engine NAME: the Graph Store round trip described at the top, against a fresh engine.
selftest_engine() {
  local name="$1" state port
  state="$(mktemp -d "${TMPDIR:-/tmp}/lodestat-engine-$name.XXXXXX")"
  port="$(free_port)"
  local rc=0
  selftest_steps "$name" "$state" "$port" || rc=$?
  stop_engine "$state"
  if [ "$rc" -ne 0 ]; then echo "     engine log: $state/engine.log (kept)"; else rm -rf "$state"; fi
  return "$rc"
}

selftest_steps() {  # NAME STATE_DIR PORT
  local name="$1" state="$2" port="$3" out query update gsp g body
  out="$("${BASH_SOURCE[0]}" "$name" start "$state" "$port")" || { echo "FAIL $name: start"; return 1; }
  query="$(sed -n 's/^QUERY_URL=//p' <<<"$out")"
  update="$(sed -n 's/^UPDATE_URL=//p' <<<"$out")"
  gsp="$(sed -n 's/^GSP_URL=//p' <<<"$out")"
  g="http://selftest.lodestat.example/graph/1"

  local status
  status="$(curl -s -o "$state/put.out" -w '%{http_code}' -X PUT -H 'Content-Type: text/turtle' \
    --data-binary @- "$gsp?graph=$(urlencode "$g")" <<'TTL'
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<http://selftest.lodestat.example/id/a> skos:prefLabel "Indice des prix"@fr, "Price index"@en ;
  skos:notation "CPI" .
TTL
)"
  case "$status" in 200|201|204) ;; *) echo "FAIL $name: GSP PUT answered $status: $(head -c 300 "$state/put.out")"; return 1 ;; esac

  body="$(select_values "$query" \
    "SELECT ?l WHERE { GRAPH <$g> { <http://selftest.lodestat.example/id/a> <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } } ORDER BY ?l")" || { echo "FAIL $name: SELECT"; return 1; }
  [ "$body" = $'Indice des prix\nPrice index' ] || { echo "FAIL $name: SELECT gave: $body"; return 1; }

  body="$(select_values "$query" 'SELECT (COUNT(*) AS ?n) WHERE { <http://selftest.lodestat.example/id/a> ?p ?o }')" ||
    { echo "FAIL $name: SELECT over the default graph"; return 1; }
  [ "$body" = 3 ] || { echo "FAIL $name: the default graph is not the union of the graphs: $body"; return 1; }

  curl -sf -o /dev/null --data-urlencode \
    "update=INSERT DATA { GRAPH <$g> { <http://selftest.lodestat.example/id/b> <http://www.w3.org/2004/02/skos/core#notation> \"B\" } }" \
    "$update" || { echo "FAIL $name: UPDATE"; return 1; }

  body="$(curl -sf -H 'Accept: application/n-triples' "$gsp?graph=$(urlencode "$g")" | grep -c . || true)"
  [ "$body" = 4 ] || { echo "FAIL $name: GSP GET gave $body triples, expected 4"; return 1; }

  status="$(curl -s -o /dev/null -w '%{http_code}' -X DELETE "$gsp?graph=$(urlencode "$g")")"
  case "$status" in 200|204) ;; *) echo "FAIL $name: GSP DELETE answered $status"; return 1 ;; esac

  body="$(select_values "$query" "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <$g> { ?s ?p ?o } }")" ||
    { echo "FAIL $name: SELECT after DELETE"; return 1; }
  [ "$body" = 0 ] || { echo "FAIL $name: the graph is still there after DELETE: $body"; return 1; }
  echo "ok   $name: GSP PUT, SELECT (named and union default graph), UPDATE, GSP GET, GSP DELETE"
}

# select_values QUERY_URL QUERY: the values of the first variable, one a line, from SPARQL JSON
# results (CSV quoting differs between engines).
select_values() {
  curl -sf -H 'Accept: application/sparql-results+json' --data-urlencode "query=$2" "$1" |
  python3 -c 'import json, sys
d = json.load(sys.stdin); v = d["head"]["vars"][0]
for b in d["results"]["bindings"]: print(b[v]["value"] if v in b else "")'
}

main() {
  [ $# -ge 1 ] || usage
  case "$1" in
    selftest)
      shift
      local engines=("$@") failed=0 e
      [ ${#engines[@]} -gt 0 ] || engines=(oxigraph virtuoso)
      for e in "${engines[@]}"; do
        case "$e" in oxigraph|virtuoso) ;; *) die "unknown engine '$e' (oxigraph or virtuoso)" ;; esac
        selftest_engine "$e" || failed=$((failed + 1))
      done
      echo "$(( ${#engines[@]} - failed )) passed, $failed failed"
      [ "$failed" -eq 0 ]
      ;;
    oxigraph|virtuoso)
      [ $# -ge 3 ] || usage
      local engine="$1" action="$2" state="$3" port="${4:-}"
      case "$action" in
        start)
          [[ "$port" =~ ^[0-9]+$ ]] || die "start needs a numeric PORT"
          mkdir -p "$state"
          check_not_running "$state"
          ! port_in_use "$port" || die "port $port on 127.0.0.1 is already in use"
          "start_$engine" "$state" "$port"
          ;;
        stop) stop_engine "$state" ;;
        *) usage ;;
      esac
      ;;
    *) usage ;;
  esac
}

main "$@"

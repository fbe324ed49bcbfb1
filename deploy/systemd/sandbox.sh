#!/usr/bin/env bash
# Runs `lodestat serve` (release build, or $LODESTAT_BIN) under the confinement of
# deploy/systemd/lodestat@.service that can be applied without systemd, and checks that it serves:
#   - the system-call filter: SystemCallFilter= lines of the unit, groups expanded by
#     `systemd-analyze syscall-filter`, a call outside it failing with SystemCallErrorNumber=;
#   - RestrictAddressFamilies=: socket(2) of another family fails with EAFNOSUPPORT, as systemd does;
#   - NoNewPrivileges=yes, CapabilityBoundingSet= empty and an unprivileged user and group of
#     their own (DynamicUser=yes) through setpriv.
# Then, on a free loopback port, over the embedded catalog: /health, a REST page, an export in
# every format, Turtle from /id/…, a SPARQL query, an SDMX structure, /dcat; a SIGHUP reload
# (the catalog is read again); SIGTERM (a graceful stop, status 0). Exits 1 on any failure.
# Needs root (to change user) and Debian's python3-seccomp for /usr/bin/python3 (installed with
# apt-get when missing).
#
#   deploy/systemd/sandbox.sh
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$DIR/../.." && pwd)"
UNIT="$DIR/lodestat@.service"
BIN="${LODESTAT_BIN:-$ROOT/.build/release/lodestat}"
# shellcheck source=../../scripts/lib/loopback.sh
source "$ROOT/scripts/lib/loopback.sh"

[ "$(id -u)" = 0 ] || { echo "sandbox.sh: run as root (it changes to an unprivileged user)" >&2; exit 1; }
if ! /usr/bin/python3 -c 'import seccomp' 2>/dev/null || ! command -v systemd-analyze >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-seccomp systemd >/dev/null
fi
[ -x "$BIN" ] || (cd "$ROOT" && swift build -c release --product lodestat >/dev/null)

WORK="$(mktemp -d "${TMPDIR:-/tmp}/lodestat-sandbox.XXXXXX")"
chmod 755 "$WORK"
SERVER=""
cleanup() { [ -n "$SERVER" ] && stop_pid "$SERVER" 20; rm -rf "$WORK"; }
trap cleanup EXIT

# expand ITEM: the system calls of a name or a @group (groups hold groups).
expand() {
  if [ "${1#@}" = "$1" ]; then echo "$1"; return; fi
  local member
  for member in $(systemd-analyze syscall-filter --no-pager "$1" | awk '$1 !~ /^#/ && NF == 1 { print $1 }' | tail -n +2); do
    expand "$member"
  done
}

# The filter: what the unit's lines allow, in order (a line with ~ removes), as names.
: >"$WORK/allowed"
while IFS= read -r line; do
  value="${line#SystemCallFilter=}"
  deny=0
  if [ "${value#\~}" != "$value" ]; then deny=1; value="${value#\~}"; fi
  : >"$WORK/names"
  for item in $value; do expand "$item" >>"$WORK/names"; done
  if [ "$deny" = 1 ]; then
    grep -vxF -f "$WORK/names" "$WORK/allowed" >"$WORK/allowed.new" || true
    mv "$WORK/allowed.new" "$WORK/allowed"
  else
    sort -u "$WORK/allowed" "$WORK/names" -o "$WORK/allowed"
  fi
done < <(grep '^SystemCallFilter=' "$UNIT")
[ -s "$WORK/allowed" ] || { echo "sandbox.sh: $UNIT allows no system call" >&2; exit 1; }
ERRNO_NAME="$(sed -n 's/^SystemCallErrorNumber=//p' "$UNIT" | tail -1)"
FAMILIES="$(sed -n 's/^RestrictAddressFamilies=//p' "$UNIT" | tail -1)"
grep -qx 'NoNewPrivileges=yes' "$UNIT" || { echo "sandbox.sh: the unit lost NoNewPrivileges=yes" >&2; exit 1; }
grep -qx 'CapabilityBoundingSet=' "$UNIT" || { echo "sandbox.sh: the unit's capability bounding set is not empty" >&2; exit 1; }
echo "filter: $(wc -l <"$WORK/allowed") system calls allowed, others fail with ${ERRNO_NAME:-EPERM}; socket families: $FAMILIES"

cat >"$WORK/confine.py" <<'PY'
"""Loads the seccomp filter, then executes the command: confine.py ALLOWED ERRNO FAMILIES -- CMD…"""
import errno, os, socket, sys
import seccomp

allowed_file, errno_name, families = sys.argv[1], sys.argv[2], sys.argv[3].split()
command = sys.argv[sys.argv.index("--") + 1:]
f = seccomp.SyscallFilter(defaction=seccomp.ERRNO(getattr(errno, errno_name or "EPERM")))
known = 0
for name in open(allowed_file).read().split():
    if name == "socket":
        continue
    try:
        f.add_rule(seccomp.ALLOW, name)
        known += 1
    except (RuntimeError, ValueError):
        pass  # not a system call of this architecture (systemd skips those too)
for family in families:
    f.add_rule(seccomp.ALLOW, "socket", seccomp.Arg(0, seccomp.EQ, getattr(socket, family)))
for family in range(1, 64):
    if not any(getattr(socket, name, None) == family for name in families):
        f.add_rule(seccomp.ERRNO(errno.EAFNOSUPPORT), "socket", seccomp.Arg(0, seccomp.EQ, family))
f.load()
os.execv(command[0], command)
PY

# A user and group of its own, as DynamicUser= allocates (61184–65519).
ID=$(( 61184 + RANDOM % 4000 ))
PORT="$(free_port)"
URL="http://127.0.0.1:$PORT"
cp -r "$ROOT/Catalog" "$ROOT/Ontologies" "$WORK/"
chmod -R a+rX "$WORK" "$BIN"
setpriv --reuid="$ID" --regid="$ID" --clear-groups --no-new-privs --bounding-set=-all --inh-caps=-all \
  /usr/bin/python3 "$WORK/confine.py" "$WORK/allowed" "$ERRNO_NAME" "$FAMILIES" -- \
  "$BIN" serve --catalog "$WORK/Catalog" --ontologies "$WORK/Ontologies" --host 127.0.0.1 --port "$PORT" \
  >"$WORK/server.log" 2>&1 &
SERVER=$!
wait_http "$URL/health" "$SERVER" "$WORK/server.log" 120
echo "serving as uid $(awk '/^Uid:/ { print $2 }' "/proc/$SERVER/status"), no_new_privs $(awk '/^NoNewPrivs:/ { print $2 }' "/proc/$SERVER/status"), seccomp mode $(awk '/^Seccomp:/ { print $2 }' "/proc/$SERVER/status"), bounding set $(awk '/^CapBnd:/ { print $2 }' "/proc/$SERVER/status")"

FAILED=0
check() {  # check ACCEPT PATH
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -H "Accept: $1" "$URL$2")"
  if [ "${status:0:1}" = 2 ]; then echo "ok   $status $2"; else echo "FAIL $status $2"; FAILED=1; fi
}
check application/json /health
check application/json "/api/series?limit=5"
for format in jsonl ttl nt rdf jsonld; do check "*/*" "/api/export/concepts?format=$format"; done
check text/turtle /id/organisation/insee
check application/sparql-results+json "/sparql?query=$(urlencode 'SELECT ?s WHERE { ?s ?p ?o } LIMIT 3')"
check application/xml "/sdmx/v1/codelist/all/all/latest"
check text/turtle /dcat
kill -HUP "$SERVER"
for _ in $(seq 1 100); do grep -q "catalog reloaded" "$WORK/server.log" && break; sleep 0.2; done
if grep -q "catalog reloaded" "$WORK/server.log"; then echo "ok   SIGHUP reload"; else echo "FAIL SIGHUP reload"; FAILED=1; fi
check application/json /health
kill -TERM "$SERVER"
STATUS=0; wait "$SERVER" || STATUS=$?
SERVER=""
if [ "$STATUS" = 0 ]; then echo "ok   SIGTERM: graceful stop, status 0"; else echo "FAIL SIGTERM: status $STATUS"; FAILED=1; fi
if [ "$FAILED" -ne 0 ]; then tail -20 "$WORK/server.log"; echo "sandbox: FAILED"; exit 1; fi
echo "sandbox: lodestat serves under the unit's system-call filter, address families, no new privileges, no capabilities, its own user"

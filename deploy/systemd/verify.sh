#!/usr/bin/env bash
# Checks deploy/systemd/lodestat@.service statically (no systemd as PID 1 needed):
#   1. `systemd-analyze verify` on an instance of it (lodestat@8081.service) — syntax, unknown
#      settings, values it cannot parse (any message fails the check), and that ExecStart's program exists: the unit's /usr/local/bin/lodestat is
#      replaced by this checkout's release build (or $LODESTAT_BIN) in a temporary copy;
#   2. `systemd-analyze security --offline=yes` — prints the exposure table and score, and fails
#      when the score is above MAX_EXPOSURE (default 2.0; 0.0 is the most locked down, 10.0 the
#      least), printing the settings that cost exposure.
# Installs Debian's systemd package (for systemd-analyze) when missing.
#
#   deploy/systemd/verify.sh
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$DIR/../.." && pwd)"
UNIT="$DIR/lodestat@.service"
MAX_EXPOSURE="${MAX_EXPOSURE:-2.0}"
BIN="${LODESTAT_BIN:-$ROOT/.build/release/lodestat}"

if ! command -v systemd-analyze >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq systemd >/dev/null
fi
[ -x "$BIN" ] || (cd "$ROOT" && swift build -c release --product lodestat >/dev/null)
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"  # ExecStart= needs an absolute path

WORK="$(mktemp -d "${TMPDIR:-/tmp}/lodestat-unit.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
grep -q '^ExecStart=/usr/local/bin/lodestat serve ' "$UNIT" ||
  { echo "verify.sh: $UNIT no longer starts /usr/local/bin/lodestat serve" >&2; exit 1; }
sed "s|^ExecStart=/usr/local/bin/lodestat |ExecStart=$BIN |" "$UNIT" >"$WORK/lodestat@8081.service"

echo "== systemd-analyze verify lodestat@8081.service"
# verify exits 0 on an unknown setting or a value it cannot parse (it only warns): any message fails.
systemd-analyze verify "$WORK/lodestat@8081.service" 2>"$WORK/verify.txt" || { cat "$WORK/verify.txt" >&2; exit 1; }
if [ -s "$WORK/verify.txt" ]; then cat "$WORK/verify.txt" >&2; echo "verify.sh: systemd-analyze verify complained" >&2; exit 1; fi
echo "ok"
echo
echo "== systemd-analyze security --offline=yes lodestat@8081.service"
# --threshold counts tenths (0-100).
THRESHOLD="$(awk -v m="$MAX_EXPOSURE" 'BEGIN { printf "%d", m * 10 + 0.5 }')"
STATUS=0
systemd-analyze security --offline=yes --threshold="$THRESHOLD" "$WORK/lodestat@8081.service" >"$WORK/security.txt" ||
  STATUS=$?
grep -v '^✓' "$WORK/security.txt" || true
[ "$STATUS" -eq 0 ] || { echo "verify.sh: exposure above $MAX_EXPOSURE" >&2; exit 1; }

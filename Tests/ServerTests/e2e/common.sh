# Shared by the e2e scripts (sourced after HERE is set): the package root, the loopback helpers
# (free_port, wait_http, ... from scripts/lib/loopback.sh), the pass/fail counters with `check` and
# `record`, and the debug `lodestat` binary.
ROOT="$(cd "$HERE/../../.." && pwd)"
# shellcheck source=../../../scripts/lib/loopback.sh
source "$ROOT/scripts/lib/loopback.sh"
passed=0; failed=0

record() {  # record NAME OK(1|0)
  if [ "$2" = 1 ]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}

check() {  # check NAME COMMAND...
  if "${@:2}" >/dev/null 2>&1; then record "$1" 1; else record "$1" 0; fi
}

lodestat_binary() {  # $LODESTAT_BIN, else builds the debug binary if needed; prints its path
  if [ -n "${LODESTAT_BIN:-}" ]; then echo "$LODESTAT_BIN"; return; fi
  (cd "$ROOT" && swift build --product lodestat >/dev/null)
  echo "$(cd "$ROOT" && swift build --show-bin-path)/lodestat"
}

# Shared by the e2e scripts (sourced after HERE is set): the package root, the pass/fail counters
# with `check` and `record`, the debug `lodestat` binary, and waiting for a server's /health.
ROOT="$(cd "$HERE/../../.." && pwd)"
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

wait_for_health() {  # wait_for_health URL [TRIES of 0.2 s]
  for _ in $(seq 1 "${2:-150}"); do curl -sf "$1/health" >/dev/null && return 0; sleep 0.2; done
  return 1
}

free_port() {  # a loopback port nothing listens on
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

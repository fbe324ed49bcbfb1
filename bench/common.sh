# Shared set-up for the benchmark scripts: a venv with the peers, generated data, a release build.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
VENV="$BENCH_DIR/.venv"
DATA="$BENCH_DIR/data"
LODESTAT="${LODESTAT_BIN:-$ROOT/.build/release/lodestat}"  # LODESTAT_BIN: another build to measure

ensure_venv() {
  if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import pyoxigraph" 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet pyoxigraph oxigraph
  fi
}

ensure_data() {  # ensure_data TRIPLES NAME
  mkdir -p "$DATA"
  if [ ! -f "$DATA/$2.nt" ] || [ ! -f "$DATA/$2.ttl" ]; then
    python3 "$BENCH_DIR/generate.py" "$1" "$DATA/$2"
  fi
}

ensure_build() {
  [ -n "${LODESTAT_BIN:-}" ] && return 0  # measuring another build: do not build this one
  (cd "$ROOT" && swift build -c release --product lodestat >/dev/null)
}

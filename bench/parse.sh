#!/usr/bin/env bash
# Parse benchmark for RDF/XML and JSON-LD: the generated data written in each format (by
# pyoxigraph's serializers), then read by Lodestat (`lodestat stats`: parse + dictionary + indexes)
# and by pyoxigraph (parse only, the easier task), three runs each, medians and ratios.
# Usage: bench/parse.sh [SIZE]   SIZE in 100k, 1m (default: 1m)
source "$(dirname "$0")/common.sh"
size="${1:-1m}"
case "$size" in 100k) n=100000 ;; 1m) n=1000000 ;; *) echo "unknown size $size"; exit 2 ;; esac
ensure_venv
ensure_build
ensure_data "$n" "gen-$size"
for fmt in rdf jsonld; do
  if [ ! -f "$DATA/gen-$size.$fmt" ]; then
    "$VENV/bin/python" - "$DATA/gen-$size.nt" "$DATA/gen-$size.$fmt" <<'PY'
import sys, pyoxigraph as ox
src, dst = sys.argv[1], sys.argv[2]
fmt = ox.RdfFormat.RDF_XML if dst.endswith(".rdf") else ox.RdfFormat.JSON_LD
with open(dst, "wb") as out:
    ox.serialize(ox.parse(path=src, format=ox.RdfFormat.N_TRIPLES), out, format=fmt)
PY
  fi
  "$VENV/bin/python" "$BENCH_DIR/parse_bench.py" "$LODESTAT" "$DATA/gen-$size.$fmt"
done

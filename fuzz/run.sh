#!/usr/bin/env bash
# Fuzzes the parsers with libFuzzer: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
# Builds lodestat-fuzz with -sanitize=fuzzer,address into .build-fuzz, then runs each target
# (all of them by default) for SECONDS_PER_TARGET (default 60) on a scratch copy of its seed
# corpus under .build-fuzz/corpus/<target> (the committed fuzz/corpus stays small).
# Findings (crash-*, timeout-*, oom-*, leak-*) land in .build-fuzz/findings/<target>/;
# a summary line per target (executions, coverage, findings) goes to .build-fuzz/summary.txt.
# Environment: FUZZ_CONFIG (debug or release, default debug: the configuration the README runs used), FUZZ_JOBS (libFuzzer -jobs on one target; unset: one process), FUZZ_MAX_LEN (default 8192),
# FUZZ_TIMEOUT (seconds one input may take, default 10), FUZZ_RSS_MB (default 2048).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_PER_TARGET=${1:-60}
shift || true
ALL="ntriples nquads turtle trig rdfxml jsonld sparql results-json results-xml results-csv results-tsv sdmxml accept accept-language form app remote"
TARGETS=${*:-$ALL}
SCRATCH=$ROOT/.build-fuzz
MAX_LEN=${FUZZ_MAX_LEN:-8192}
TIMEOUT=${FUZZ_TIMEOUT:-10}
RSS_MB=${FUZZ_RSS_MB:-2048}
CONFIG=${FUZZ_CONFIG:-debug}

echo "== building lodestat-fuzz with libFuzzer and AddressSanitizer"
swift build -c "$CONFIG" --product lodestat-fuzz --scratch-path "$SCRATCH" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DLODESTAT_FUZZ 2>&1 | grep -Ev '^(warning: |.*Cannot export local symbol)' | tail -5
BIN=$(swift build -c "$CONFIG" --product lodestat-fuzz --scratch-path "$SCRATCH" --show-bin-path)/lodestat-fuzz
[ -x "$BIN" ] || { echo "build failed: no $BIN" >&2; exit 1; }

SUMMARY=$SCRATCH/summary.txt
mkdir -p "$SCRATCH/logs" "$SCRATCH/summary.d"
status=0
for target in $TARGETS; do
    seeds=$ROOT/fuzz/corpus/$target
    [ -d "$seeds" ] || { echo "no seed corpus $seeds" >&2; exit 2; }
    corpus=$SCRATCH/corpus/$target
    findings=$SCRATCH/findings/$target
    mkdir -p "$corpus" "$findings"
    rm -f "$findings"/*   # findings of earlier runs are in their logs; count this run's only
    cp -n "$seeds"/* "$corpus"/ 2>/dev/null || true
    [ -d "$ROOT/fuzz/regressions/$target" ] && cp -n "$ROOT/fuzz/regressions/$target"/* "$corpus"/ 2>/dev/null || true
    dict=()
    [ -f "$ROOT/fuzz/dicts/$target.dict" ] && dict=(-dict="$ROOT/fuzz/dicts/$target.dict")
    log=$SCRATCH/logs/$target.log
    echo "== $target: ${SECONDS_PER_TARGET}s"
    set +e
    LODESTAT_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
        "$BIN" "$corpus" "${dict[@]}" -max_total_time="$SECONDS_PER_TARGET" -max_len="$MAX_LEN" \
        -timeout="$TIMEOUT" -rss_limit_mb="$RSS_MB" -print_final_stats=1 -artifact_prefix="$findings/" \
        ${FUZZ_JOBS:+-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS} > "$log" 2>&1
    rc=$?
    set -e
    execs=$( (grep -hE '^stat::number_of_executed_units' "$log" fuzz-*.log 2>/dev/null || true) | awk '{s+=$2} END {print s+0}')
    cov=$( (grep -Eo 'cov: [0-9]+' "$log" || true) | tail -1 | awk '{print $2}')
    rm -f fuzz-*.log
    found=$(ls "$findings" 2>/dev/null | wc -l)
    line="$target executions=$execs coverage=${cov:-0} corpus=$(ls "$corpus" | wc -l) findings=$found exit=$rc"
    echo "$line" | tee "$SCRATCH/summary.d/$target.txt"
    if [ "$found" -gt 0 ] || [ "$rc" -ne 0 ]; then status=1; ls "$findings"; fi
done
cat "$SCRATCH"/summary.d/*.txt > "$SUMMARY"
echo "== summary in $SUMMARY"
exit $status

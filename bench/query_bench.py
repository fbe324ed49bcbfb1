#!/usr/bin/env python3
"""Per-query median evaluation time in Lodestat (`lodestat query --repeat N`) and pyoxigraph
(one in-memory store, the query run N times), with result-count checks. Called by query.sh."""
import re
import statistics
import subprocess
import sys
import time

import pyoxigraph as ox


def lodestat_median(binary, data, query_file, runs):
    p = subprocess.run([binary, "query", "--data", data, "--file", query_file, "--repeat", str(runs),
                        "--results", "tsv" if "DESCRIBE" not in open(query_file).read() else "ntriples"],
                       check=True, capture_output=True, text=True)
    ms = float(re.search(r"median ([0-9.]+) ms", p.stderr).group(1))
    lines = [l for l in p.stdout.splitlines() if l.strip()]
    count = len(lines) - (0 if "DESCRIBE" in open(query_file).read() else 1)
    return ms, count


def oxigraph_median(store, text, runs):
    times, count = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        result = store.query(text)
        count = sum(1 for _ in result)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), count


def main():
    binary, data, runs, queries = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    store = ox.Store()
    store.load(path=data, format=ox.RdfFormat.N_TRIPLES)
    print(f"{'query':<24}{'lodestat ms':>12}{'oxigraph ms':>13}{'ratio':>8}  rows")
    worst = 0.0
    for q in queries:
        name = q.rsplit("/", 1)[-1][:-3]
        ours, n_ours = lodestat_median(binary, data, q, runs)
        theirs, n_theirs = oxigraph_median(store, open(q).read(), runs)
        ratio = ours / theirs if theirs > 0 else float("inf")
        worst = max(worst, ratio)
        flag = "" if n_ours == n_theirs else f"  (row counts differ: {n_ours} vs {n_theirs})"
        print(f"{name:<24}{ours:12.3f}{theirs:13.3f}{ratio:8.2f}  {n_ours}{flag}")
    print(f"worst ratio (lodestat / oxigraph time): {worst:.2f} (target <= 0.5)")


if __name__ == "__main__":
    main()

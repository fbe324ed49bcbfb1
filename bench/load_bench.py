#!/usr/bin/env python3
"""Runs one file through Lodestat and pyoxigraph, three times each in fresh processes,
and prints medians and ratios. Called by load.sh."""
import json
import statistics
import subprocess
import sys

PEER = r'''
import resource, sys, time
import pyoxigraph as ox
path = sys.argv[1]
fmt = ox.RdfFormat.N_TRIPLES if path.endswith(".nt") else ox.RdfFormat.TURTLE
t = time.perf_counter()
st = ox.Store()
st.load(path=path, format=fmt)
el = time.perf_counter() - t
print(el, len(st), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
'''


def run_lodestat(binary, path):
    out = subprocess.run([binary, "stats", "--json", path], check=True, capture_output=True, text=True).stdout
    r = json.loads(out)
    return r["loadSeconds"], r["triples"] + r["namedGraphQuads"], r["peakResidentBytes"]


def run_peer(path):
    out = subprocess.run([sys.executable, "-c", PEER, path], check=True, capture_output=True, text=True).stdout
    t, n, rss = out.split()
    return float(t), int(n), int(rss)


def main():
    binary, path = sys.argv[1], sys.argv[2]
    ours = [run_lodestat(binary, path) for _ in range(3)]
    peer = [run_peer(path) for _ in range(3)]
    assert ours[0][1] == peer[0][1], f"different counts: lodestat {ours[0][1]}, oxigraph {peer[0][1]}"
    n = ours[0][1]
    t_ours, t_peer = statistics.median(r[0] for r in ours), statistics.median(r[0] for r in peer)
    rss_ours, rss_peer = max(r[2] for r in ours), max(r[2] for r in peer)
    name = path.rsplit("/", 1)[-1]
    print(f"{name}: {n} triples")
    print(f"  lodestat   {t_ours:7.3f} s  {n / t_ours:12,.0f} triples/s  peak RSS {rss_ours / 2**20:7.1f} MiB")
    print(f"  pyoxigraph {t_peer:7.3f} s  {n / t_peer:12,.0f} triples/s  peak RSS {rss_peer / 2**20:7.1f} MiB")
    print(f"  ratio: throughput {t_peer / t_ours:.2f}x pyoxigraph (target >= 2), "
          f"peak RSS {rss_ours / rss_peer:.2f}x (target <= 0.3)")


if __name__ == "__main__":
    main()

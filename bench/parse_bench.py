#!/usr/bin/env python3
"""Lodestat parse-only and full load (parse + index) against pyoxigraph parse-only on one file.
Called by parse.sh."""
import json
import statistics
import subprocess
import sys

PEER = r'''
import sys, time
import pyoxigraph as ox
path = sys.argv[1]
fmt = ox.RdfFormat.RDF_XML if path.endswith(".rdf") else ox.RdfFormat.JSON_LD
t = time.perf_counter()
n = sum(1 for _ in ox.parse(path=path, format=fmt))
print(time.perf_counter() - t, n)
'''


def main():
    binary, path = sys.argv[1], sys.argv[2]
    ours, parse_only, peer = [], [], []
    for _ in range(3):
        r = json.loads(subprocess.run([binary, "stats", "--json", path], check=True, capture_output=True,
                                      text=True).stdout)
        ours.append((r["loadSeconds"], r["triples"] + r["namedGraphQuads"]))
        r = json.loads(subprocess.run([binary, "stats", "--parse-only", "--json", path], check=True,
                                      capture_output=True, text=True).stdout)
        parse_only.append((r["parseSeconds"], r["quads"]))
        t, n = subprocess.run([sys.executable, "-c", PEER, path], check=True, capture_output=True,
                              text=True).stdout.split()
        peer.append((float(t), int(n)))
    n = ours[0][1]
    assert n == peer[0][1], f"different counts: lodestat {n}, pyoxigraph {peer[0][1]}"
    assert parse_only[0][1] == n, f"parse-only count {parse_only[0][1]} differs from {n}"
    t_ours, t_peer = statistics.median(r[0] for r in ours), statistics.median(r[0] for r in peer)
    t_parse = statistics.median(r[0] for r in parse_only)
    print(f"{path.rsplit('/', 1)[-1]}: {n} triples")
    print(f"  lodestat (parse only)    {t_parse:7.3f} s  {n / t_parse:12,.0f} triples/s")
    print(f"  lodestat (parse + index) {t_ours:7.3f} s  {n / t_ours:12,.0f} triples/s")
    print(f"  pyoxigraph (parse only)  {t_peer:7.3f} s  {n / t_peer:12,.0f} triples/s")
    print(f"  ratio, parse only: {t_peer / t_parse:.2f}x pyoxigraph's throughput (target >= 1); "
          f"with our indexing too: {t_peer / t_ours:.2f}x")


if __name__ == "__main__":
    main()

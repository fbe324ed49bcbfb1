#!/usr/bin/env python3
"""Lodestat parse-only and full load (parse + index) against pyoxigraph parse-only on one file.
Called by parse.sh. Besides wall-clock time it reports CPU time (user + system): on a shared,
busy machine wall-clock ratios mostly measure the scheduler, CPU-time ratios the work done."""
import json
import resource
import statistics
import subprocess
import sys

PEER = r'''
import sys, time
import pyoxigraph as ox
path = sys.argv[1]
fmt = ox.RdfFormat.RDF_XML if path.endswith(".rdf") else ox.RdfFormat.JSON_LD
t, c = time.perf_counter(), time.process_time()
n = sum(1 for _ in ox.parse(path=path, format=fmt))
print(time.perf_counter() - t, n, time.process_time() - c)
'''


def run(command):
    """Runs command; its standard output and the CPU seconds (user + system) it used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return out, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    binary, path = sys.argv[1], sys.argv[2]
    ours, parse_only, peer = [], [], []
    cpu_parse, cpu_peer = [], []
    for _ in range(3):
        out, _ = run([binary, "stats", "--json", path])
        r = json.loads(out)
        ours.append((r["loadSeconds"], r["triples"] + r["namedGraphQuads"]))
        out, cpu = run([binary, "stats", "--parse-only", "--json", path])
        r = json.loads(out)
        parse_only.append((r["parseSeconds"], r["quads"]))
        cpu_parse.append(cpu)
        out, _ = run([sys.executable, "-c", PEER, path])
        t, n, cpu = out.split()
        peer.append((float(t), int(n)))
        cpu_peer.append(float(cpu))
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
    c_parse, c_peer = statistics.median(cpu_parse), statistics.median(cpu_peer)
    print(f"  CPU time, parse only: lodestat {c_parse:.3f} s (whole process, all threads), "
          f"pyoxigraph {c_peer:.3f} s (the parse loop); ratio {c_peer / c_parse:.2f}x")


if __name__ == "__main__":
    main()

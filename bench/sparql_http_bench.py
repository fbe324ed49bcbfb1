#!/usr/bin/env python3
"""SPARQL over HTTP, both engines as servers (issue #16): every query of QUERY_DIR sent RUNS times to
Lodestat's /sparql and to Oxigraph's /query, alternating engine by engine within each run, over one
keep-alive connection per engine; medians, ratio, spread (min–max per engine, and min–max of the
per-run ratios), answers compared (row or triple counts). Called by sparql_http.sh.

Usage: sparql_http_bench.py LODESTAT_ORIGIN OXIGRAPH_ORIGIN RUNS QUERY_FILE...
"""
import http.client
import json
import math
import statistics
import sys
import time
import urllib.parse


class Endpoint:
    def __init__(self, origin, path):
        u = urllib.parse.urlsplit(origin)
        self.host, self.port, self.path = u.hostname, u.port, path
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=600)

    def ask(self, text, graph):
        accept = "application/n-triples" if graph else "application/sparql-results+json"
        body = text.encode("utf-8")
        headers = {"Content-Type": "application/sparql-query", "Accept": accept, "Connection": "keep-alive"}
        t = time.perf_counter()
        try:
            self.conn.request("POST", self.path, body=body, headers=headers)
            r = self.conn.getresponse()
            data = r.read()
        except (http.client.HTTPException, OSError):
            # The server closed the connection: open another and ask again (counted in the time).
            self.conn.close()
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=600)
            self.conn.request("POST", self.path, body=body, headers=headers)
            r = self.conn.getresponse()
            data = r.read()
        ms = (time.perf_counter() - t) * 1000
        return ms, r.status, data


def size(status, data, graph):
    """Rows of a SELECT, triples of a graph, the boolean of an ASK; an error as ("HTTP", status)."""
    if status != 200:
        return ("HTTP", status)
    if graph:
        return sum(1 for line in data.split(b"\n") if line.strip() and not line.startswith(b"#"))
    doc = json.loads(data)
    if "boolean" in doc:
        return doc["boolean"]
    return len(doc["results"]["bindings"])


def main():
    lodestat, oxigraph, runs, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    ours_ep, theirs_ep = Endpoint(lodestat, "/sparql"), Endpoint(oxigraph, "/query")
    print(f"{'query':<28}{'lodestat ms':>12}{'(min-max)':>19}{'oxigraph ms':>12}{'(min-max)':>19}"
          f"{'ratio':>7}{'(min-max)':>15}  answer")
    ratios, worst, mismatches = [], (0.0, ""), 0
    for f in files:
        name = f.rsplit("/", 1)[-1][:-3]
        text = open(f, encoding="utf-8").read()
        body = "\n".join(l for l in text.splitlines() if not l.startswith("PREFIX") and not l.startswith("#"))
        graph = body.lstrip().upper().startswith(("CONSTRUCT", "DESCRIBE"))
        # One warm-up each (parse caches, page cache), not timed.
        _, s1, d1 = ours_ep.ask(text, graph)
        _, s2, d2 = theirs_ep.ask(text, graph)
        a, b = size(s1, d1, graph), size(s2, d2, graph)
        ours, theirs = [], []
        for _ in range(runs):
            ms, _, _ = ours_ep.ask(text, graph); ours.append(ms)
            ms, _, _ = theirs_ep.ask(text, graph); theirs.append(ms)
        mo, mt = statistics.median(ours), statistics.median(theirs)
        ratio = mo / mt if mt > 0 else float("inf")
        per_run = sorted(o / t for o, t in zip(ours, theirs) if t > 0)
        ratios.append(ratio)
        if ratio > worst[0]:
            worst = (ratio, name)
        note = str(a) if a == b else f"DIFFERENT: lodestat {a}, oxigraph {b}"
        if a != b:
            mismatches += 1
        print(f"{name:<28}{mo:12.3f}{f'({min(ours):.3f}-{max(ours):.3f})':>19}{mt:12.3f}"
              f"{f'({min(theirs):.3f}-{max(theirs):.3f})':>19}{ratio:7.2f}"
              f"{f'({per_run[0]:.2f}-{per_run[-1]:.2f})':>15}  {note}", flush=True)
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios)) if ratios else float("nan")
    over = sum(1 for r in ratios if r > 1.0)
    print(f"queries: {len(ratios)}; geometric mean of ratios {geo:.3f} (target <= 0.5); "
          f"worst {worst[0]:.2f} ({worst[1]}); above 1.0x: {over} (target 0); answers differing: {mismatches}")


if __name__ == "__main__":
    main()

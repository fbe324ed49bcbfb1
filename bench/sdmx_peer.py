"""Peer for bench/sdmx_export.sh: the same generated codelist written as SDMX-ML 2.1 by the
sdmx1 package (`sdmx.to_xml`, an lxml tree). Prints JSON like sdmx-bench."""
import json
import resource
import sys
import time

import sdmx
from sdmx.model import common, v21
from sdmx.message import Header, StructureMessage

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
out = sys.argv[2] if len(sys.argv) > 2 else f"/tmp/sdmx-peer-{n}.xml"

agency = common.Agency(id="BENCH")
cl = common.Codelist(id="CL_BENCH", maintainer=agency, version="1.0", is_final=True, name={"en": "Benchmark codelist"})
codes = {}
for i in range(n):
    c = common.Code(id=f"C{i}", name={"en": f"Code {i}", "fr": f"Code n° {i}"})
    if i % 100:
        c.parent = codes[f"C{i - i % 100}"]
    codes[c.id] = c
    cl.append(c)
msg = StructureMessage(header=Header(id="BENCH", sender=agency))
msg.codelist[cl.id] = cl


def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()


before = rss()
start = time.monotonic()
data = sdmx.to_xml(msg)
with open(out, "wb") as f:
    f.write(data)
seconds = time.monotonic() - start
growth = max(rss(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024) - before
print(json.dumps({"codes": n, "seconds": round(seconds, 3), "rssGrowthBytes": max(growth, 0), "outputBytes": len(data), "output": out}))

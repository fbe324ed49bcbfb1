#!/usr/bin/env python3
"""Parse every Turtle file of Ontologies/ and Catalog/, print triple counts, then validate the
whole catalogue against Ontologies/shapes/*.ttl with pySHACL (SHACL Core, no inference) and
print the violations. Exit status 1 on a parse error or a violation.

Usage: python check.py [--counts]
"""
import sys
from pathlib import Path

import rdflib
from pyshacl import validate

ROOT = Path(__file__).resolve().parents[2]


def main():
    show = "--counts" in sys.argv
    data = rdflib.Graph()
    shapes = rdflib.Graph()
    failed = False
    files = sorted((ROOT / "Ontologies").rglob("*.ttl")) + sorted((ROOT / "Catalog").rglob("*.ttl"))
    for f in files:
        g = rdflib.Graph()
        try:
            g.parse(f, format="turtle")
        except Exception as e:  # noqa: BLE001
            print("PARSE ERROR", f.relative_to(ROOT), e)
            failed = True
            continue
        if show:
            print("%7d  %s" % (len(g), f.relative_to(ROOT)))
        if "shapes" in f.parts:
            shapes += g
        else:
            data += g
    print("data triples:", len(data), "shape triples:", len(shapes))
    conforms, report, text = validate(data, shacl_graph=shapes, inference="none", advanced=False, meta_shacl=False)
    if not conforms:
        SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
        results = list(report.subjects(rdflib.RDF.type, SH.ValidationResult))
        for r in results[:200]:
            print("VIOLATION", report.value(r, SH.focusNode), report.value(r, SH.resultPath), "—", report.value(r, SH.resultMessage))
        print(len(results), "violation(s)")
        failed = True
    else:
        print("SHACL: the catalogue conforms")
    context = ROOT / "Ontologies" / "context.jsonld"
    if context.exists():
        import json
        json.loads(context.read_text(encoding="utf-8"))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

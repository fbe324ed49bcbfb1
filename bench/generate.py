#!/usr/bin/env python3
"""Deterministic generator of statistical-metadata-like RDF for the benchmarks.

SKOS/XKOS classification schemes (levels, items with fr/en labels, notations, broader
links), statistical series and dataflows described with DCTERMS, frequencies and units.
Usage: generate.py TRIPLES OUT_PREFIX  → OUT_PREFIX.nt and OUT_PREFIX.ttl with about TRIPLES triples.
"""
import random
import sys

BASE = "http://bench.lodestat.example/id/"
P = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xkos": "http://rdf-vocabulary.ddialliance.org/xkos#",
    "dcterms": "http://purl.org/dc/terms/",
    "qb": "http://purl.org/linked-data/cube#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "id": BASE,
}
WORDS_FR = ["population", "emploi", "prix", "commerce", "industrie", "agriculture", "services", "santé",
            "éducation", "logement", "transport", "énergie", "revenu", "entreprises", "territoire", "démographie"]
WORDS_EN = ["population", "employment", "prices", "trade", "industry", "agriculture", "services", "health",
            "education", "housing", "transport", "energy", "income", "enterprises", "territory", "demography"]
FREQS = ["A", "Q", "M", "W", "D"]


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


class Out:
    def __init__(self, prefix):
        self.nt = open(prefix + ".nt", "w", encoding="utf-8")
        self.ttl = open(prefix + ".ttl", "w", encoding="utf-8")
        for k, v in P.items():
            self.ttl.write(f"@prefix {k}: <{v}> .\n")
        self.count = 0

    def subject(self, s, pos):
        """pos: list of (predicate curie, object) with objects already as (nt, ttl) pairs."""
        s_nt, s_ttl = f"<{BASE}{s}>", "id:" + s.replace("/", "\\/")
        parts = []
        for p, (o_nt, o_ttl) in pos:
            pre, local = p.split(":")
            self.nt.write(f"{s_nt} <{P[pre]}{local}> {o_nt} .\n")
            parts.append(f"{'a' if p == 'rdf:type' else p} {o_ttl}")
            self.count += 1
        self.ttl.write(f"\n{s_ttl} " + " ;\n    ".join(parts) + " .\n")


def iri(local):
    return (f"<{BASE}{local}>", "id:" + local.replace("/", "\\/"))


def vocab(curie):
    pre, local = curie.split(":")
    return (f"<{P[pre]}{local}>", curie)


def lit(text, lang=None, dt=None):
    if lang:
        return (f'"{esc(text)}"@{lang}', f'"{esc(text)}"@{lang}')
    if dt:
        pre, local = dt.split(":")
        return (f'"{esc(text)}"^^<{P[pre]}{local}>', f'"{esc(text)}"^^{dt}')
    return (f'"{esc(text)}"', f'"{esc(text)}"')


def generate(target, prefix):
    rnd = random.Random(20261124)
    out = Out(prefix)
    scheme_no = 0
    while out.count < target:
        # A classification scheme: 4 levels, branching 5 → 780 items, about 8 triples each.
        scheme = f"classification/c{scheme_no}"
        out.subject(scheme, [("rdf:type", vocab("skos:ConceptScheme")),
                             ("skos:prefLabel", lit(f"Nomenclature {scheme_no}", "fr")),
                             ("skos:prefLabel", lit(f"Classification {scheme_no}", "en")),
                             ("skos:notation", lit(f"C{scheme_no}"))])
        parents = [None]
        for depth in range(1, 5):
            level = f"{scheme}/level{depth}"
            out.subject(level, [("rdf:type", vocab("xkos:ClassificationLevel")),
                                ("xkos:depth", lit(str(depth), dt="xsd:integer")),
                                ("skos:prefLabel", lit(f"Niveau {depth}", "fr"))])
            children = []
            for parent in parents:
                for k in range(5):
                    code = (parent.split("/")[-1] if parent else "") + str(k)
                    item = f"{scheme}/{code}"
                    w = rnd.randrange(len(WORDS_FR))
                    pos = [("rdf:type", vocab("skos:Concept")),
                           ("skos:inScheme", iri(scheme)),
                           ("skos:notation", lit(code)),
                           ("skos:prefLabel", lit(f"{WORDS_FR[w].capitalize()} {code}", "fr")),
                           ("skos:prefLabel", lit(f"{WORDS_EN[w].capitalize()} {code}", "en")),
                           ("xkos:level", iri(level))]
                    if parent:
                        pos.append(("skos:broader", iri(parent)))
                    out.subject(item, pos)
                    children.append(item)
            parents = children
        # A dataflow with 40 series.
        flow = f"dataflow/df{scheme_no}"
        out.subject(flow, [("rdf:type", vocab("qb:DataSet")),
                           ("dcterms:title", lit(f"Flux {scheme_no}", "fr")),
                           ("dcterms:title", lit(f"Dataflow {scheme_no}", "en")),
                           ("dcterms:identifier", lit(f"DF_{scheme_no}"))])
        for k in range(40):
            w = rnd.randrange(len(WORDS_FR))
            out.subject(f"series/s{scheme_no}_{k}", [
                ("rdf:type", vocab("dcterms:Dataset")),
                ("dcterms:isPartOf", iri(flow)),
                ("dcterms:title", lit(f"Série {WORDS_FR[w]} {k}", "fr")),
                ("dcterms:title", lit(f"Series {WORDS_EN[w]} {k}", "en")),
                ("dcterms:accrualPeriodicity", iri(f"freq/{FREQS[rnd.randrange(5)]}")),
                ("dcterms:subject", iri(f"{scheme}/{rnd.randrange(5)}{rnd.randrange(5)}")),
                ("dcterms:modified", lit(f"2025-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}", dt="xsd:date")),
            ])
        scheme_no += 1
    out.nt.close()
    out.ttl.close()
    return out.count


if __name__ == "__main__":
    n = generate(int(sys.argv[1]), sys.argv[2])
    print(f"{sys.argv[2]}: {n} triples", file=sys.stderr)

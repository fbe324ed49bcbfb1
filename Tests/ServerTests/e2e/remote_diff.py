"""Differential test: every route of two `lodestat serve` processes, one over the embedded store and
one over a SPARQL engine (`--sparql-endpoint`), must answer the same.

    python remote_diff.py EMBEDDED_URL REMOTE_URL [--sample N] [--workers N] [--engine NAME]

Resources are enumerated from the embedded server's REST lists. Every list (both languages, every
page), every detail (JSON in fr and en, JSON-LD), every classification sub-route, every export,
every resource IRI under /id in every RDF format and HTML, search, browse, the parameterless routes
of /openapi.json (so the SDMX and DCAT routes are covered as they are added) and a set of SPARQL
queries in every result format are requested from both and compared:
- same status and media type;
- JSON: equal after parsing (key order ignored); SPARQL JSON results: equal as multisets of rows;
- RDF (Turtle, N-Triples, RDF/XML, JSON-LD): byte-equal, else isomorphic (rdflib);
- CSV/TSV results: equal as multisets of lines (header first); anything else: byte-equal.
Every difference is listed; the exit status is 1 when there is one.

Known engine behaviours, named here and normalised on both sides before comparing (and printed):
- Oxigraph stores the derived integer datatypes (xsd:positiveInteger...) as xsd:integer.
- Virtuoso 7.2 stores xsd:duration literals as a number ("P6M" comes back as "6"): triples with
  an xsd:duration literal, JSON members named "duration" and HTML rows of a *duration property
  are left out of the comparison.
`--sample N` keeps every Nth resource of each kind (N=1: all), for a quicker run.
"""
import argparse
import json
import logging
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import rdflib
from rdflib.compare import isomorphic

PLURALS = ["series", "dataflows", "classifications", "concepts", "events", "internship-topics",
           "organisations", "projects", "families", "operation-series", "operations", "indicators",
           "quality-reports"]
RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "rdf": "xml", "jsonld": "json-ld"}
# DESCRIBE is left out: its answer is the engine's choice (SPARQL 1.1 §16.4).
SPARQL_QUERIES = [
    "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?label } ORDER BY ?s ?label LIMIT 200",
    "SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY ?type",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    "ASK { ?s a <http://www.w3.org/2004/02/skos/core#ConceptScheme> }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <http://purl.org/linked-data/cube#DataStructureDefinition> ; ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } LIMIT 0",
]
SPARQL_ACCEPT = {
    "select": ["application/sparql-results+json", "text/csv", "text/tab-separated-values"],
    "graph": ["text/turtle", "application/n-triples"],
}


def get(url, headers=None, data=None):
    req = urllib.request.Request(url, headers=headers or {}, data=data)
    try:
        with urllib.request.urlopen(req, timeout=300) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()
    except Exception as e:  # noqa: BLE001 - any transport failure is a difference to report
        return -1, "", repr(e).encode()


def media(content_type):
    return content_type.split(";")[0].strip().lower()


def rdf_format(mt):
    return {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
            "application/ld+json": "json-ld"}.get(mt)


def graph(body, fmt, context):
    g = rdflib.Graph()
    text = body.decode("utf-8")
    if fmt == "json-ld" and context is not None:
        doc = json.loads(text)
        if isinstance(doc, dict) and isinstance(doc.get("@context"), str):
            doc["@context"] = context
        text = json.dumps(doc)
    g.parse(data=text, format=fmt, publicID="http://localhost:8080/")
    return g


def same_graph(ga, gb):
    """None when isomorphic. Ground triples are compared as sets (fast); only the triples with
    blank nodes go through rdflib's canonicalisation."""
    def split(g):
        ground, other = set(), rdflib.Graph()
        for t in g:
            if not keep_triple(t):
                continue
            t = tuple(normalise_term(x) for x in t)
            if any(isinstance(x, rdflib.BNode) for x in t):
                other.add(t)
            else:
                ground.add(t)
        return ground, other
    (ta, oa), (tb, ob) = split(ga), split(gb)
    if ta != tb:
        only_a, only_b = sorted(ta - tb)[:3], sorted(tb - ta)[:3]
        return f"graphs differ: {len(ta - tb)} triples only embedded {only_a}, {len(tb - ta)} only remote {only_b}"
    if len(oa) != len(ob):
        return f"graphs differ: {len(oa)} vs {len(ob)} triples with blank nodes"
    return None if len(oa) == 0 or isomorphic(oa, ob) else "blank-node triples not isomorphic"


def sparql_rows(doc):
    if "boolean" in doc:
        return doc["boolean"]
    rows = [json.dumps({k: v for k, v in b.items()}, sort_keys=True) for b in doc["results"]["bindings"]]
    return sorted(doc["head"].get("vars", [])), sorted(rows)


XSD = "http://www.w3.org/2001/XMLSchema#"
DERIVED_INTEGERS = {XSD + t for t in ("positiveInteger", "nonNegativeInteger", "negativeInteger",
                                      "nonPositiveInteger", "long", "int", "short", "byte", "unsignedLong",
                                      "unsignedInt", "unsignedShort", "unsignedByte")}
KNOWN = {
    "oxigraph": "Oxigraph stores derived integer datatypes as xsd:integer",
    "virtuoso": "Virtuoso 7.2 stores xsd:duration literals as numbers",
}
ENGINE = "engine"


def normalise_term(t):
    if ENGINE == "oxigraph" and isinstance(t, rdflib.Literal) and str(t.datatype) in DERIVED_INTEGERS:
        return rdflib.Literal(str(t), datatype=rdflib.URIRef(XSD + "integer"))
    return t


def keep_triple(t):
    o = t[2]
    return not (ENGINE == "virtuoso" and isinstance(o, rdflib.Literal) and str(o.datatype) == XSD + "duration")


def strip_json(v):
    if ENGINE != "virtuoso":
        return v
    if isinstance(v, dict):
        return {k: strip_json(x) for k, x in v.items() if k != "duration"}
    if isinstance(v, list):
        return [strip_json(x) for x in v]
    return v


def strip_html(body):
    if ENGINE != "virtuoso":
        return body
    return re.sub(rb'<tr><th title="[^"]*duration">.*?</tr>', b"", body, flags=re.S)


def same(a, b, context):
    """None when the two answers are the same, else a short reason."""
    (sa, ta, ba), (sb, tb, bb) = a, b
    # SDMX headers are dated with the catalog's load time: each server's own start.
    ba, bb = (re.sub(rb'(<mes:Prepared>[^<]*</mes:Prepared>|"prepared": ?"[^"]*")', b"PREPARED", x) for x in (ba, bb))
    if sa != sb:
        return f"status {sa} vs {sb}: {bb[:300]!r}"
    if media(ta) != media(tb):
        return f"media type {ta} vs {tb}"
    if ba == bb:
        return None
    mt = media(ta)
    try:
        if mt == "application/sparql-results+json":
            return None if sparql_rows(json.loads(ba)) == sparql_rows(json.loads(bb)) else "different solutions"
        if mt in ("application/json", "application/problem+json", "application/ld+json"):
            ja, jb = strip_json(json.loads(ba)), strip_json(json.loads(bb))
            if ja == jb:
                return None
            if mt != "application/ld+json":
                return "different JSON"
        if mt in ("text/csv", "text/tab-separated-values"):
            la, lb = ba.decode().splitlines(), bb.decode().splitlines()
            return None if la[:1] == lb[:1] and sorted(la[1:]) == sorted(lb[1:]) else "different rows"
        if mt == "application/x-ndjson":
            la = sorted(json.dumps(strip_json(json.loads(x)), sort_keys=True) for x in ba.splitlines() if x.strip())
            lb = sorted(json.dumps(strip_json(json.loads(x)), sort_keys=True) for x in bb.splitlines() if x.strip())
            return None if la == lb else "different JSON lines"
        if mt == "text/html" and strip_html(ba) == strip_html(bb):
            return None
        fmt = rdf_format(mt)
        if fmt:
            return same_graph(graph(ba, fmt, context), graph(bb, fmt, context))
    except Exception as e:  # noqa: BLE001
        return f"could not compare: {e!r}"
    return f"different bodies ({len(ba)} vs {len(bb)} bytes)"


def enumerate_resources(base_url, sample):
    resources = {}
    for plural in PLURALS:
        items, offset = [], 0
        while True:
            status, _, body = get(f"{base_url}/api/{plural}?limit=1000&offset={offset}")
            if status != 200:
                sys.exit(f"cannot list {plural} on the embedded server: {status}")
            page = json.loads(body)
            items += page["items"]
            offset += 1000
            if offset >= page["total"]:
                break
        resources[plural] = [(i["id"], i["iri"]) for i in items][::sample]
    return resources


def routes(base_url, resources, base_iri):
    out = []
    for plural, items in resources.items():
        for lang in ("fr", "en"):
            out += [f"/api/{plural}?limit=1000&lang={lang}", f"/api/{plural}?limit=7&offset=3&lang={lang}"]
        out += [f"/api/export/{plural}", f"/api/export/{plural}?format=ttl", f"/browse/{plural}"]
        for rid, iri in items:
            q = urllib.parse.quote(rid, safe="/")
            out += [f"/api/{plural}/{q}?lang=fr", f"/api/{plural}/{q}?lang=en", f"/api/{plural}/{q}?format=jsonld"]
            if plural == "classifications":
                out += [f"/api/classifications/{q}/{part}" for part in ("levels", "items", "correspondences")]
            if plural == "quality-reports":
                out += [f"/quality-reports/{q}?lang={lang}" for lang in ("fr", "en")]
                out += [f"/sdmx/v2/metadata/metadataset/INSEE/{q}/~", f"/sdmx/v2/metadata/metadataset/INSEE/{q}"]
            if iri.startswith(base_iri):
                path = "/" + urllib.parse.quote(iri[len(base_iri):], safe="/")
                out += [f"{path}?format={f}" for f in RDF_FORMATS] + [f"{path}?format=html&lang=en"]
    out += ["/api/series?dataflow=DF_CPI", "/api/series?frequency=M", "/api/events?from=2024-01-01",
            "/api/classifications?publisher=insee", "/api/series?nonsense=1", "/api/nothing", "/id/nothing/here"]
    out += [f"/api/search?q={q}" for q in ("prix", "Emploi", "insee", "stage", "nace")] + ["/search?q=prix", "/"]
    out += ["/dcat", "/dcat?format=ttl", "/sdmx/v1/codelist/SDMX/CL_FREQ", "/sdmx/v1/dataflow/all/all/latest",
            "/sdmx/v1/dataflow/INSEE/DF_CPI/latest?references=all", "/sdmx/v1/datastructure/all/all/latest",
            "/sdmx/v1/conceptscheme/all/all/latest", "/sdmx/v2/structure/codelist/*/*/*",
            "/sdmx/v1/codelist/all/all/latest?format=sdmx-json"]
    # Statistical operations and quality reports (SIMS): the tree, its page, reference metadata.
    out += [f"/api/operations/tree?lang={lang}" for lang in ("fr", "en")] + [f"/statistical-operations?lang={lang}" for lang in ("fr", "en")]
    out += ["/api/quality-reports?target=cpi", "/api/indicators?lang=en&limit=2", "/quality-reports/nothing",
            "/sdmx/v1/metadatastructure/all/all/latest", "/sdmx/v2/structure/metadatastructure/INSEE/MSD_SIMS/~",
            "/sdmx/v2/metadata/metadataset", "/sdmx/v2/metadata/metadataset/INSEE/nothing",
            "/sdmx/v2/metadata/metadataflow/INSEE/MDF_MSD_SIMS/~/INSEE",
            "/sdmx/v2/metadata/structure/dataflow/INSEE/DF_UNEMPLOYMENT", "/sdmx/v2/metadata/structure/dataflow/*/*/*"]
    _, _, doc = get(f"{base_url}/openapi.json")
    for path, ops in json.loads(doc)["paths"].items():
        if "get" in ops and "{" not in path and path not in ("/metrics", "/health") and path not in out:
            out.append(path)
    return sorted(set(out))


def sparql_requests():
    reqs = []
    for q in SPARQL_QUERIES:
        kind = "graph" if q.startswith(("CONSTRUCT", "DESCRIBE")) else "select"
        accepts = SPARQL_ACCEPT[kind] if not q.startswith("ASK") else ["application/sparql-results+json"]
        for accept in accepts:
            reqs.append(("/sparql?" + urllib.parse.urlencode({"query": q}), {"Accept": accept}))
    reqs.append(("/sparql?" + urllib.parse.urlencode({"query": "SELEC * WHERE"}), {}))
    return reqs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("embedded")
    ap.add_argument("remote")
    ap.add_argument("--sample", type=int, default=1)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--engine", default="engine")
    ap.add_argument("--base", default="http://localhost:8080/")
    args = ap.parse_args()
    logging.getLogger("rdflib").setLevel(logging.CRITICAL)
    global ENGINE
    ENGINE = args.engine
    if ENGINE in KNOWN:
        print(f"[{ENGINE}] known engine behaviour, normalised on both sides: {KNOWN[ENGINE]}")
    _, _, ctx = get(f"{args.embedded}/context.jsonld")
    context = json.loads(ctx).get("@context")
    resources = enumerate_resources(args.embedded, max(1, args.sample))
    requests = [(r, {}) for r in routes(args.embedded, resources, args.base)] + sparql_requests()

    def check(req):
        path, headers = req
        a = get(args.embedded + path, headers)
        b = get(args.remote + path, headers)
        return path, headers, same(a, b, context)

    differences = []
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        for path, headers, why in pool.map(check, requests):
            if why:
                differences.append(f"{path} {headers or ''}: {why}")
    counts = ", ".join(f"{k} {len(v)}" for k, v in resources.items())
    print(f"[{args.engine}] {len(requests)} requests over {counts}: {len(differences)} differences")
    for d in differences:
        print("  DIFF " + d)
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()

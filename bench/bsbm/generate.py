#!/usr/bin/env python3
"""A data generator for the Berlin SPARQL Benchmark (BSBM, V3), written from its published dataset
specification (Bizer and Schultz, "BSBM – Dataset Specification", 2010: the e-commerce schema of
products, product types, features, producers, vendors, offers, reviewers and reviews, and its
generation rules), and the Explore use case's query mix instantiated with parameters drawn from the
generated data (bench/bsbm/queries/*.rq).

Usage: generate.py PRODUCTS OUT_DIR   → OUT_DIR/bsbm-PRODUCTS.nt, OUT_DIR/bsbm-PRODUCTS.ttl and
OUT_DIR/queries-PRODUCTS/NN-qK.rq. The specification's scale: 2,785 products give about 1M triples.

Rules followed (section 3 of the specification), simplified where noted:
- product types: a tree whose depth and branching grow with the scale (leaves get the products);
  each product is typed with its leaf type and every ancestor (so Q1–Q4 need no inference);
- product features: each type has its own features; a product has 9–22 of its types' features;
- producers: one per ~50 products (products of a producer are consecutive);
- products: label of 1–3 dictionary words, comment of 50–150 words, numeric properties 1–3 and
  textual properties 1–3 always, numeric/textual 4–5 with probability 0.5 (6 never, as in V3's
  Explore queries' OPTIONALs), numeric values 1–2000, a publisher (its producer) and a date;
- vendors: one per ~100 offers, with a country (the specification's list of 10 countries);
- offers: 20 per product, price 5–10,000, validFrom/validTo around the benchmark's current date
  (2008-06-20), deliveryDays 1–21, a web page, publisher (the vendor) and date;
- reviewers (persons): one per ~20 reviews, name, mbox_sha1sum, country;
- reviews: 10 per product, title of 4–15 words, text of 50–200 words (language tags en/de/fr...,
  mostly en), review date, ratings 1–4 each present with probability 0.7, values 1–10.
The exact distributions of the original generator (normal distributions for counts, the word
dictionary) are replaced by uniform ones over the same ranges and a generated vocabulary.
"""
import hashlib
import os
import random
import sys

BSBM = "http://www4.wiwiss.fu-berlin.de/bizer/bsbm/v01/vocabulary/"
INST = "http://www4.wiwiss.fu-berlin.de/bizer/bsbm/v01/instances/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
FOAF = "http://xmlns.com/foaf/0.1/"
DC = "http://purl.org/dc/elements/1.1/"
REV = "http://purl.org/stuff/rev#"
XSD = "http://www.w3.org/2001/XMLSchema#"
COUNTRY = "http://downlode.org/rdf/iso-3166/countries#"
COUNTRIES = ["US", "GB", "JP", "CN", "DE", "FR", "ES", "RU", "KR", "AT"]
LANGS = ["en"] * 7 + ["de", "fr", "es"]
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zu", "bi", "do", "fa", "gu", "hi", "jo", "pe"]


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def lit(text, lang=None, dt=None):
    if lang:
        return f'"{esc(text)}"@{lang}'
    if dt:
        return f'"{esc(text)}"^^<{XSD}{dt}>'
    return f'"{esc(text)}"'


def date(days):
    """The date `days` after 2008-01-01, as xsd:date lexical form (365-day years are enough here)."""
    y, d = 2008 + days // 365, days % 365
    months = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while d >= months[m]:
        d -= months[m]
        m += 1
    return f"{y:04d}-{m + 1:02d}-{d + 1:02d}"


class Writer:
    def __init__(self, path):
        self.out = open(path, "w", encoding="utf-8")
        self.count = 0

    def t(self, s, p, o):
        self.out.write(f"<{s}> <{p}> {o} .\n")
        self.count += 1


def generate(products, out_dir):
    rnd = random.Random(20101129)
    words = sorted({"".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4))) for _ in range(3000)})

    def text(lo, hi):
        return " ".join(rnd.choice(words) for _ in range(rnd.randint(lo, hi)))

    os.makedirs(out_dir, exist_ok=True)
    w = Writer(os.path.join(out_dir, f"bsbm-{products}.nt"))
    # Product types: branching 4..8 and depth growing with the scale, about products/40 leaves.
    depth = 2
    while 6 ** depth * 40 < products:
        depth += 1
    types, leaves = [], []
    type_parent = {}
    counter = [0]

    def add_type(parent, level):
        counter[0] += 1
        t = f"{INST}ProductType{counter[0]}"
        types.append(t)
        type_parent[t] = parent
        w.t(t, RDF + "type", f"<{BSBM}ProductType>")
        w.t(t, RDFS + "label", lit(text(1, 3)))
        w.t(t, RDFS + "comment", lit(text(20, 50)))
        if parent:
            w.t(t, RDFS + "subClassOf", f"<{parent}>")
        w.t(t, DC + "publisher", f"<{INST}StandardizationInstitution1>")
        w.t(t, DC + "date", lit(date(rnd.randrange(400)), dt="date"))
        if level == depth:
            leaves.append(t)
            return
        for _ in range(rnd.randint(4, 8) if level > 0 else 6):
            add_type(t, level + 1)

    add_type(None, 0)
    # Features: each type has its own; a product draws from its leaf's and its ancestors'.
    features_of = {}
    fcount = 0
    for t in types:
        n = rnd.randint(5, 15) if t in leaves else rnd.randint(3, 8)
        fs = []
        for _ in range(n):
            fcount += 1
            f = f"{INST}ProductFeature{fcount}"
            w.t(f, RDF + "type", f"<{BSBM}ProductFeature>")
            w.t(f, RDFS + "label", lit(text(1, 3)))
            w.t(f, RDFS + "comment", lit(text(20, 50)))
            w.t(f, DC + "publisher", f"<{INST}StandardizationInstitution1>")
            w.t(f, DC + "date", lit(date(rnd.randrange(400)), dt="date"))
            fs.append(f)
        features_of[t] = fs

    def ancestors(t):
        out = []
        while t:
            out.append(t)
            t = type_parent[t]
        return out

    # Producers and products.
    params = {"product": [], "type": [], "feature": [], "offer": [], "review": []}
    producer_no, left_for_producer = 0, 0
    producer = None
    offer_no = review_no = 0
    vendors = max(1, products * 20 // 100)
    persons = max(1, products * 10 // 20)
    for v in range(1, vendors + 1):
        vd = f"{INST}dataFromVendor{v}/Vendor{v}"
        w.t(vd, RDF + "type", f"<{BSBM}Vendor>")
        w.t(vd, RDFS + "label", lit(text(1, 3)))
        w.t(vd, RDFS + "comment", lit(text(20, 50)))
        w.t(vd, FOAF + "homepage", f"<http://www.vendor{v}.com/>")
        w.t(vd, BSBM + "country", f"<{COUNTRY}{COUNTRIES[rnd.randrange(len(COUNTRIES))]}>")
        w.t(vd, DC + "publisher", f"<{vd}>")
        w.t(vd, DC + "date", lit(date(rnd.randrange(400)), dt="date"))
    for r in range(1, persons + 1):
        site = (r - 1) // 50 + 1
        pr = f"{INST}dataFromRatingSite{site}/Reviewer{r}"
        name = text(2, 2)
        w.t(pr, RDF + "type", f"<{FOAF}Person>")
        w.t(pr, FOAF + "name", lit(name))
        w.t(pr, FOAF + "mbox_sha1sum", lit(hashlib.sha1(f"mailto:{name}@example.org".encode()).hexdigest()))
        w.t(pr, BSBM + "country", f"<{COUNTRY}{COUNTRIES[rnd.randrange(len(COUNTRIES))]}>")
        w.t(pr, DC + "publisher", f"<{INST}dataFromRatingSite{site}/RatingSite{site}>")
        w.t(pr, DC + "date", lit(date(rnd.randrange(400)), dt="date"))
    for p in range(1, products + 1):
        if left_for_producer == 0:
            producer_no += 1
            left_for_producer = rnd.randint(25, 75)
            producer = f"{INST}dataFromProducer{producer_no}/Producer{producer_no}"
            w.t(producer, RDF + "type", f"<{BSBM}Producer>")
            w.t(producer, RDFS + "label", lit(text(1, 3)))
            w.t(producer, RDFS + "comment", lit(text(20, 50)))
            w.t(producer, FOAF + "homepage", f"<http://www.producer{producer_no}.com/>")
            w.t(producer, BSBM + "country", f"<{COUNTRY}{COUNTRIES[rnd.randrange(len(COUNTRIES))]}>")
            w.t(producer, DC + "publisher", f"<{producer}>")
            w.t(producer, DC + "date", lit(date(rnd.randrange(400)), dt="date"))
        left_for_producer -= 1
        prod = f"{INST}dataFromProducer{producer_no}/Product{p}"
        leaf = leaves[rnd.randrange(len(leaves))]
        w.t(prod, RDF + "type", f"<{BSBM}Product>")
        for t in ancestors(leaf):
            w.t(prod, RDF + "type", f"<{t}>")
        w.t(prod, RDFS + "label", lit(text(1, 3)))
        w.t(prod, RDFS + "comment", lit(text(50, 150)))
        w.t(prod, BSBM + "producer", f"<{producer}>")
        pool = [f for t in ancestors(leaf) for f in features_of[t]]
        chosen = rnd.sample(pool, min(len(pool), rnd.randint(9, 22)))
        for f in chosen:
            w.t(prod, BSBM + "productFeature", f"<{f}>")
        for k in range(1, 6):
            if k <= 3 or rnd.random() < 0.5:
                w.t(prod, BSBM + f"productPropertyNumeric{k}", lit(str(rnd.randint(1, 2000)), dt="integer"))
                w.t(prod, BSBM + f"productPropertyTextual{k}", lit(text(3, 15)))
        w.t(prod, DC + "publisher", f"<{producer}>")
        w.t(prod, DC + "date", lit(date(rnd.randrange(400)), dt="date"))
        params["product"].append(prod)
        params["feature"].append((leaf, chosen))
        for _ in range(20):
            offer_no += 1
            v = rnd.randint(1, vendors)
            vd = f"{INST}dataFromVendor{v}/Vendor{v}"
            of = f"{INST}dataFromVendor{v}/Offer{offer_no}"
            start = rnd.randrange(300)
            w.t(of, RDF + "type", f"<{BSBM}Offer>")
            w.t(of, BSBM + "product", f"<{prod}>")
            w.t(of, BSBM + "vendor", f"<{vd}>")
            w.t(of, BSBM + "price", lit(f"{rnd.randint(500, 1000000) / 100:.2f}", dt="double"))
            w.t(of, BSBM + "validFrom", lit(date(start) + "T00:00:00", dt="dateTime"))
            w.t(of, BSBM + "validTo", lit(date(start + rnd.randint(30, 200)) + "T00:00:00", dt="dateTime"))
            w.t(of, BSBM + "deliveryDays", lit(str(rnd.randint(1, 21)), dt="integer"))
            w.t(of, BSBM + "offerWebpage", f"<http://www.vendor{v}.com/offers/Offer{offer_no}/>")
            w.t(of, DC + "publisher", f"<{vd}>")
            w.t(of, DC + "date", lit(date(rnd.randrange(400)), dt="date"))
            params["offer"].append(of)
        for _ in range(10):
            review_no += 1
            r = rnd.randint(1, persons)
            site = (r - 1) // 50 + 1
            rv = f"{INST}dataFromRatingSite{site}/Review{review_no}"
            w.t(rv, RDF + "type", f"<{REV}Review>")
            w.t(rv, BSBM + "reviewFor", f"<{prod}>")
            w.t(rv, REV + "reviewer", f"<{INST}dataFromRatingSite{site}/Reviewer{r}>")
            w.t(rv, BSBM + "reviewDate", lit(date(rnd.randrange(400)) + "T00:00:00", dt="dateTime"))
            w.t(rv, DC + "title", lit(text(4, 15)))
            w.t(rv, REV + "text", lit(text(50, 200), lang=LANGS[rnd.randrange(len(LANGS))]))
            for k in range(1, 5):
                if rnd.random() < 0.7:
                    w.t(rv, BSBM + f"rating{k}", lit(str(rnd.randint(1, 10)), dt="integer"))
            w.t(rv, DC + "publisher", f"<{INST}dataFromRatingSite{site}/RatingSite{site}>")
            w.t(rv, DC + "date", lit(date(rnd.randrange(400)), dt="date"))
            params["review"].append(rv)
    w.out.close()
    write_queries(rnd, params, types, out_dir, products)
    return w.count


PREFIXES = f"""PREFIX bsbm-inst: <{INST}>
PREFIX bsbm: <{BSBM}>
PREFIX rdfs: <{RDFS}>
PREFIX rdf: <{RDF}>
PREFIX foaf: <{FOAF}>
PREFIX dc: <{DC}>
PREFIX rev: <{REV}>
PREFIX xsd: <{XSD}>
"""
CURRENT = '"2008-06-20T00:00:00"^^xsd:dateTime'


def write_queries(rnd, params, types, out_dir, products):
    """The Explore mix (Q1–Q5, Q7–Q12; Q6 was dropped in V3), two parameter draws each."""
    qdir = os.path.join(out_dir, f"queries-{products}")
    os.makedirs(qdir, exist_ok=True)
    for old in os.listdir(qdir):
        os.remove(os.path.join(qdir, old))

    def product():
        return params["product"][rnd.randrange(len(params["product"]))]

    def type_and_features(n):
        i = rnd.randrange(len(params["feature"]))
        leaf, feats = params["feature"][i]
        return leaf, rnd.sample(feats, n)

    qs = []
    for draw in range(2):
        t, (f1, f2) = type_and_features(2)
        qs.append(("q1", f"""SELECT DISTINCT ?product ?label WHERE {{
 ?product rdfs:label ?label . ?product a <{t}> .
 ?product bsbm:productFeature <{f1}> . ?product bsbm:productFeature <{f2}> .
 ?product bsbm:productPropertyNumeric1 ?value1 . FILTER (?value1 > {rnd.randint(1, 500)})
}} ORDER BY ?label LIMIT 10"""))
        qs.append(("q2", f"""SELECT ?label ?comment ?producer ?productFeature ?propertyTextual1 ?propertyTextual2 ?propertyTextual3
 ?propertyNumeric1 ?propertyNumeric2 ?propertyTextual4 ?propertyTextual5 ?propertyNumeric4 WHERE {{
 <{product()}> rdfs:label ?label ; rdfs:comment ?comment ; bsbm:producer ?p .
 ?p rdfs:label ?producer .
 <{{P}}> dc:publisher ?p ; bsbm:productFeature ?f . ?f rdfs:label ?productFeature .
 <{{P}}> bsbm:productPropertyTextual1 ?propertyTextual1 ; bsbm:productPropertyTextual2 ?propertyTextual2 ;
   bsbm:productPropertyTextual3 ?propertyTextual3 ; bsbm:productPropertyNumeric1 ?propertyNumeric1 ;
   bsbm:productPropertyNumeric2 ?propertyNumeric2 .
 OPTIONAL {{ <{{P}}> bsbm:productPropertyTextual4 ?propertyTextual4 }}
 OPTIONAL {{ <{{P}}> bsbm:productPropertyTextual5 ?propertyTextual5 }}
 OPTIONAL {{ <{{P}}> bsbm:productPropertyNumeric4 ?propertyNumeric4 }}
}}"""))
        t, (f1, f2) = type_and_features(2)
        qs.append(("q3", f"""SELECT ?product ?label WHERE {{
 ?product rdfs:label ?label . ?product a <{t}> . ?product bsbm:productFeature <{f1}> .
 ?product bsbm:productPropertyNumeric1 ?p1 . FILTER (?p1 > {rnd.randint(1, 500)})
 ?product bsbm:productPropertyNumeric3 ?p3 . FILTER (?p3 < {rnd.randint(1000, 2000)})
 OPTIONAL {{ ?product bsbm:productFeature <{f2}> . ?product rdfs:label ?testVar }}
 FILTER (!bound(?testVar))
}} ORDER BY ?label LIMIT 10"""))
        t, (f1, f2, f3) = type_and_features(3)
        qs.append(("q4", f"""SELECT DISTINCT ?product ?label ?propertyTextual WHERE {{
 {{ ?product rdfs:label ?label . ?product rdf:type <{t}> . ?product bsbm:productFeature <{f1}> .
   ?product bsbm:productFeature <{f2}> . ?product bsbm:productPropertyTextual1 ?propertyTextual .
   ?product bsbm:productPropertyNumeric1 ?p1 . FILTER ( ?p1 > {rnd.randint(1, 500)} ) }}
 UNION
 {{ ?product rdfs:label ?label . ?product rdf:type <{t}> . ?product bsbm:productFeature <{f1}> .
   ?product bsbm:productFeature <{f3}> . ?product bsbm:productPropertyTextual1 ?propertyTextual .
   ?product bsbm:productPropertyNumeric2 ?p2 . FILTER ( ?p2 > {rnd.randint(1, 500)} ) }}
}} ORDER BY ?label OFFSET 5 LIMIT 10"""))
        p = product()
        qs.append(("q5", f"""SELECT DISTINCT ?product ?productLabel WHERE {{
 ?product rdfs:label ?productLabel . FILTER (<{p}> != ?product)
 <{p}> bsbm:productFeature ?prodFeature . ?product bsbm:productFeature ?prodFeature .
 <{p}> bsbm:productPropertyNumeric1 ?origProperty1 . ?product bsbm:productPropertyNumeric1 ?simProperty1 .
 FILTER (?simProperty1 < (?origProperty1 + 120) && ?simProperty1 > (?origProperty1 - 120))
 <{p}> bsbm:productPropertyNumeric2 ?origProperty2 . ?product bsbm:productPropertyNumeric2 ?simProperty2 .
 FILTER (?simProperty2 < (?origProperty2 + 170) && ?simProperty2 > (?origProperty2 - 170))
}} ORDER BY ?productLabel LIMIT 5"""))
        p = product()
        qs.append(("q7", f"""SELECT ?productLabel ?offer ?price ?vendor ?vendorTitle ?review ?revTitle ?reviewer ?revName ?rating1 ?rating2 WHERE {{
 <{p}> rdfs:label ?productLabel .
 OPTIONAL {{ ?offer bsbm:product <{p}> . ?offer bsbm:price ?price . ?offer bsbm:vendor ?vendor .
   ?vendor rdfs:label ?vendorTitle . ?vendor bsbm:country <{COUNTRY}DE> . ?offer dc:publisher ?vendor .
   ?offer bsbm:validTo ?date . FILTER (?date > {CURRENT}) }}
 OPTIONAL {{ ?review bsbm:reviewFor <{p}> . ?review rev:reviewer ?reviewer . ?reviewer foaf:name ?revName .
   ?review dc:title ?revTitle . OPTIONAL {{ ?review bsbm:rating1 ?rating1 . }} OPTIONAL {{ ?review bsbm:rating2 ?rating2 . }} }}
}}"""))
        p = product()
        qs.append(("q8", f"""SELECT ?title ?text ?reviewDate ?reviewer ?reviewerName ?rating1 ?rating2 ?rating3 ?rating4 WHERE {{
 ?review bsbm:reviewFor <{p}> . ?review dc:title ?title . ?review rev:text ?text .
 FILTER langMatches( lang(?text), "EN" )
 ?review bsbm:reviewDate ?reviewDate . ?review rev:reviewer ?reviewer . ?reviewer foaf:name ?reviewerName .
 OPTIONAL {{ ?review bsbm:rating1 ?rating1 . }} OPTIONAL {{ ?review bsbm:rating2 ?rating2 . }}
 OPTIONAL {{ ?review bsbm:rating3 ?rating3 . }} OPTIONAL {{ ?review bsbm:rating4 ?rating4 . }}
}} ORDER BY DESC(?reviewDate) LIMIT 20"""))
        rv = params["review"][rnd.randrange(len(params["review"]))]
        qs.append(("q9", f"DESCRIBE ?x WHERE {{ <{rv}> rev:reviewer ?x }}"))
        p = product()
        qs.append(("q10", f"""SELECT DISTINCT ?offer ?price WHERE {{
 ?offer bsbm:product <{p}> . ?offer bsbm:vendor ?vendor . ?offer dc:publisher ?vendor .
 ?vendor bsbm:country <{COUNTRY}US> . ?offer bsbm:deliveryDays ?deliveryDays . FILTER (?deliveryDays <= 3)
 ?offer bsbm:price ?price . ?offer bsbm:validTo ?date . FILTER (?date > {CURRENT})
}} ORDER BY xsd:double(str(?price)) LIMIT 10"""))
        of = params["offer"][rnd.randrange(len(params["offer"]))]
        qs.append(("q11", f"""SELECT ?property ?hasValue ?isValueOf WHERE {{
 {{ <{of}> ?property ?hasValue }} UNION {{ ?isValueOf ?property <{of}> }}
}}"""))
        of = params["offer"][rnd.randrange(len(params["offer"]))]
        qs.append(("q12", f"""PREFIX bsbm-export: <http://www4.wiwiss.fu-berlin.de/bizer/bsbm/v01/vocabulary/export/>
CONSTRUCT {{ <{of}> bsbm-export:product ?productURI . <{of}> bsbm-export:productlabel ?productlabel .
 <{of}> bsbm-export:vendor ?vendorname . <{of}> bsbm-export:vendorhomepage ?vendorhomepage .
 <{of}> bsbm-export:offerURL ?offerURL . <{of}> bsbm-export:price ?price .
 <{of}> bsbm-export:deliveryDays ?deliveryDays . <{of}> bsbm-export:validuntil ?validTo }}
WHERE {{ <{of}> bsbm:product ?productURI . ?productURI rdfs:label ?productlabel .
 <{of}> bsbm:vendor ?vendorURI . ?vendorURI rdfs:label ?vendorname . ?vendorURI foaf:homepage ?vendorhomepage .
 <{of}> bsbm:offerWebpage ?offerURL . <{of}> bsbm:price ?price . <{of}> bsbm:deliveryDays ?deliveryDays .
 <{of}> bsbm:validTo ?validTo }}"""))
    order = ["q1", "q2", "q3", "q4", "q5", "q7", "q8", "q9", "q10", "q11", "q12"]
    qs.sort(key=lambda q: order.index(q[0]))
    seen = {}
    for name, body in qs:
        seen[name] = seen.get(name, 0) + 1
        if name == "q2":
            # Q2 names one product throughout.
            first = body.split("<", 1)[1].split(">", 1)[0]
            body = body.replace("<{P}>", f"<{first}>")
        with open(os.path.join(qdir, f"{name}-{seen[name]}.rq"), "w", encoding="utf-8") as f:
            f.write(f"# BSBM Explore {name.upper()}, parameter draw {seen[name]}\n" + PREFIXES + body + "\n")


if __name__ == "__main__":
    n = generate(int(sys.argv[1]), sys.argv[2])
    print(f"{sys.argv[2]}: {n} triples")

"""Small helpers shared by the catalog generators: Turtle literal escaping and prefixes.

The generators write Turtle text directly (deterministic order, readable diffs) and the
check script parses every file back with rdflib.
"""

BASE = "http://localhost:8080/"
ID = BASE + "id/"

PREFIXES = """@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xkos: <http://rdf-vocabulary.ddialliance.org/xkos#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix lds: <https://lodestat.example.org/def/> .
@prefix id: <http://localhost:8080/id/> .
"""


def lit(text, lang=None, datatype=None):
    """A Turtle literal; long or multi-line text uses the triple-quoted form."""
    s = str(text)
    if "\n" in s or "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
        body = s.replace("\\", "\\\\").replace('"', '\\"')
        out = '"""' + body + '"""'
    else:
        body = s.replace("\\", "\\\\").replace('"', '\\"')
        out = '"' + body + '"'
    if lang:
        out += "@" + lang
    elif datatype:
        out += "^^" + datatype
    return out


def iri(s):
    return "<" + s + ">"


def block(subject, pairs):
    """Render one subject with (predicate, [objects]) pairs as a Turtle statement."""
    lines = []
    for pred, objs in pairs:
        if not isinstance(objs, (list, tuple)):
            objs = [objs]
        objs = [o for o in objs if o is not None]
        if not objs:
            continue
        lines.append("    " + pred + " " + " ,\n        ".join(objs))
    return subject + "\n" + " ;\n".join(lines) + " .\n"

"""Validates a DCAT-AP document against the official DCAT-AP 3.0.1 SHACL shapes with pySHACL.

Usage: validate_dcat_ap.py SHAPES_DIR DATA_FILE
Exit status: 0 when the document conforms (no violation), 1 when it does not (the report is
printed), 2 on bad usage or unreadable input. No inference, no network.

The shapes graph is dcat-ap-SHACL.ttl with ranges.ttl: the first names two DataService property
shapes (endpoint URL, endpoint description) that only the second defines. Together they still
name five property shapes that neither defines (no sh:path); pySHACL refuses such shapes, so
those references are dropped and listed (the Swift validator ignores shapes without a path).
"""
import sys

import pyshacl
import rdflib
from rdflib.namespace import SH


def dangling(shapes):
    """The (node shape, property shape) references whose property shape has no sh:path."""
    return sorted((o, r) for o, r in shapes.subject_objects(SH.property) if (r, SH.path, None) not in shapes)


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    shapes_dir, data_file = argv[1], argv[2]
    shapes = rdflib.Graph()
    for name in ("dcat-ap-SHACL.ttl", "ranges.ttl"):
        shapes.parse(f"{shapes_dir}/{name}", format="turtle")
    for owner, ref in dangling(shapes):
        shapes.remove((owner, SH.property, ref))
        print(f"dropped undefined property shape {ref} of {owner}")
    data = rdflib.Graph()
    fmt = rdflib.util.guess_format(data_file) or "turtle"
    data.parse(data_file, format=fmt)
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=False,
                                         allow_warnings=True)
    print(f"triples: {len(data)}; conforms: {conforms}")
    if not conforms:
        print(text)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

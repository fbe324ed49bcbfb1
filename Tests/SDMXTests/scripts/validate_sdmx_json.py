#!/usr/bin/env python3
"""Validate SDMX-JSON structure messages against an official SDMX-JSON JSON Schema.

Usage: validate_sdmx_json.py SCHEMA.json MESSAGE.json [MESSAGE.json ...]

Needs the PyPI package `jsonschema` (see setup_venv.sh). Exit status: 0 valid, 1 invalid,
2 usage or environment error (missing jsonschema, unreadable file).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("jsonschema is not installed: run Tests/SDMXTests/scripts/setup_venv.sh", file=sys.stderr)
    sys.exit(2)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    # The SDMX-JSON schemas declare "http://json-schema.org/schema#"; they are written for draft 7.
    validator = jsonschema.Draft7Validator(schema)
    status = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            message = json.load(f)
        errors = sorted(validator.iter_errors(message), key=lambda e: list(e.absolute_path))
        for e in errors[:20]:
            where = "/".join(str(p) for p in e.absolute_path)
            print(f"{path}: /{where}: {e.message[:400]}")
        if errors:
            status = 1
        else:
            print(f"{path}: valid")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))

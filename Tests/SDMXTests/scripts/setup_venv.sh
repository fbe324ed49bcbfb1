#!/bin/sh
# Creates the Python environment used to validate SDMX-JSON output (PyPI: jsonschema).
# Usage: Tests/SDMXTests/scripts/setup_venv.sh [VENV_DIR]   (default .build/sdmx-venv)
# The Swift tests use $LODESTAT_SDMX_PYTHON, else .build/sdmx-venv/bin/python, else python3.
set -e
VENV="${1:-.build/sdmx-venv}"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet "jsonschema>=4.0"
echo "$VENV/bin/python"

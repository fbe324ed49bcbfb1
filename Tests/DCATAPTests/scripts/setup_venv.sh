#!/bin/sh
# Creates the Python environment that cross-checks the DCAT-AP export with pySHACL (PyPI: pyshacl).
# Usage: Tests/DCATAPTests/scripts/setup_venv.sh [VENV_DIR]   (default .build/dcat-venv)
# The Swift tests use $LODESTAT_DCAT_PYTHON, else .build/dcat-venv/bin/python, else python3.
set -e
VENV="${1:-.build/dcat-venv}"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet "pyshacl>=0.25"
echo "$VENV/bin/python"

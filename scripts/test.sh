#!/usr/bin/env bash
# The project's one test command (README, `.ci/run`): installs what the tests need, then runs
# `swift test` (extra arguments go to it, e.g. `scripts/test.sh --filter SPARQLTests`).
#
# - Debian packages: installed with apt-get when missing and running as root; otherwise each
#   missing package is named and the script stops (exit 1) before building anything.
# - Python environments (PyPI), under .build/: created or completed when missing.
# Test material (W3C, JSON-LD, SDMX, DCAT-AP, XKOS) is in TestMaterial/; nothing outside the
# repository is read.
set -euo pipefail
cd "$(dirname "$0")/.."

# command → Debian package
declare -A NEEDED=(
  [xmllint]=libxml2-utils      # SDMX-ML output against the official XSDs
  [chromium]=chromium          # HTML pages in a headless browser
  [chromedriver]=chromium-driver  # selenium drives it (BrowserTests)
  [curl]=curl                  # end-to-end scripts
  [nginx]=nginx                # replicas behind a load balancer
  [wrk]=wrk                    # load while a replica is killed
  [pkg-config]=pkg-config      # finds libxml2 for the build
)
missing=()
for cmd in "${!NEEDED[@]}"; do command -v "$cmd" >/dev/null 2>&1 || missing+=("${NEEDED[$cmd]}"); done
pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
python3 -c "import venv, ensurepip" 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/test.sh: missing Debian packages: ${missing[*]}" >&2
    echo "install them as root:  apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "installing: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

venv() {  # venv DIR IMPORTS PACKAGES...: a venv at DIR where `import IMPORTS` works
  local dir="$1" imports="$2"
  shift 2
  if [ -x "$dir/bin/python" ] && "$dir/bin/python" -c "import $imports" 2>/dev/null; then return 0; fi
  echo "python environment $dir: $*" >&2
  python3 -m venv "$dir"
  "$dir/bin/pip" install --quiet "$@"
}
venv .build/sdmx-venv jsonschema "jsonschema>=4.0"                    # SDMX-JSON schemas
venv .build/dcat-venv pyshacl "pyshacl>=0.25"                         # DCAT-AP shapes
venv .build/sdmx-clients-venv "sdmx, pysdmx, xmltodict" sdmx1 "pysdmx[xml]" xmltodict  # SDMX clients
venv .build/e2e-venv "SPARQLWrapper, rdflib" SPARQLWrapper rdflib     # SPARQL clients
venv .build/remote-venv rdflib rdflib                                 # remote differential
venv bench/.venv "pyoxigraph" pyoxigraph oxigraph                    # the Oxigraph engine
venv .build/schemathesis-venv schemathesis schemathesis               # OpenAPI-driven requests
venv .build/browser-venv selenium "selenium>=4.10"                     # the browser tests

exec swift test "$@"

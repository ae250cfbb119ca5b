#!/usr/bin/env bash
# `nx run example-python:test`: installs the wheels jsii-pacmak generated (bindings/dist/python) with aws-cdk-lib and
# constructs for Python in a virtual environment made once and reused (.venv), then runs pytest once; the JUnit
# report in .results/ is what `npm test` counts.
set -euo pipefail
cd "$(dirname "$0")"
python="${PYTHON:-python3.11}"
[ -x .venv/bin/python ] || "$python" -m venv .venv
pip=(.venv/bin/python -m pip --disable-pip-version-check --quiet)
wheels=(../../bindings/dist/python/*.whl)
"${pip[@]}" install -r requirements.txt "${wheels[@]}"
# The wheels keep their version from one build to the next: put this build's in place.
"${pip[@]}" install --no-deps --force-reinstall "${wheels[@]}"
rm -rf .results
.venv/bin/python -m pytest -q --junitxml=.results/pytest.xml

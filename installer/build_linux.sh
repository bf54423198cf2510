#!/usr/bin/env bash
# Build GrantDesk for Linux from the locked versions: dist/GrantDesk/ (one folder) and, unless
# --no-deb is given, dist/grantdesk_VERSION_amd64.deb. Takes about 5 minutes on 2 cores.
#
#   installer/build_linux.sh [--no-deb]
#
# The build venv (build/venv) is made once and reused; delete it to start afresh.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=build/venv
if [ ! -x "$venv/bin/pyinstaller" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check --require-hashes --no-deps \
    -r installer/requirements.lock
fi
# GrantDesk itself, as a plain (non-editable) install, built with the locked setuptools.
"$venv/bin/pip" install -q --disable-pip-version-check --no-deps --no-build-isolation \
  --force-reinstall .
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/grantdesk.spec

if [ "${1:-}" != "--no-deb" ]; then
  installer/make_deb.sh
fi

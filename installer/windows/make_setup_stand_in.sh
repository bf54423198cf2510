#!/usr/bin/env bash
# Prove the Windows installer script compiles: makensis (Debian's nsis package) wraps the Linux
# folder dist/GrantDesk/ as a stand-in payload into dist/GrantDesk-VERSION-setup-stand-in.exe.
# The result is a real NSIS setup.exe, but holding Linux files: do not give it to anyone.
# Takes about 2 minutes (LZMA, solid) on 2 cores. Run installer/build_linux.sh first.
#
#   installer/windows/make_setup_stand_in.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(python3 -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
[ -d dist/GrantDesk ] || { echo "No dist/GrantDesk: run installer/build_linux.sh first." >&2; exit 1; }
out="dist/GrantDesk-$version-setup-stand-in.exe"
makensis -V2 -WX -DVERSION="$version" -DSOURCE="$PWD/dist/GrantDesk" -DOUTFILE="$PWD/$out" \
  -DROOT="$PWD" installer/windows/grantdesk.nsi
echo "Wrote $out ($(du -h "$out" | cut -f1)) around a $(du -sh dist/GrantDesk | cut -f1) folder."

#!/usr/bin/env bash
# Try the .deb as a packager would: install it, make the example and its PDF with the installed
# `grantdesk`, upgrade a first-release database, open the window offscreen for a few seconds,
# remove the package, and show the data folder is still there. Needs root (apt-get); run installer/build_linux.sh first.
#
#   installer/try_deb.sh [dist/grantdesk_VERSION_amd64.deb]
set -euo pipefail
cd "$(dirname "$0")/.."

deb=${1:-$(ls -t dist/grantdesk_*_amd64.deb | head -1)}
home=$(mktemp -d)  # a person who has never run GrantDesk: their data goes in the default place
data="$home/.local/share/GrantDesk"
step() { printf '\n== %s\n' "$*"; }

step "Installing $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
dpkg -s grantdesk | grep -E '^(Status|Version):'
command -v grantdesk

step "grantdesk demo, list and pdf (as a new user, HOME=$home)"
HOME=$home grantdesk demo
HOME=$home grantdesk list
HOME=$home grantdesk pdf 1 -o "$home/application.pdf"
pages=$(python3 -c "import re,sys; print(len(re.findall(rb'/Type\s*/Page[^s]', open(sys.argv[1],'rb').read())))" "$home/application.pdf")
echo "The PDF has $pages pages ($(du -h "$home/application.pdf" | cut -f1))."

step "A database from the first release, opened by this build"
old="$home/first-release"
mkdir -p "$old" && cp tests/store/fixtures/schema_0001_first_schema.sqlite3 "$old/grantdesk.sqlite3"
HOME=$home grantdesk list --data-dir "$old"
ls "$old/backups"

step "The window, offscreen, for 5 seconds"
set +e
HOME=$home QT_QPA_PLATFORM=offscreen timeout 5 /opt/grantdesk/grantdesk
status=$?
set -e
if [ "$status" -ne 124 ]; then
  echo "The window closed by itself (exit $status); see $data/grantdesk.log" >&2
  exit 1
fi
echo "The window was still open after 5 seconds, as it should be."
if grep -E ' (ERROR|CRITICAL) ' "$data/grantdesk.log"; then
  echo "The log has errors (above)." >&2
  exit 1
fi

step "Removing the package"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq grantdesk 2>&1 | grep -E '^(Removing|GrantDesk)'
if [ -e /opt/grantdesk ] || [ -e /usr/bin/grantdesk ]; then
  echo "GrantDesk is still installed." >&2
  exit 1
fi

step "The data folder after removing GrantDesk"
ls -l "$data"
answers=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from answer').fetchone()[0])" "$data/grantdesk.sqlite3")
echo "Still there: $data, with $answers answers in grantdesk.sqlite3."
rm -rf "$home"

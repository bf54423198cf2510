#!/usr/bin/env bash
# Wrap the one-folder bundle (dist/GrantDesk/, from installer/build_linux.sh) in a Debian
# package: dist/grantdesk_VERSION_amd64.deb. The program goes in /opt/grantdesk, the command
# `grantdesk` in /usr/bin, and a menu entry with the icon. Removing the package leaves every
# person's data folder (~/.local/share/GrantDesk) alone.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(python3 -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
bundle=dist/GrantDesk
[ -x "$bundle/grantdesk" ] || { echo "No bundle in $bundle: run installer/build_linux.sh first." >&2; exit 1; }

root=build/deb/grantdesk
rm -rf build/deb && mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications"
cp -a "$bundle" "$root/opt/grantdesk"
ln -s /opt/grantdesk/grantdesk "$root/usr/bin/grantdesk"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$root/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "resources/icons/grantdesk-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/grantdesk.png"
done
cat > "$root/usr/share/applications/grantdesk.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=GrantDesk
GenericName=Grant application writer
Comment=Write small-grant applications offline
Exec=/opt/grantdesk/grantdesk
Icon=grantdesk
Terminal=false
Categories=Office;
DESKTOP

cat > "$root/DEBIAN/control" <<CONTROL
Package: grantdesk
Version: $version
Architecture: amd64
Maintainer: GrantDesk <grantdesk@localhost>
Installed-Size: $(du -sk "$root" | cut -f1)
Depends: libc6 (>= 2.28), libgl1, libegl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0, libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-xkb1, libxcb-randr0, libxcb-render-util0, libxcb-image0
Section: misc
Priority: optional
Description: write small-grant applications offline
 GrantDesk helps volunteer-run community groups write small-grant applications:
 guided questions with word counts, a budget that adds itself up, and a printable
 A4 application. It works offline and keeps every word in the user's own data folder.
CONTROL
cat > "$root/DEBIAN/postrm" <<'POSTRM'
#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
  echo "GrantDesk is removed. Everyone's work is still in their own data folder" \
       "(~/.local/share/GrantDesk); delete that folder only if nobody needs it."
fi
POSTRM
chmod 0755 "$root/DEBIAN/postrm"

dpkg-deb --root-owner-group -Zxz --build "$root" "dist/grantdesk_${version}_amd64.deb" >/dev/null
echo "Wrote dist/grantdesk_${version}_amd64.deb ($(du -h "dist/grantdesk_${version}_amd64.deb" | cut -f1))"

#!/bin/sh
# Registers printdesk-open for 3dprint:// and print3d:// links for the current user (no root needed).
# Usage: install.sh [PATH-TO-printdesk-open]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exe=${1:-$(command -v printdesk-open || true)}
if [ -z "$exe" ] || [ ! -x "$exe" ]; then
  echo "printdesk-open not found; pass its full path: install.sh /path/to/printdesk-open" >&2
  exit 1
fi
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
# Quote the executable as the Desktop Entry spec asks, so paths with spaces work.
sed "s|^Exec=.*|Exec=\"$exe\" %u|" "$here/printdesk-open.desktop" > "$apps/printdesk-open.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
xdg-mime default printdesk-open.desktop x-scheme-handler/3dprint
xdg-mime default printdesk-open.desktop x-scheme-handler/print3d
echo "Registered $exe for 3dprint:// and print3d:// links."
echo "Now put your config.ini in ${XDG_CONFIG_HOME:-$HOME/.config}/printdesk/config.ini"

#!/bin/sh
# Removes the 3dprint:// and print3d:// registration made by install.sh for the current user.
set -eu
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
rm -f "$apps/printdesk-open.desktop"
list="${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list"
if [ -f "$list" ]; then
  sed -i '/^x-scheme-handler\/\(3dprint\|print3d\)=printdesk-open.desktop;\{0,1\}$/d' "$list"
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "Unregistered printdesk-open."

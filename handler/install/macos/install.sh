#!/bin/sh
# Installs the app bundle built by PyInstaller for the current user and registers its URL types.
# Usage: install.sh [path/to/PrintDesk Opener.app]   (default: dist/PrintDesk Opener.app)
set -eu
app=${1:-"dist/PrintDesk Opener.app"}
target="$HOME/Applications/PrintDesk Opener.app"
mkdir -p "$HOME/Applications"
rm -rf "$target"
cp -R "$app" "$target"
/System/Library/Frameworks/CoreServices.framework/Frameworks/LaunchServices.framework/Support/lsregister -f "$target"
echo "Installed $target; 3dprint:// and print3d:// links now open with it."
echo "Put your config.ini in ~/.config/printdesk/config.ini"

#!/bin/sh
# Removes the app bundle and its URL registration for the current user.
set -eu
target="$HOME/Applications/PrintDesk Opener.app"
/System/Library/Frameworks/CoreServices.framework/Frameworks/LaunchServices.framework/Support/lsregister -u "$target" 2>/dev/null || true
rm -rf "$target"
echo "Uninstalled PrintDesk Opener."

"""Register (or unregister) printdesk-open for 3dprint:// and print3d:// links for the current Windows user.

Writes under HKEY_CURRENT_USER\\Software\\Classes, so no administrator rights are needed.

    python register.py "C:\\Program Files\\PrintDesk\\printdesk-open.exe"            # writes and imports the .reg
    python register.py --uninstall
    python register.py --print "C:\\...\\printdesk-open.exe" > printdesk-open.reg   # just show the .reg
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

SCHEMES = ("3dprint", "print3d")


def _reg_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def registration(executable: str) -> str:
    lines = ["Windows Registry Editor Version 5.00", ""]
    command = f'"{executable}" "%1"'
    for scheme in SCHEMES:
        root = f"HKEY_CURRENT_USER\\Software\\Classes\\{scheme}"
        lines += [
            f"[{root}]", f"@={_reg_string(f'URL:PrintDesk {scheme} link')}", '"URL Protocol"=""', "",
            f"[{root}\\DefaultIcon]", f"@={_reg_string(executable + ',0')}", "",
            f"[{root}\\shell\\open\\command]", f"@={_reg_string(command)}", "",
        ]
    return "\r\n".join(lines)


def unregistration() -> str:
    lines = ["Windows Registry Editor Version 5.00", ""]
    for scheme in SCHEMES:
        lines += [f"[-HKEY_CURRENT_USER\\Software\\Classes\\{scheme}]", ""]
    return "\r\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("executable", nargs="?", help="full path of printdesk-open.exe")
    parser.add_argument("--uninstall", action="store_true")
    parser.add_argument("--print", action="store_true", help="print the .reg file instead of importing it")
    args = parser.parse_args(argv)
    if not args.uninstall and not args.executable:
        parser.error("give the full path of printdesk-open.exe (or --uninstall)")
    if args.executable and not os.path.isabs(args.executable):
        parser.error("the executable path must be absolute")
    text = unregistration() if args.uninstall else registration(args.executable)
    if args.print or sys.platform != "win32":
        sys.stdout.write(text)
        return 0
    with tempfile.NamedTemporaryFile("w", suffix=".reg", delete=False, encoding="utf-16") as f:
        f.write(text)
    try:
        subprocess.run(["reg", "import", f.name], check=True)
    finally:
        os.unlink(f.name)
    print("Unregistered." if args.uninstall else f"Registered {args.executable} for 3dprint:// and print3d:// links.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

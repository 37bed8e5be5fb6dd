"""The Windows registration file is generated from the executable path, escaped, under HKCU only."""

from __future__ import annotations

import importlib.util
from pathlib import Path

INSTALL = Path(__file__).resolve().parents[2] / "install"
spec = importlib.util.spec_from_file_location("register", INSTALL / "windows" / "register.py")
register = importlib.util.module_from_spec(spec)
spec.loader.exec_module(register)


def test_both_schemes_are_registered_per_user_with_the_quoted_executable():
    text = register.registration("C:\\Program Files\\PrintDesk\\printdesk-open.exe")
    assert "HKEY_LOCAL_MACHINE" not in text and "HKEY_CLASSES_ROOT" not in text
    for scheme in ("3dprint", "print3d"):
        assert f"[HKEY_CURRENT_USER\\Software\\Classes\\{scheme}]" in text
        assert f"[HKEY_CURRENT_USER\\Software\\Classes\\{scheme}\\shell\\open\\command]" in text
    assert '"URL Protocol"=""' in text
    assert '@="\\"C:\\\\Program Files\\\\PrintDesk\\\\printdesk-open.exe\\" \\"%1\\""' in text


def test_uninstall_removes_both_keys():
    text = register.unregistration()
    assert "[-HKEY_CURRENT_USER\\Software\\Classes\\3dprint]" in text
    assert "[-HKEY_CURRENT_USER\\Software\\Classes\\print3d]" in text


def test_relative_executable_paths_are_refused(capsys):
    try:
        register.main(["printdesk-open.exe"])
    except SystemExit as exit_:
        assert exit_.code == 2
    assert "absolute" in capsys.readouterr().err

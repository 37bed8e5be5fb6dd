"""Every hostile link is refused with its own reason, and nothing is launched."""

from __future__ import annotations

import ntpath
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from printdesk.handler import links
from printdesk.handler.config import HandlerConfig, Slicer
from printdesk.handler.links import LinkRefused
from printdesk.handler.main import EXIT_OK, EXIT_REFUSED, run
from printdesk.handler.paths import resolve, split_relative

LAB_KEY = Ed25519PrivateKey.generate()
OTHER_KEY = Ed25519PrivateKey.generate()
JOB = "0123456789abcdef0123456789abcdef"


class RecordingUi:
    def __init__(self, choice: int | None = 0) -> None:
        self.errors: list[tuple[str, str]] = []
        self.notes: list[str] = []
        self.choice = choice
        self.asked: list[list[str]] = []

    def error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def opened(self, title: str, message: str) -> None:
        self.notes.append(message)

    def choose(self, title: str, prompt: str, options: list[str]) -> int | None:
        self.asked.append(options)
        return self.choice


@pytest.fixture
def storage(tmp_path: Path) -> Path:
    base = tmp_path / "storage"
    (base / "Uploaded").mkdir(parents=True)
    (base / "Uploaded" / "JaneDoe_Filament_Blue_a1b2c3.stl").write_bytes(b"solid x\nendsolid x\n")
    (base / "Uploaded" / "JaneDoe_Filament_Blue_a1b2c3.3mf").write_bytes(b"PK\x03\x04")
    (tmp_path / "secret.stl").write_text("outside")
    (base / "Uploaded" / "escape.stl").symlink_to(tmp_path / "secret.stl")
    (base / "Uploaded" / "folder.stl").mkdir()
    return base


@pytest.fixture
def config(storage: Path, tmp_path: Path) -> HandlerConfig:
    slicer = tmp_path / "prusa-slicer"
    slicer.write_text("#!/bin/sh\n")
    slicer.chmod(0o755)
    preform = tmp_path / "preform"
    preform.write_text("#!/bin/sh\n")
    return HandlerConfig(
        source=tmp_path / "config.ini", storage_base=str(storage),
        public_keys={links.key_id(LAB_KEY.public_key()): LAB_KEY.public_key()},
        slicers=[Slicer("PrusaSlicer", str(slicer), (".stl", ".3mf", ".obj")),
                 Slicer("PreForm", str(preform), (".3mf",))],
        log_path=tmp_path / "handler.log",
    )


def _run(url: str, config: HandlerConfig, ui: RecordingUi | None = None) -> tuple[int, list, RecordingUi]:
    launched: list[tuple[str, str]] = []
    ui = ui or RecordingUi()
    code = run(url, config, ui, launcher=lambda exe, path: launched.append((exe, path)))
    return code, launched, ui


def _signed(path: str, **kwargs) -> str:
    return links.sign(LAB_KEY, job_id=JOB, path=path, **kwargs)


def test_a_signed_link_opens_the_resolved_file_in_the_only_matching_slicer(config, storage):
    code, launched, ui = _run(_signed("Uploaded/JaneDoe_Filament_Blue_a1b2c3.stl"), config)
    assert code == EXIT_OK and ui.errors == []
    assert launched == [(config.slicers[0].path, str(storage / "Uploaded" / "JaneDoe_Filament_Blue_a1b2c3.stl"))]
    # The person sees that it is on its way (the slicer takes seconds to appear).
    assert ui.notes == ["Opening JaneDoe_Filament_Blue_a1b2c3.stl in PrusaSlicer…"]


def test_the_legacy_3dprint_scheme_and_the_trailing_slash_form_work_too(config):
    url = _signed("Uploaded/JaneDoe_Filament_Blue_a1b2c3.stl", scheme="3dprint").replace("://open?", "://open/?")
    code, launched, _ = _run(url, config)
    assert code == EXIT_OK and len(launched) == 1


def test_several_fitting_slicers_ask_and_cancel_launches_nothing(config):
    code, launched, ui = _run(_signed("Uploaded/JaneDoe_Filament_Blue_a1b2c3.3mf"), config, RecordingUi(choice=None))
    assert ui.asked == [["PrusaSlicer", "PreForm"]]
    assert code == EXIT_OK and launched == []
    code, launched, _ = _run(_signed("Uploaded/JaneDoe_Filament_Blue_a1b2c3.3mf"), config, RecordingUi(choice=1))
    assert launched[0][0] == config.slicers[1].path


def _tamper(url: str, **replace: str) -> str:
    for old, new in replace.items():
        url = url.replace(old, new)
    return url


GOOD = "Uploaded/JaneDoe_Filament_Blue_a1b2c3.stl"


@pytest.mark.parametrize(
    ("make_url", "reason"),
    [
        (lambda: _signed("Uploaded/../../secret.stl"), "traversal"),
        (lambda: _signed("Uploaded/..\\..\\secret.stl"), "traversal"),
        (lambda: _signed("/etc/passwd"), "absolute_path"),
        (lambda: _signed("\\Windows\\win.ini"), "absolute_path"),
        (lambda: _signed("C:\\Windows\\win.ini"), "other_drive"),
        (lambda: _signed("D:secret.stl"), "other_drive"),
        (lambda: _signed("\\\\fileserver\\share\\x.stl"), "unc_path"),
        (lambda: _signed("//fileserver/share/x.stl"), "unc_path"),
        (lambda: _signed("Uploaded/escape.stl"), "outside_storage"),
        (lambda: _signed("Uploaded%2F..%2F..%2Fsecret.stl"), "encoded_separator"),
        (lambda: _signed("Uploaded/%2e%2e/secret.stl"), "encoded_separator"),
        (lambda: _signed("Uploaded/x\x00.stl"), "nul"),
        (lambda: _signed(GOOD).replace("job=", "job=\x00"), "control_characters"),
        (lambda: _signed("Uploaded/" + "a" * 2000 + ".stl"), "overlong"),
        (lambda: _signed("Uploaded/--help.stl"), "option_like"),
        (lambda: _signed("Uploaded/-oProxyCommand=calc.stl"), "option_like"),
        (lambda: _signed("Uploaded/CON.stl"), "reserved_name"),
        (lambda: _signed("Uploaded/file.stl:stream"), "malformed_path"),
        (lambda: _signed("Uploaded/missing.stl"), "file_missing"),
        (lambda: _signed("Uploaded/folder.stl"), "not_a_file"),
        (lambda: _signed(GOOD).replace("print3d://", "http://"), "wrong_scheme"),
        (lambda: _signed(GOOD).replace("print3d://", "javascript://"), "wrong_scheme"),
        (lambda: _signed(GOOD).replace("://open?", "://delete?"), "unknown_action"),
        (lambda: _signed(GOOD).split("&kid=")[0], "unsigned"),
        (lambda: links.sign(OTHER_KEY, job_id=JOB, path=GOOD), "unknown_key"),
        (lambda: _tamper(_signed(GOOD), **{"Blue_a1b2c3": "Blue_a1b2c4"}), "forged"),
        (lambda: _tamper(_signed(GOOD), **{f"job={JOB}": "job=" + "f" * 32}), "forged"),
        (lambda: _signed(GOOD, ttl_seconds=-1), "expired"),
        (lambda: _signed(GOOD) + "&path=Uploaded%2Fother.stl", "malformed"),
        (lambda: "print3d://open?" + "x=1&" * 2000, "overlong"),
    ],
)
def test_hostile_links_are_refused_with_their_reason_and_nothing_launches(make_url, reason, config):
    url = make_url()
    code, launched, ui = _run(url, config)
    assert launched == []
    assert code == EXIT_REFUSED
    assert len(ui.errors) == 1 and ui.notes == []
    with pytest.raises(LinkRefused) as caught:
        link = links.parse(url)
        links.verify(link, config.public_keys)
        resolve(config.storage_base, link.path)
    assert caught.value.reason == reason, caught.value.message


def test_a_forged_expiry_is_caught_by_the_signature(config):
    url = _signed(GOOD, ttl_seconds=-10)
    future = str(int(time.time()) + 3600)
    forged = url.split("&exp=")[0] + "&exp=" + future + "&kid=" + url.split("&kid=")[1]
    code, launched, _ = _run(forged, config)
    assert code == EXIT_REFUSED and launched == []


def test_a_missing_slicer_executable_is_named(config):
    config.slicers[0] = Slicer("PrusaSlicer", "/nonexistent/prusa-slicer", (".stl",))
    code, launched, ui = _run(_signed(GOOD), config)
    assert code == EXIT_REFUSED and launched == []
    assert "not installed" in ui.errors[0][1]


def test_the_log_names_the_link_and_the_file_but_never_keeps_a_working_link(config, caplog):
    caplog.set_level("INFO", logger="printdesk.handler")
    url = _signed(GOOD)
    signature = links.parse(url).signature
    code, launched, _ = _run(url, config)
    assert code == EXIT_OK and len(launched) == 1
    assert f"job={JOB}" in caplog.text and "sig=<redacted>" in caplog.text
    assert "opened " + str(Path(config.storage_base) / GOOD) in caplog.text
    assert signature not in caplog.text


# ---- Windows path semantics, checked with ntpath on any machine ---------------------------------------


def _windows_resolve(base: str, relative: str, files: set[str]) -> str:
    known = {ntpath.normcase(f) for f in files} | {ntpath.normcase(base)}
    return resolve(
        base, relative, flavour=ntpath, realpath=ntpath.normpath,
        exists=lambda p: ntpath.normcase(p) in known, is_file=lambda p: ntpath.normcase(p) != ntpath.normcase(base),
    )


def test_windows_paths_join_under_the_mapped_drive():
    resolved = _windows_resolve("Z:\\PrintDesk", "Uploaded/Jane.stl", {"Z:\\PrintDesk\\Uploaded\\Jane.stl"})
    assert resolved == "Z:\\PrintDesk\\Uploaded\\Jane.stl"


def test_windows_case_differences_do_not_escape_or_fail():
    resolved = _windows_resolve("z:\\printdesk", "Uploaded\\Jane.STL", {"Z:\\PrintDesk\\Uploaded\\Jane.STL"})
    assert ntpath.normcase(resolved) == ntpath.normcase("Z:\\PrintDesk\\Uploaded\\Jane.STL")


@pytest.mark.parametrize(
    ("relative", "reason"),
    [("C:\\Windows\\System32\\calc.exe", "other_drive"), ("\\\\server\\share\\x.stl", "unc_path"),
     ("Uploaded\\..\\..\\x.stl", "traversal"), ("Uploaded\\NUL", "reserved_name"),
     ("Uploaded\\aux.stl", "reserved_name"), ("Uploaded\\x.stl::$DATA", "malformed_path"),
     ("Uploaded\\ .. \\x.stl", "traversal")],
)
def test_windows_hostile_paths_are_refused(relative, reason):
    with pytest.raises(LinkRefused) as caught:
        _windows_resolve("Z:\\PrintDesk", relative, set())
    assert caught.value.reason == reason


def test_an_unmapped_drive_names_the_likely_cause():
    with pytest.raises(LinkRefused) as caught:
        resolve("Z:\\PrintDesk", "Uploaded/x.stl", flavour=ntpath, realpath=ntpath.normpath, exists=lambda p: False)
    assert caught.value.reason == "storage_unreachable"
    assert "mapped" in caught.value.message


def test_split_relative_keeps_ordinary_names():
    assert split_relative("Uploaded/Jane Doe_Filament_True Red_a1b2c3.stl") == [
        "Uploaded", "Jane Doe_Filament_True Red_a1b2c3.stl"]

"""The workstation's `config.ini`: where the lab storage is mounted, which keys to trust, which slicers to use.

    [main]
    STORAGE_BASE = Z:\\PrintDesk          ; or /mnt/printdesk, /Volumes/PrintDesk
    PUBLIC_KEYS = <key from the server>   ; comma-separated, from `printdesk-files link-key`
    API_URL = https://printdesk.example.edu   ; optional: report "opened in slicer"
    WORKSTATION = front-desk              ; optional: named in that report
    LOG_PATH = ...                        ; optional

    [slicer_prusa]
    name = PrusaSlicer
    path = C:\\Program Files\\Prusa3D\\PrusaSlicer\\prusa-slicer.exe
    extensions = .stl, .3mf, .obj
"""

from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from printdesk.handler.links import key_id, load_public_key


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class Slicer:
    name: str
    path: str
    extensions: tuple[str, ...]


@dataclass
class HandlerConfig:
    source: Path
    storage_base: str
    public_keys: dict[str, Ed25519PublicKey]
    slicers: list[Slicer]
    log_path: Path
    api_url: str | None = None
    workstation: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def slicers_for(self, filename: str) -> list[Slicer]:
        suffix = os.path.splitext(filename)[1].lower()
        return [s for s in self.slicers if suffix in s.extensions]


def default_log_path() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / "PrintDesk" / "handler.log"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / "PrintDesk" / "handler.log"
    return Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state")) / "printdesk" / "handler.log"


def candidate_paths() -> list[Path]:
    """Where config.ini is looked for, first match wins."""
    paths = []
    if env := os.environ.get("PRINTDESK_HANDLER_CONFIG"):
        paths.append(Path(env))
    if sys.platform == "win32":
        paths.append(Path(os.environ.get("APPDATA", Path.home())) / "PrintDesk" / "config.ini")
    else:
        paths.append(Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "printdesk" / "config.ini")
    paths.append(Path(sys.executable if getattr(sys, "frozen", False) else sys.argv[0]).resolve().parent / "config.ini")
    return paths


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value


def load(path: Path | None = None) -> HandlerConfig:
    source = path or next((p for p in candidate_paths() if p.is_file()), None)
    if source is None or not source.is_file():
        raise ConfigError("No config.ini found. Looked in: " + ", ".join(str(p) for p in candidate_paths()))
    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=(";",))
    try:
        parser.read(source, encoding="utf-8")
    except configparser.Error as exc:
        raise ConfigError(f"{source} cannot be read: {exc}") from exc
    if not parser.has_section("main"):
        raise ConfigError(f"{source} has no [main] section.")
    main = parser["main"]
    base = _unquote(main.get("STORAGE_BASE", ""))
    if not base:
        raise ConfigError(f"{source}: [main] STORAGE_BASE is required (the folder where the lab storage is mounted).")
    keys: dict[str, Ed25519PublicKey] = {}
    for text in filter(None, (k.strip() for k in main.get("PUBLIC_KEYS", "").split(","))):
        try:
            key = load_public_key(text)
        except ValueError as exc:
            raise ConfigError(f"{source}: PUBLIC_KEYS: {exc}") from exc
        keys[key_id(key)] = key
    if not keys:
        raise ConfigError(f"{source}: [main] PUBLIC_KEYS is required (the lab's link key from the server).")
    slicers = []
    for section in parser.sections():
        if not section.lower().startswith("slicer_"):
            continue
        s = parser[section]
        exe = _unquote(s.get("path", ""))
        extensions = tuple(
            e if e.startswith(".") else f".{e}"
            for e in (x.strip().lower() for x in s.get("extensions", "").split(",")) if e
        )
        if not exe or not extensions:
            raise ConfigError(f"{source}: [{section}] needs both path and extensions.")
        slicers.append(Slicer(name=s.get("name", section[7:]).strip(), path=exe, extensions=extensions))
    if not slicers:
        raise ConfigError(f"{source}: no [slicer_*] sections; add at least one slicer.")
    return HandlerConfig(
        source=source, storage_base=base, public_keys=keys, slicers=slicers,
        log_path=Path(_unquote(main.get("LOG_PATH", ""))) if main.get("LOG_PATH") else default_log_path(),
        api_url=(main.get("API_URL") or "").strip().rstrip("/") or None,
        workstation=(main.get("WORKSTATION") or "").strip() or None,
    )

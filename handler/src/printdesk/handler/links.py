"""The `3dprint://` link format, shared by the files service (which signs) and the handler (which verifies).

    3dprint://open?job=<job id>&path=<path relative to the storage root>&exp=<unix seconds>&kid=<key id>&sig=<signature>

The signature is Ed25519 over `printdesk-open-link/v1\\n{job}\\n{path}\\n{exp}` (base64url, no padding).
The lab's private key stays on the server; workstations hold only public keys, so a workstation that
is compromised cannot forge links for the others.

PrintDesk issues `print3d://` links: a URI scheme must start with a letter (RFC 3986), and Linux desktops
(GLib, xdg-utils) refuse `3dprint://`. The handler still accepts both, as Windows and macOS deliver both.
"""

from __future__ import annotations

import base64
import hashlib
import time
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SCHEMES = ("3dprint", "print3d")
MAX_LINK_LENGTH = 4096
_CONTEXT = "printdesk-open-link/v1"


class LinkRefused(Exception):
    """A link the handler will not act on. `reason` is a stable code; the message names the likely cause."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class OpenLink:
    job_id: str
    path: str
    expires_at: int
    key_id: str
    signature: str


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _message(job_id: str, path: str, expires_at: int) -> bytes:
    return f"{_CONTEXT}\n{job_id}\n{path}\n{expires_at}".encode()


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:12]


def public_key_text(public_key: Ed25519PublicKey) -> str:
    """How a public key is written in a workstation's config.ini (base64url of the raw 32 bytes)."""
    return _b64(public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def load_public_key(text: str) -> Ed25519PublicKey:
    try:
        raw = _unb64(text.strip())
        return Ed25519PublicKey.from_public_bytes(raw)
    except Exception as exc:
        raise ValueError("not an Ed25519 public key (expected 43 base64url characters)") from exc


def sign(private_key: Ed25519PrivateKey, *, job_id: str, path: str, ttl_seconds: int = 300,
         now: float | None = None, scheme: str = "print3d") -> str:
    """Build a signed link (server side)."""
    expires_at = int((now if now is not None else time.time()) + ttl_seconds)
    signature = _b64(private_key.sign(_message(job_id, path, expires_at)))
    kid = key_id(private_key.public_key())
    return (f"{scheme}://open?job={quote(job_id, safe='')}&path={quote(path, safe='')}"
            f"&exp={expires_at}&kid={kid}&sig={signature}")


def parse(url: str) -> OpenLink:
    """Split a link into its parts, refusing anything that is not exactly an open link."""
    if len(url) > MAX_LINK_LENGTH:
        raise LinkRefused("overlong", f"The link is longer than {MAX_LINK_LENGTH} characters.")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in url):
        raise LinkRefused("control_characters", "The link contains control characters.")
    # urlsplit does not recognise a scheme that starts with a digit ("3dprint"), so split it off here.
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in SCHEMES:
        raise LinkRefused("wrong_scheme", f"Only {' and '.join(s + '://' for s in SCHEMES)} links can be opened.")
    parts = urlsplit(f"x://{rest}")
    action = parts.netloc.lower()
    if action != "open" or parts.path not in ("", "/") or parts.fragment:
        raise LinkRefused("unknown_action", "The link does not ask to open a file.")
    try:
        query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True, max_num_fields=10)
    except ValueError:
        raise LinkRefused("malformed", "The link's parameters cannot be read.") from None
    if any(len(v) != 1 for v in query.values()):
        raise LinkRefused("malformed", "A parameter appears more than once in the link.")
    values = {k: v[0] for k, v in query.items()}
    if "sig" not in values or "kid" not in values:
        raise LinkRefused("unsigned", "The link is not signed by PrintDesk; open it from the dashboard.")
    missing = [k for k in ("job", "path", "exp") if not values.get(k)]
    if missing:
        raise LinkRefused("malformed", f"The link lacks {', '.join(missing)}.")
    if not values["exp"].isdigit():
        raise LinkRefused("malformed", "The link's expiry is not a time.")
    return OpenLink(values["job"], values["path"], int(values["exp"]), values["kid"], values["sig"])


def verify(link: OpenLink, public_keys: dict[str, Ed25519PublicKey], *, now: float | None = None) -> None:
    """Raise LinkRefused unless the link is signed by a trusted key and not expired."""
    key = public_keys.get(link.key_id)
    if key is None:
        raise LinkRefused("unknown_key", "The link is signed with a key this workstation does not trust "
                                         "(check PUBLIC_KEYS in config.ini).")
    try:
        key.verify(_unb64(link.signature), _message(link.job_id, link.path, link.expires_at))
    except (InvalidSignature, ValueError):
        raise LinkRefused("forged", "The link's signature does not match; it was altered or forged.") from None
    if (now if now is not None else time.time()) > link.expires_at:
        raise LinkRefused("expired", "The link has expired; click “Open in slicer” on the dashboard again.")

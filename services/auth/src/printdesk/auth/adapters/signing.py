"""Ed25519 signing keys and the tokens they sign (EdDSA JWTs), plus their public JWKs."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from printdesk.kit.auth import ALGORITHM, AUDIENCE, ISSUER


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass(frozen=True)
class IssuedToken:
    token: str
    token_id: str
    expires_at: datetime


class SigningKey:
    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._private = private_key
        raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.public_x = _b64(raw)
        self.kid = hashlib.sha256(raw).hexdigest()[:16]

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_pem(cls, pem: str) -> SigningKey:
        key = serialization.load_pem_private_key(pem.encode(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("signing key is not Ed25519")
        return cls(key)

    def private_pem(self) -> str:
        return self._private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()

    def public_jwk(self) -> dict:
        return {"kty": "OKP", "crv": "Ed25519", "x": self.public_x, "kid": self.kid, "use": "sig", "alg": ALGORITHM}

    def issue(self, *, workstation: str, role: str, ttl: timedelta, now: datetime | None = None) -> IssuedToken:
        now = now or datetime.now(UTC)
        expires = now + ttl
        token_id = uuid.uuid4().hex
        # `iat` keeps its microseconds: a token issued just after its workstation's tokens were revoked
        # (say, a sign-in with the new password) must compare as newer than that moment.
        claims = {
            "iss": ISSUER, "aud": AUDIENCE, "sub": workstation, "role": role, "jti": token_id,
            "iat": now.timestamp(), "exp": int(expires.timestamp()),
        }
        token = jwt.encode(claims, self._private, algorithm=ALGORITHM, headers={"kid": self.kid})
        return IssuedToken(token=token, token_id=token_id, expires_at=datetime.fromtimestamp(claims["exp"], UTC))


def jwks(keys: list[SigningKey]) -> dict:
    return {"keys": [k.public_jwk() for k in keys]}


def jwks_json(keys: list[SigningKey]) -> str:
    return json.dumps(jwks(keys))

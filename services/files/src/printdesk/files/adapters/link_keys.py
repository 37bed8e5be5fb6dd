"""The lab's link-signing key (Ed25519), kept in the files database; workstations hold only its public half."""

from __future__ import annotations

import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.ext.asyncio import AsyncSession

from printdesk.files.adapters.orm import link_keys
from printdesk.handler import links

# Any constant shared by the service's replicas; serialises the first key's creation.
_CREATE_LOCK = 0x6C696E6B


def _pem(key: Ed25519PrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


async def signing_key(session: AsyncSession) -> Ed25519PrivateKey:
    """The current key, created on first use (inside the caller's transaction)."""
    row = await session.scalar(
        sa.select(link_keys.c.private_pem).where(link_keys.c.retired_at.is_(None)).order_by(link_keys.c.created_at.desc())
    )
    if row is None:
        await session.execute(sa.select(sa.func.pg_advisory_xact_lock(_CREATE_LOCK)))
        row = await session.scalar(sa.select(link_keys.c.private_pem).where(link_keys.c.retired_at.is_(None)))
        if row is None:
            key = Ed25519PrivateKey.generate()
            row = _pem(key)
            await session.execute(sa.insert(link_keys).values(key_id=links.key_id(key.public_key()), private_pem=row))
    key = serialization.load_pem_private_key(row.encode(), password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


async def verification_keys(session: AsyncSession) -> dict:
    """Every key's public half by key id, retired ones included (links they signed expire on their own)."""
    rows = (await session.execute(sa.select(link_keys.c.private_pem))).scalars().all()
    keys = {}
    for pem in rows:
        key = serialization.load_pem_private_key(pem.encode(), password=None)
        keys[links.key_id(key.public_key())] = key.public_key()
    return keys

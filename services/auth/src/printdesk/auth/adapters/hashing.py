"""Argon2id password hashing (argon2-cffi defaults), run in worker threads so the event loop stays free."""

from __future__ import annotations

import asyncio
import secrets

import argon2
from argon2.exceptions import InvalidHashError, VerificationError


class Argon2PasswordHasher:
    def __init__(self, hasher: argon2.PasswordHasher | None = None, *, max_concurrent: int = 4) -> None:
        self._hasher = hasher or argon2.PasswordHasher()
        # Each check takes tens of milliseconds and 64 MiB; a burst of sign-ins must not exhaust memory.
        self._slots = asyncio.Semaphore(max_concurrent)
        self.dummy_hash = self._hasher.hash(secrets.token_urlsafe(16))

    async def hash(self, password: str) -> str:
        async with self._slots:
            return await asyncio.to_thread(self._hasher.hash, password)

    async def verify(self, password_hash: str, password: str) -> bool:
        async with self._slots:
            return await asyncio.to_thread(self._verify, password_hash, password)

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

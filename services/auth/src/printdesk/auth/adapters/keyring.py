"""This process's trust in its own signing keys.

The auth service checks its own tokens (logout, me) with the kit's `TokenVerifier`, but fetching its own
JWKS over HTTP would be silly, so the keyring hands the app a verifier built from the keys in its database
and rebuilds it whenever a token is signed by a key it does not know yet (a key created after startup).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from printdesk.auth.adapters.signing import jwks
from printdesk.auth.service_layer import handlers
from printdesk.auth.service_layer.ports import UnitOfWork
from printdesk.kit.auth import TokenVerifier
from printdesk.kit.revocation import RevocationList

log = logging.getLogger(__name__)


class Keyring:
    def __init__(self, uow_factory: Callable[[], UnitOfWork], install: Callable[[TokenVerifier], None],
                 revocations: RevocationList | None = None) -> None:
        self._uow_factory = uow_factory
        self._install = install
        self._revocations = revocations
        self._trusted: frozenset[str] = frozenset()

    async def start(self) -> None:
        """Make sure a signing key exists, then trust every active key."""
        key = await handlers.current_signing_key(self._uow_factory())
        await self.refresh()
        log.info("signing keys loaded", extra={"signing_kid": key.kid, "trusted_kids": sorted(self._trusted)})

    async def refresh(self) -> None:
        keys = await handlers.verification_keys(self._uow_factory())
        self._install(TokenVerifier.static(jwks(keys), revocations=self._revocations))
        self._trusted = frozenset(k.kid for k in keys)

    async def trust(self, kid: str) -> None:
        """Called after signing a token: reload the keys if `kid` is new to this process."""
        if kid not in self._trusted:
            await self.refresh()

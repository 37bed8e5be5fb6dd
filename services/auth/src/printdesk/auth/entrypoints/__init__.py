"""entrypoints layer of the auth service."""

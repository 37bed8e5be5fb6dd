"""entrypoints layer of the notify service."""

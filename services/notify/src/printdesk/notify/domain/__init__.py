"""domain layer of the notify service."""

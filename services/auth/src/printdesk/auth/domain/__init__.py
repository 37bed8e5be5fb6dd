"""domain layer of the auth service."""

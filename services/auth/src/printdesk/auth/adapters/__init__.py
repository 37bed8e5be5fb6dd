"""adapters layer of the auth service."""

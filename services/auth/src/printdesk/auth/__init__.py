"""PrintDesk auth service."""

"""domain layer of the jobs service."""

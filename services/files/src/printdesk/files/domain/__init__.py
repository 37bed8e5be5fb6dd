"""domain layer of the files service."""

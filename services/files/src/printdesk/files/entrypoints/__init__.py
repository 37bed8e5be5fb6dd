"""entrypoints layer of the files service."""

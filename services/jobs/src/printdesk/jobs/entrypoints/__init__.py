"""entrypoints layer of the jobs service."""

"""adapters layer of the jobs service."""

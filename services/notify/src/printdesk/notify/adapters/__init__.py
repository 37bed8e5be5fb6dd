"""adapters layer of the notify service."""

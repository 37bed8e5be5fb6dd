"""adapters layer of the files service."""

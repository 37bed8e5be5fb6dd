"""PrintDesk files service."""

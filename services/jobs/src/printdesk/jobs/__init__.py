"""PrintDesk jobs service."""

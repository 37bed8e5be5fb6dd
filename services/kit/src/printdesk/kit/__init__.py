"""Shared plumbing of the PrintDesk services. No domain rule lives here."""

"""service layer layer of the auth service."""

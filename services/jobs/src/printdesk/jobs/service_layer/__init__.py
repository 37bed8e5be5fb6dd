"""service layer layer of the jobs service."""

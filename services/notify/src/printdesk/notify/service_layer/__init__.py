"""service layer of the notify service."""

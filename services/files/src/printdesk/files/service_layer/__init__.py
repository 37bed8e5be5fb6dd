"""service layer layer of the files service."""

"""The `3dprint://` protocol handler. Its link checks, slicer launch and installers arrive with the handler issue."""

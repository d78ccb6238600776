"""vigil."""

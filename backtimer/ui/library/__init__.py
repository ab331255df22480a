"""The Library page and the routine editor."""

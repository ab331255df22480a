"""Layouts the feature pages share (rows that wrap in a narrow window)."""

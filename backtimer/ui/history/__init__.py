"""The History page: past sessions and pain scores, with editing and undo."""

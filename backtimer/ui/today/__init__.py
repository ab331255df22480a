"""The Today page: what to do today, the 12-week plan and flare mode."""

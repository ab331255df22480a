"""Qt-free desktop helpers: start at login and one process per data folder."""

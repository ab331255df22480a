"""Backtimer: a guided exercise timer and pain journal for people living with back pain."""

__version__ = "0.1.0"
APP_ID = "io.github.backtimer.Backtimer"
APP_NAME = "Backtimer"

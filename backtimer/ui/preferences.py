"""Small user preferences in QSettings, with typed defaults in one place.

Keys equal to their default are removed rather than stored, so a later release can change a
default for everyone who never touched it. Journal data never lives here.
"""

from __future__ import annotations

import types
from dataclasses import dataclass, fields
from enum import Enum
from typing import Any, Union, get_args, get_origin, get_type_hints

from PySide6.QtCore import QSettings

from backtimer import APP_NAME
from backtimer.ui.theme import ThemeMode


def open_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "backtimer")


@dataclass
class Preferences:
    sounds: bool = True
    voice: bool = True
    countdown_voice: bool = True
    volume: float = 0.8
    muted: bool = False
    start_in_floor_mode: bool = False
    safety_seen: bool = False
    ask_pain_before: bool = True
    ask_pain_after: bool = True
    ask_morning_check: bool = True
    countdown_beeps: bool = True
    voice_rate: float = 0.0
    """Speech rate from -1 (slowest) to 1 (fastest); 0 is the engine's normal pace."""
    voice_name: str = ""
    """The chosen voice's name; empty means the speech engine's default voice."""
    prepare_s: int | None = None
    """Seconds to get ready before each exercise; None keeps each routine's own."""
    theme: ThemeMode = ThemeMode.SYSTEM
    # Daily reminder (see backtimer.reminders): weekday names as "mon,tue,…", time as "HH:MM".
    reminder_enabled: bool = False
    reminder_days: str = "mon,tue,wed,thu,fri,sat,sun"
    reminder_time: str = "18:00"
    reminder_routine: str = "rt_back_basics"
    start_at_login: bool = False

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        values = {}
        kinds = get_type_hints(cls)
        for item in fields(cls):
            default = item.default
            raw = settings.value(f"prefs/{item.name}", default)
            values[item.name] = _coerce(raw, kinds[item.name], default)
        return cls(**values)

    def save(self, settings: QSettings) -> None:
        defaults = Preferences()
        for item in fields(self):
            key = f"prefs/{item.name}"
            value = getattr(self, item.name)
            if value == getattr(defaults, item.name):
                settings.remove(key)
            else:
                settings.setValue(key, value.value if isinstance(value, Enum) else value)
        settings.sync()


def _coerce(raw: object, kind: Any, default: object) -> object:
    """QSettings' INI backend hands values back as strings; turn them into the field's type.

    A value that cannot be read (a hand-edited file, a renamed choice) falls back to the default
    rather than stopping the app.
    """
    if get_origin(kind) in (Union, types.UnionType):
        if raw is None or raw == "":
            return None
        kind = next(arg for arg in get_args(kind) if arg is not type(None))
    if kind is bool:
        if isinstance(raw, str):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        return bool(raw)
    if kind is str and isinstance(raw, list):
        # The INI backend reads an unquoted "a,b" back as a list of strings.
        return ",".join(str(part) for part in raw)
    if kind in (int, float, str) or (isinstance(kind, type) and issubclass(kind, Enum)):
        try:
            return kind(raw)
        except (TypeError, ValueError):
            return default
    return raw

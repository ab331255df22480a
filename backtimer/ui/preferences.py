"""Small user preferences in QSettings, with typed defaults in one place.

Keys equal to their default are removed rather than stored, so a later release can change a
default for everyone who never touched it. Journal data never lives here.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings

from backtimer import APP_NAME


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
    # Daily reminder (see backtimer.reminders): weekday names as "mon,tue,…", time as "HH:MM".
    reminder_enabled: bool = False
    reminder_days: str = "mon,tue,wed,thu,fri,sat,sun"
    reminder_time: str = "18:00"
    reminder_routine: str = "rt_back_basics"
    start_at_login: bool = False

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        values = {}
        for item in fields(cls):
            default = item.default
            raw = settings.value(f"prefs/{item.name}", default)
            values[item.name] = _coerce(raw, type(default))
        return cls(**values)

    def save(self, settings: QSettings) -> None:
        defaults = Preferences()
        for item in fields(self):
            key = f"prefs/{item.name}"
            value = getattr(self, item.name)
            if value == getattr(defaults, item.name):
                settings.remove(key)
            else:
                settings.setValue(key, value)
        settings.sync()


def _coerce(raw: object, kind: type) -> object:
    """QSettings' INI backend hands values back as strings; turn them into the default's type."""
    if kind is bool:
        if isinstance(raw, str):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        return bool(raw)
    if kind is float:
        try:
            return float(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 0.0
    if kind is str and isinstance(raw, list):
        # The INI backend reads an unquoted "a,b" back as a list of strings.
        return ",".join(str(part) for part in raw)
    return raw

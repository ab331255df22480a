"""The journal: sessions, steps, pain and flare days in one SQLite file (Qt-free).

See docs/data-format.md for the tables; this package re-exports what the app and the command
line use, so they need not know the module layout.
"""

from backtimer.journal.db import (
    SCHEMA_VERSION,
    JournalCorruptError,
    JournalDiskFullError,
    JournalError,
    JournalLockedError,
    JournalReadOnlyError,
    JournalTooNewError,
    keep_aside,
    open_database,
    open_read_only,
)
from backtimer.journal.journal import Journal, SessionNotFoundError
from backtimer.journal.records import (
    FlareDay,
    HurtAction,
    HurtEvent,
    HurtRecord,
    PainContext,
    PainEntry,
    SessionStatus,
    SessionSummary,
    StepRecord,
    StepRow,
)
from backtimer.journal.timestamps import Timestamp

__all__ = [
    "SCHEMA_VERSION",
    "FlareDay",
    "HurtAction",
    "HurtEvent",
    "HurtRecord",
    "Journal",
    "JournalCorruptError",
    "JournalDiskFullError",
    "JournalError",
    "JournalLockedError",
    "JournalReadOnlyError",
    "JournalTooNewError",
    "PainContext",
    "PainEntry",
    "SessionNotFoundError",
    "SessionStatus",
    "SessionSummary",
    "StepRecord",
    "StepRow",
    "Timestamp",
    "keep_aside",
    "open_database",
    "open_read_only",
]

"""Words the Qt-free core owns, and days as people read them, in the user's language.

The core marks its user-facing text with ``QT_TRANSLATE_NOOP`` (``backtimer.i18n``) and keeps
returning English (the command line and the physio report stay English); the UI passes that text
through here, so a translation is looked up under the context the core filed it in.

Qt's date pattern letters are not a language: "d MMM yyyy" gives "4 Juni 2026" in German, which
writes "4. Juni 2026", and Spanish reads "4 de junio de 2026". So every day the UI writes goes
through one of the patterns here, each filed in the catalogue (context "Dates") where a
translator gives the language's own order and punctuation; the locale supplies the names.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from backtimer import safety
from backtimer.library import describe
from backtimer.library.model import Block, Category, Level, RoutineCategory

SAFETY_CONTEXT = "safety"
PHASE_CONTEXT = "PhaseStyle"
LIBRARY_CONTEXT = "library"
DESCRIBE_CONTEXT = "describe"


def safety_text(text: str) -> str:
    """A text of ``backtimer.safety`` (disclaimer, red flags, guidance) in the user's language."""
    return QCoreApplication.translate(SAFETY_CONTEXT, text)


def symptom_words(leg_pain: bool, nerve_symptoms: bool, urgent_symptoms: bool) -> str:
    """``safety.symptom_words`` in the user's language."""
    return safety.symptom_words(leg_pain, nerve_symptoms, urgent_symptoms, safety_text)


def phase_word(word: str) -> str:
    """A phase's word from ``theme.PHASE_STYLES`` ("Hold", "Rest"…) in the user's language."""
    return QCoreApplication.translate(PHASE_CONTEXT, word)


def library_text(text: str) -> str:
    """A label of the library's own vocabulary (categories, levels, dosage modes)."""
    return QCoreApplication.translate(LIBRARY_CONTEXT, text)


def category_label(category: Category | RoutineCategory) -> str:
    return library_text(category.label)


def level_label(level: Level) -> str:
    return library_text(level.label)


def describe_dosage(block: Block) -> str:
    """``library.describe.describe_dosage`` in the user's language."""
    return describe.describe_dosage(block, _describe_text)


def spoken_duration(seconds: float) -> str:
    """``library.describe.spoken_duration`` in the user's language."""
    return describe.spoken_duration(seconds, _describe_text)


def _describe_text(text: str) -> str:
    return QCoreApplication.translate(DESCRIBE_CONTEXT, text)


def steps_done_text(done: int, planned: int) -> str:
    """The workout's tally in words ("3 of 9 steps done"), for the player's header and its
    summary alike; a one-step routine reads "1 of 1 step done"."""
    if planned == 1:
        return QCoreApplication.translate("WorkoutSession", "{done} of 1 step done").format(
            done=done
        )
    return QCoreApplication.translate("WorkoutSession", "{done} of {planned} steps done").format(
        done=done, planned=planned
    )


CORE_CONTEXTS = (
    "today",
    "programme",
    "FlareStatus",
    "effects",
    "reading",
    "activities",
    "progression",
    "describe",
)
"""Where the insights file their sentences; one call chain may use several of them."""


def core_text(text: str) -> str:
    """A sentence marked anywhere in ``backtimer.insights``, in the user's language."""
    for context in CORE_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


# --- days as people read them ------------------------------------------------------------------


def day_pattern() -> str:
    """A day in a sentence or a title: "4 June 2026"."""
    #: A Qt date pattern (d = day, MMMM = month name, yyyy = year, 'text' = literal text).
    #: German "d. MMMM yyyy" (a no-break space after "d."), Spanish "d 'de' MMMM 'de' yyyy".
    return QCoreApplication.translate("Dates", "d MMMM yyyy", "date format")


def weekday_day_pattern() -> str:
    """A day with its weekday, short enough for a table or a tooltip: "Thu 4 Jun 2026"."""
    #: A Qt date pattern (ddd = short weekday, d = day, MMM = short month name, yyyy = year).
    #: German "ddd, d. MMM yyyy".
    return QCoreApplication.translate("Dates", "ddd d MMM yyyy", "date format")


def field_pattern() -> str:
    """The display format of a date field, where width counts: "4 Jun 2026"."""
    #: A Qt date pattern for a date field (d = day, MMM = short month name, yyyy = year).
    #: German "d. MMM yyyy".
    return QCoreApplication.translate("Dates", "d MMM yyyy", "date format")


def day_month_pattern() -> str:
    """A day on a chart axis, no year: "6 Aug"."""
    #: A Qt date pattern for a chart's day ticks (d = day, MMM = short month name).
    #: German "d. MMM".
    return QCoreApplication.translate("Dates", "d MMM", "date format")


def day_text(day: date | QDate, locale: QLocale | None = None) -> str:
    return _written(day, day_pattern(), locale)


def weekday_day_text(day: date | QDate, locale: QLocale | None = None) -> str:
    return _written(day, weekday_day_pattern(), locale)


def day_month_text(day: date | QDate, locale: QLocale | None = None) -> str:
    return _written(day, day_month_pattern(), locale)


def _written(day: date | QDate, pattern: str, locale: QLocale | None) -> str:
    shown = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    return (locale if locale is not None else QLocale()).toString(shown, pattern)

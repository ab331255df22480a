"""Words the Qt-free core owns, shown in the user's language.

The core marks its user-facing text with ``QT_TRANSLATE_NOOP`` (``backtimer.i18n``) and keeps
returning English (the command line and the physio report stay English); the UI passes that text
through here, so a translation is looked up under the context the core filed it in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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

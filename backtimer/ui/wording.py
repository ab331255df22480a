"""Words the Qt-free core owns, shown in the user's language.

The core marks its user-facing text with ``QT_TRANSLATE_NOOP`` (``backtimer.i18n``) and keeps
returning English (the command line and the physio report stay English); the UI passes that text
through here, so a translation is looked up under the context the core filed it in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backtimer import safety

SAFETY_CONTEXT = "safety"
PHASE_CONTEXT = "PhaseStyle"


def safety_text(text: str) -> str:
    """A text of ``backtimer.safety`` (disclaimer, red flags, guidance) in the user's language."""
    return QCoreApplication.translate(SAFETY_CONTEXT, text)


def symptom_words(leg_pain: bool, nerve_symptoms: bool, urgent_symptoms: bool) -> str:
    """``safety.symptom_words`` in the user's language."""
    chosen = (
        (leg_pain, safety.LEG_PAIN_WORDS),
        (nerve_symptoms, safety.NERVE_WORDS),
        (urgent_symptoms, safety.URGENT_WORDS),
    )
    return "; ".join(safety_text(words) for flag, words in chosen if flag)


def phase_word(word: str) -> str:
    """A phase's word from ``theme.PHASE_STYLES`` ("Hold", "Rest"…) in the user's language."""
    return QCoreApplication.translate(PHASE_CONTEXT, word)

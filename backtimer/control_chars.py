"""Characters that must never reach a terminal raw or flip the text around them.

Routine files and journal notes are written by people and shared between them, so their text is
untrusted: an ESC starts a terminal escape sequence, BEL rings, CR overwrites what was printed,
and a right-to-left override (U+202E) shows a note backwards. One definition serves the library
checks (refuse), the command line (escape) and the report (drop), so they never disagree.
"""

from __future__ import annotations

import re

from backtimer.i18n import translate

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Arabic letter mark, LRM/RLM, embeddings and overrides (LRE…RLO), isolates (LRI…PDI)."""

_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}]")
"""C0 except tab and newline, DEL, C1, line/paragraph separators and the bidi controls."""


def first_control(text: str) -> tuple[int, str] | None:
    """The 1-based position and character of the first control character in ``text``."""
    match = _CONTROL.search(text)
    return (match.start() + 1, match.group()) if match else None


def control_message(text: str) -> str | None:
    """Why ``text`` is refused, in words for a message; None when it is clean."""
    found = first_control(text)
    if found is None:
        return None
    position, char = found
    return translate(
        "RoutineCheck",
        "contains the invisible control character {code} at character {position}; "
        "remove it (only tabs and line breaks are allowed)",
    ).format(code=f"U+{ord(char):04X}", position=position)


def for_terminal(text: str) -> str:
    """``text`` with every control character shown as ``\\xNN`` / ``\\uNNNN`` instead of obeyed.

    Tabs and line breaks pass: they cannot rewrite what a terminal already shows.
    """
    return _CONTROL.sub(_escaped, text)


def json_safe(text: str) -> str:
    """JSON text with control characters as ``\\uNNNN`` escapes, still valid JSON.

    ``json.dumps`` escapes C0 itself but lets C1 and bidi controls through with
    ``ensure_ascii=False``; they can only occur inside strings, where the escape means the same.
    """
    return _CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def without_controls(text: str) -> str:
    """``text`` with control characters dropped (for print, where escapes would puzzle)."""
    return _CONTROL.sub("", text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

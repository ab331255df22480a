"""Characters that must never reach a terminal raw or flip the text around them.

Routine files and journal notes are written by people and shared between them, so their text is
untrusted: an ESC starts a terminal escape sequence, BEL rings, CR overwrites what was printed,
and a right-to-left override (U+202E) shows a note backwards. One definition serves the library
checks (refuse), the command line (escape) and the report (drop), so they never disagree.

Invisible *format* characters (Unicode category Cf: zero-width space U+200B, joiners U+200C/D,
word joiner U+2060, BOM U+FEFF, soft hyphen U+00AD, tag characters…) drive no terminal, but they
let a name pass for another: "Back Basics" with a hidden U+200B looks like the bundled routine.
So names and titles refuse them all, the joiner U+200D too (an emoji is not worth a name that
can impersonate another), and the command line shows them escaped. Free text (steps, cues,
notes, descriptions) keeps them: emoji sequences need U+200D, Persian words U+200C, long German
words soft hyphens, and nothing is looked up by them.
"""

from __future__ import annotations

import re

from backtimer.i18n import translate

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Arabic letter mark, LRM/RLM, embeddings and overrides (LRE…RLO), isolates (LRI…PDI)."""

_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}]")
"""C0 except tab and newline, DEL, C1, line/paragraph separators and the bidi controls."""


FORMAT_CHARACTERS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f"
)
"""Every character of Unicode's category Cf up to Unicode 16 (as a regex class body; a test
checks it against the running Python's ``unicodedata``)."""

_FORMAT = re.compile(f"[{FORMAT_CHARACTERS}]")
_SHOWN_ESCAPED = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{FORMAT_CHARACTERS}]")
"""What the command line never prints raw: the control characters and the format characters."""


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


def name_message(text: str) -> str | None:
    """Why ``text`` is refused as a name or title, in words; None when it is clean.

    A name refuses what any text refuses and, on top, every invisible format character.
    """
    if (refused := control_message(text)) is not None:
        return refused
    match = _FORMAT.search(text)
    if match is None:
        return None
    return translate(
        "RoutineCheck",
        "contains the invisible format character {code} at character {position}; remove it "
        "(a name or title must show every character it holds)",
    ).format(code=f"U+{ord(match.group()):04X}", position=match.start() + 1)


def for_terminal(text: str) -> str:
    """``text`` with every control or format character shown as ``\\xNN`` / ``\\uNNNN``.

    Tabs and line breaks pass: they cannot rewrite what a terminal already shows. Format
    characters are shown too, so a name with a hidden zero-width space never prints like another.
    """
    return _SHOWN_ESCAPED.sub(_escaped, text)


def json_safe(text: str) -> str:
    """JSON text with control and format characters as ``\\uNNNN`` escapes, still valid JSON.

    ``json.dumps`` escapes C0 itself but lets C1, bidi and format characters through with
    ``ensure_ascii=False``; they can only occur inside strings, where the escape means the same.
    """
    return _SHOWN_ESCAPED.sub(_json_escaped, text)


def without_controls(text: str) -> str:
    """``text`` with control characters dropped (for print, where escapes would puzzle)."""
    return _CONTROL.sub("", text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _json_escaped(match: re.Match[str]) -> str:
    """JSON knows only ``\\uNNNN``: a character beyond U+FFFF is written as its surrogate pair."""
    encoded = match.group().encode("utf-16-be")
    return "".join(
        f"\\u{int.from_bytes(encoded[i : i + 2], 'big'):04x}" for i in range(0, len(encoded), 2)
    )

"""The words drawn in the shipped exercise illustrations, in the user's language.

The pictures are generated (tools/illustrations) with English captions above each panel
("Start", "Hold", "Walk", …). Rather than ship one SVG per language, the caption text is
swapped when a picture is read for display: ``translate("Illustration", caption)``, so the
captions live in the same catalogue as every other text and a translator sees them in Qt
Linguist. Each caption sits at the top left of a 240-unit panel with the figure below it, so a
longer word has room; translators still keep them short (one or two words).

English reads the bytes untouched (``assets.illustration_bytes`` never calls in here), and a
user's own picture is never rewritten.
"""

from __future__ import annotations

import re

from backtimer.i18n import QT_TRANSLATE_NOOP, translate

ILLUSTRATION_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Illustration", "Start"),
    QT_TRANSLATE_NOOP("Illustration", "End"),
    QT_TRANSLATE_NOOP("Illustration", "Hold"),
    QT_TRANSLATE_NOOP("Illustration", "Option 1"),
    QT_TRANSLATE_NOOP("Illustration", "Option 2"),
    QT_TRANSLATE_NOOP("Illustration", "Walk"),
    QT_TRANSLATE_NOOP("Illustration", "Jog"),
    QT_TRANSLATE_NOOP("Illustration", "Easy"),
    QT_TRANSLATE_NOOP("Illustration", "Brisk"),
    QT_TRANSLATE_NOOP("Illustration", "Tense"),
    QT_TRANSLATE_NOOP("Illustration", "Relax"),
    QT_TRANSLATE_NOOP("Illustration", "Place"),
    QT_TRANSLATE_NOOP("Illustration", "Circles"),
    QT_TRANSLATE_NOOP("Illustration", "In"),
    QT_TRANSLATE_NOOP("Illustration", "Out"),
)
"""Every caption word of the shipped pictures (a test keeps this list and the files in step)."""

_TEXT_RUN = re.compile(rb"<(?:text|tspan)\b[^>]*(?<!/)>([^<]*)")
"""The character data right after a <text> or <tspan> opening tag (self-closing tags skipped)."""

_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&"))


def translated_svg(data: bytes) -> bytes:
    """``data`` with every <text>/<tspan> caption in the current language.

    Only the character data changes; anything that is not a known caption (a number, a word a
    catalogue does not know) is left byte for byte as it was.
    """
    return _TEXT_RUN.sub(_translated_run, data)


def _translated_run(match: re.Match[bytes]) -> bytes:
    raw = match.group(1)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return match.group(0)
    label = text.strip()
    if not label:
        return match.group(0)
    translated = translate("Illustration", _unescape(label))
    if translated == _unescape(label):
        return match.group(0)
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    replaced = f"{lead}{_escape(translated)}{trail}".encode()
    start = match.start(1) - match.start(0)
    return match.group(0)[:start] + replaced


def _unescape(text: str) -> str:
    for entity, character in _ENTITIES:
        text = text.replace(entity, character)
    return text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""The user's language where Qt is not imported: the command line, the report, the library texts.

The code marks a text with ``translate("Context", "text")`` (shown now, in the current language)
or ``QT_TRANSLATE_NOOP("Context", "text")`` (kept in a constant, translated where it is shown).
``pyside6-lupdate`` finds both, so every text of the app, Qt-free or not, lives in one catalogue
per language (``resources/translations/backtimer_<lang>.ts``) that a translator edits in Qt
Linguist. ``tools/translations.py compile`` turns each catalogue into a ``.qm`` for Qt and a
``.json`` for this module, which reads it with nothing but the standard library. The bundled
exercise and routine texts have their own catalogue (``library_<lang>.ts``/``.json``), built
from the TOML files by the same tool.

Values go into named placeholders with ``str.format`` (``"{count} sessions"``), as in the UI.
The language follows the system like gettext does (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG``); the GUI sets the language it chose from Qt's locale, so the window, the report and
the exercise texts always agree.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

logger = logging.getLogger(__name__)

SHIPPED_LANGUAGES = ("de", "es")
"""Languages with complete catalogues in resources/translations (tests keep them complete)."""

ENGLISH = "en"


Catalogue = dict[str, dict[str, str]]
"""context → English source → translation."""

_language = ENGLISH
_messages: Catalogue = {}
_library: Catalogue = {}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` as is; lupdate files it under ``context``, the caller translates later."""
    return text


def translate(context: str, text: str) -> str:
    """``text`` in the current language; English (the text itself) when no translation exists."""
    return _messages.get(context, {}).get(text) or text


def translate_library(context: str, text: str) -> str:
    """A bundled exercise or routine text (context "exercise <id>" / "routine <id>")."""
    return _library.get(context, {}).get(text) or text


def current_language() -> str:
    return _language


def decimal(value: float, places: int = 1) -> str:
    """A number as the language writes it: "2.5" in English, "2,5" in German and Spanish."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if _language in ("de", "es") else text


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The shipped language the environment asks for, read as Python's gettext reads it.

    The first of ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set decides; it
    may list preferences ("de_AT:de:en"), and the first one we ship, or English, wins. ``C`` and
    ``POSIX`` mean English.
    """
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if not value:
            continue
        for entry in value.split(":"):
            code = entry.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
            if code in SHIPPED_LANGUAGES:
                return code
            if code in (ENGLISH, "c", "posix"):
                return ENGLISH
        return ENGLISH
    return ENGLISH


def set_language(language: str, *, reload: bool = False) -> str:
    """Use ``language`` from now on; returns the language in use (English if none is shipped).

    Asking again for the language in use keeps the catalogues already read (the command line
    and then the GUI both set it on the way to the first window) unless ``reload`` is given.
    """
    global _language, _messages, _library
    if language not in SHIPPED_LANGUAGES:
        _language, _messages, _library = ENGLISH, {}, {}
        return _language
    if language == _language and not reload:
        return _language
    _language = language
    _messages = _load(catalogue_file("backtimer", language))
    _library = _load(catalogue_file("library", language))
    return _language


def catalogue_file(name: str, language: str) -> Traversable:
    """The compiled catalogue the core reads: ``backtimer`` (code) or ``library`` texts."""
    from backtimer import assets

    return assets.resource("translations", f"{name}_{language}.json")


def _load(catalogue: Traversable) -> Catalogue:
    import json  # only a language other than English reads a catalogue

    try:
        data = json.loads(catalogue.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        logger.warning("catalogue %s cannot be read (%s): English instead", catalogue, error)
        return {}
    return data if isinstance(data, dict) else {}

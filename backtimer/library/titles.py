"""A bundled routine's name, for the texts that mention one ("the Flare-Up Day routine …").

Texts that name a routine take its title from here through a placeholder, never quote it, so the
Library page, the plan, the flare plan and the Today page name a routine the same way in every
language. The loaded library decides; without one (a dialog that has none at hand) the bundled
TOML and the library catalogue give the same title, since a user's file can never reuse a bundled
routine's id. That fallback parses the bundled files once, so the start path, which has the
library, never pays for it.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import TYPE_CHECKING

from backtimer.i18n import translate_library

if TYPE_CHECKING:
    from backtimer.library.model import Library

logger = logging.getLogger(__name__)

FLARE_ROUTINE_ID = "rt_flare_day"
"""The routine of flare mode and the flare plan."""


def routine_title(routine_id: str, library: Library | None = None) -> str:
    """The title of bundled routine ``routine_id`` as the Library page shows it.

    ``library`` answers when it holds the routine; otherwise the bundled file does (in the
    current language). An id nowhere to be found comes back as is, and is logged.
    """
    routine = library.routines.get(routine_id) if library is not None else None
    if routine is not None:
        return routine.title
    english = _bundled_english_titles().get(routine_id)
    if english is None:
        logger.warning("no bundled routine %s to take a title from", routine_id)
        return routine_id
    from backtimer.library.localise import library_context

    return translate_library(library_context("routine", routine_id), english)


@cache
def _bundled_english_titles() -> dict[str, str]:
    import tomllib  # only the fallback reads the files

    from backtimer import assets
    from backtimer.library.loader import _toml_files_below

    titles: dict[str, str] = {}
    for node in _toml_files_below(assets.library_dir()):
        try:
            text = node.read_text(encoding="utf-8")
            if "[[routine]]" not in text:
                continue
            document = tomllib.loads(text)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            logger.error("cannot read bundled routines from %s: %s", node, error)
            continue
        for routine in document.get("routine", []):
            if isinstance(routine.get("id"), str) and isinstance(routine.get("title"), str):
                titles.setdefault(routine["id"], routine["title"].strip())
    return titles

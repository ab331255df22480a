"""Texts name a bundled routine by the library's title, in every language, never by a quote."""

from __future__ import annotations

import dataclasses
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from backtimer import i18n
from backtimer.insights.progression import FLARE_ROUTINE_ID as PROGRESSION_FLARE_ID
from backtimer.library.loader import load_library
from backtimer.library.model import Library
from backtimer.library.titles import FLARE_ROUTINE_ID, routine_title
from backtimer.safety import needs_guidance

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def bundled_routine_titles() -> dict[str, str]:
    """The English title of every bundled routine, read straight from the TOML files."""
    titles: dict[str, str] = {}
    for path in sorted((ROOT / "resources" / "library").rglob("*.toml")):
        for routine in tomllib.loads(path.read_text(encoding="utf-8")).get("routine", []):
            titles[routine["id"]] = routine["title"]
    return titles


def code_messages(catalogue: Path) -> list[tuple[str, str]]:
    """(context, English source) of every message in a code catalogue."""
    root = ElementTree.parse(catalogue).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", i18n.SHIPPED_LANGUAGES)
def test_no_code_text_quotes_a_bundled_routine_title(language: str) -> None:
    """A code text naming a routine takes its title through a placeholder, so a translated
    library and a translated sentence can never call one routine by two names."""
    titles = bundled_routine_titles()
    assert len(titles) >= 12
    quoting = [
        f"{context}: {source!r} quotes {title!r}"
        for context, source in code_messages(TRANSLATIONS / f"backtimer_{language}.ts")
        for title in titles.values()
        if title in source
    ]
    assert quoting == []


def test_one_flare_routine_id() -> None:
    assert PROGRESSION_FLARE_ID == FLARE_ROUTINE_ID


@pytest.mark.parametrize("language", [i18n.ENGLISH, *i18n.SHIPPED_LANGUAGES])
def test_without_a_library_the_bundled_title_is_the_one_the_library_shows(
    language: str,
) -> None:
    """The fallback (bundled TOML + library catalogue) gives what the loader gives."""
    i18n.set_language(language)
    library = load_library(None)
    for routine_id, routine in library.routines.items():
        assert routine_title(routine_id) == routine.title
        assert routine_title(routine_id, library) == routine.title
    if language == "de":
        assert routine_title(FLARE_ROUTINE_ID) == "Schubtag"


def test_the_library_in_use_decides(library: Library) -> None:
    renamed = dict(library.routines)
    renamed[FLARE_ROUTINE_ID] = dataclasses.replace(renamed[FLARE_ROUTINE_ID], title="Bad Days")
    mine = Library(library.exercises, renamed)
    assert routine_title(FLARE_ROUTINE_ID, mine) == "Bad Days"
    assert routine_title("rt_nowhere") == "rt_nowhere"


def test_german_texts_name_the_flare_routine_as_the_german_library_does() -> None:
    """Pain guidance in German names „Schubtag“, the title the German Library page shows."""
    i18n.set_language("de")
    guidance = needs_guidance(9, tr=lambda text: i18n.translate("safety", text)) or ""
    assert "„Schubtag“" in guidance
    assert "Flare-Up Day" not in guidance

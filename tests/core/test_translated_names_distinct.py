"""Names a person picks from stay distinct in every language: a category, a level, a routine and
an exercise never share a translation unless they share their English name (German once called
both the "Trunk control" category and the "Core Control" routine "Rumpfkontrolle")."""

from __future__ import annotations

from collections import defaultdict

import pytest

from backtimer import i18n
from backtimer.i18n import translate
from backtimer.library.loader import load_library
from backtimer.library.model import CATEGORY_LABELS, LEVEL_LABELS, RoutineCategory


def _names() -> dict[str, str]:
    """Where each name shows (a key) → the name, in the current language."""
    library = load_library(None)
    labels = [*CATEGORY_LABELS.values(), *LEVEL_LABELS.values(), RoutineCategory.FLARE_UP.label]
    names = {f"label {label}": translate("library", label) for label in labels}
    names |= {f"routine {key}": routine.title for key, routine in library.routines.items()}
    names |= {f"exercise {key}": exercise.name for key, exercise in library.exercises.items()}
    return names


@pytest.mark.parametrize("language", i18n.SHIPPED_LANGUAGES)
def test_different_english_names_never_share_a_translation(language: str) -> None:
    english = _names()
    i18n.set_language(language)
    translated = _names()
    assert translated.keys() == english.keys()
    sources: dict[str, set[str]] = defaultdict(set)
    for where, name in translated.items():
        sources[name.strip().casefold()].add(english[where])
    clashes = {name: sorted(found) for name, found in sources.items() if len(found) > 1}
    assert clashes == {}
    assert translated["label Trunk control"] != translated["routine rt_core_control"]

"""Bundled exercises and routines come out of the loader in the user's language; the user's own
items stay exactly as written, and the cache never hands one language's names to another."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import pytest

from backtimer import i18n
from backtimer.library import loader, localise
from backtimer.library.browse import ExerciseQuery, equipment_words, position_of, search
from backtimer.library.cache import load_library_cached
from backtimer.library.loader import load_library
from backtimer.library.model import Exercise, Library, Routine, SourceKind

BIRD_DOG = "Bird dog, opposite arm and leg"
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations as catalogue_tool  # noqa: E402

BUNDLED = """\
[[exercise]]
id = "ex_bridge"
name = "Bridge"
category = "stabilisation"
level = "beginner"
equipment = ["mat"]
steps = ["Lie on your back with knees bent.", "Lift the hips.", "Lower slowly."]
cues = ["Breathe out as you lift."]
mistakes = ["Arching the back."]
stop_if = "Sharp pain."
summary = "Lifts the hips."

[exercise.dose]
mode = "reps"
rep_s = 4
reps = 8
cue = "Up for 2, down for 2"

[[routine]]
id = "rt_short"
title = "Short Routine"
category = "stabilisation"
level = "beginner"
summary = "Two blocks."

[[routine.block]]
exercise = "ex_bridge"
mode = "hold"
hold_s = 5
reps = 2
note = "Go gently."
rep_labels = ["Left", "Right"]

[[routine.block]]
exercise = "ex_bridge"
mode = "interval"
work_s = 30
rest_s = 30
rounds = 2
work_label = "Brisk"
"""

USER = """\
[[exercise]]
id = "my_bridge"
name = "Bridge"
category = "stabilisation"
level = "beginner"
steps = ["Lie on your back with knees bent.", "Lift the hips.", "Lower slowly."]
cues = []
mistakes = []
stop_if = "Sharp pain."
"""

GERMAN = {
    "exercise ex_bridge": {
        "Bridge": "Brücke",
        "Lie on your back with knees bent.": "Legen Sie sich mit gebeugten Knien auf den Rücken.",
        "Lift the hips.": "Heben Sie das Becken.",
        "Breathe out as you lift.": "Beim Heben ausatmen.",
        "Sharp pain.": "Stechender Schmerz.",
        "mat": "Matte",
        "Up for 2, down for 2": "2 hoch, 2 runter",
    },
    "routine rt_short": {
        "Short Routine": "Kurzes Programm",
        "Go gently.": "Sanft bleiben.",
        "Left": "Links",
        "Brisk": "Zügig",
    },
}


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A German library catalogue of our own, so these tests never wait for the translators."""
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "library_de.json").write_text(json.dumps(GERMAN), encoding="utf-8")
    (folder / "backtimer_de.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_file", lambda name, lang: folder / f"{name}_{lang}.json")
    return folder


@pytest.fixture
def library_dirs(tmp_path: Path) -> tuple[Path, Path]:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    bundled.mkdir()
    user.mkdir()
    (bundled / "small.toml").write_text(BUNDLED, encoding="utf-8")
    (user / "mine.toml").write_text(USER, encoding="utf-8")
    return bundled, user


def _load(dirs: tuple[Path, Path]) -> Library:
    library = load_library(dirs[1], bundled_dir=dirs[0])
    assert not library.problems, library.problems
    return library


@pytest.fixture
def german(catalogues: Path, library_dirs: tuple[Path, Path]) -> Library:
    """The small library loaded in German."""
    i18n.set_language("de")
    return _load(library_dirs)


def test_german_loads_the_bundled_texts_translated(german: Library) -> None:
    library = german
    bridge = library.exercise("ex_bridge")
    assert bridge.name == "Brücke"
    assert bridge.steps == (
        "Legen Sie sich mit gebeugten Knien auf den Rücken.",
        "Heben Sie das Becken.",
        "Lower slowly.",  # no translation yet: English, never empty
    )
    assert (bridge.cues, bridge.stop_if, bridge.equipment) == (
        ("Beim Heben ausatmen.",),
        "Stechender Schmerz.",
        ("Matte",),
    )
    assert bridge.mistakes == ("Arching the back.",)
    assert bridge.dose is not None
    assert bridge.dose.dosage.cue == "2 hoch, 2 runter"  # type: ignore[union-attr]
    routine = library.routine("rt_short")
    assert routine.title == "Kurzes Programm"
    hold, interval = routine.blocks
    assert hold.note == "Sanft bleiben."
    assert hold.dosage.rep_labels == ("Links", "Right")  # type: ignore[union-attr]
    assert (interval.dosage.work_label, interval.dosage.rest_label) == ("Zügig", "Rest")  # type: ignore[union-attr]


def test_the_users_own_items_stay_as_written(german: Library) -> None:
    """Same words as a translated bundled exercise, but the user's: never touched."""
    mine = german.exercise("my_bridge")
    assert mine.source.kind is SourceKind.USER
    assert mine.name == "Bridge"
    assert mine.steps[0] == "Lie on your back with knees bent."
    assert mine.english is None


def test_english_loads_exactly_what_the_files_say(
    german: Library, library_dirs: tuple[Path, Path]
) -> None:
    i18n.set_language("en")
    english = _load(library_dirs)
    assert english.exercise("ex_bridge").name == "Bridge"
    assert english.exercise("ex_bridge").english is None
    assert german.exercise("ex_bridge").english == english.exercise("ex_bridge")


def test_english_does_no_work_at_all(library_dirs: tuple[Path, Path]) -> None:
    parsed = loader._parse_file(
        library_dirs[0] / "small.toml",
        loader.Source(SourceKind.BUNDLED, "small.toml"),
        illustration_folder=None,
    )
    assert localise.localise_file(parsed) is parsed


def test_filters_read_the_english_original_of_a_translated_exercise(german: Library) -> None:
    """The position and the equipment are found from English words, whatever is shown."""
    library = german
    bridge = library.exercise("ex_bridge")
    assert position_of(bridge).value == "lying on your back"
    assert "mat" in equipment_words(library.exercises.values())
    assert bridge in search(library, ExerciseQuery(equipment="mat"))
    assert bridge in search(library, ExerciseQuery(text="brücke"))


# --- one rule for the catalogue and the loader ---------------------------------------------------

_NOT_TEXT = {"id", "illustration", "easier", "harder", "exercise_id"}
"""String fields that are identifiers or file names, never shown as words."""


def _shown_texts(item: object) -> Iterator[tuple[str, str]]:
    """(field, text) of every string a bundled item shows, found from the dataclasses themselves,
    not from the field lists the loader uses (so a field both sides forgot is caught too)."""
    for field in dataclasses.fields(item):  # type: ignore[arg-type]
        if field.name in _NOT_TEXT or field.name == "english":
            continue
        value = getattr(item, field.name)
        if isinstance(value, Enum):
            continue
        if isinstance(value, str) and value and value != field.default:
            yield field.name, value
        elif isinstance(value, tuple):
            for part in value:
                if isinstance(part, str):
                    yield field.name, part
                elif dataclasses.is_dataclass(part):
                    yield from _shown_texts(part)
        elif dataclasses.is_dataclass(value) and field.name != "source":
            yield from _shown_texts(value)


def test_every_text_the_app_shows_is_in_the_catalogue_and_comes_out_translated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A catalogue built by tools/translations.py that marks every text: every text field of
    every bundled item comes out of the loader marked, so tool and loader agree exactly."""
    marked: dict[str, dict[str, str]] = {}
    for context, text, _field in catalogue_tool.library_texts():
        marked.setdefault(context, {})[text] = f"«{text}»"
    (tmp_path / "library_de.json").write_text(json.dumps(marked), encoding="utf-8")
    (tmp_path / "backtimer_de.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_file", lambda name, lang: tmp_path / f"{name}_{lang}.json")
    i18n.set_language("de")
    library = load_library(None)
    items: list[Exercise | Routine] = [*library.exercises.values(), *library.routines.values()]
    assert len(items) > 50
    unmarked = [
        (item.id, field, text)
        for item in items
        for field, text in _shown_texts(item)
        if not (text.startswith("«") and text.endswith("»"))
    ]
    assert unmarked == []


# --- the cache --------------------------------------------------------------------------------


def test_the_cache_keeps_each_language_apart(
    tmp_path: Path, catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marked = {"exercise stab_bird_dog": {BIRD_DOG: "Vierfüßler"}}
    (catalogues / "library_de.json").write_text(json.dumps(marked), encoding="utf-8")
    cache = tmp_path / "cache"
    name = lambda: load_library_cached(None, cache).exercise("stab_bird_dog").name  # noqa: E731
    english = name()
    assert english == BIRD_DOG
    i18n.set_language("de")
    assert name() == "Vierfüßler"
    i18n.set_language("en")
    assert name() == BIRD_DOG
    i18n.set_language("de")
    assert name() == "Vierfüßler"  # read back from the German cache file
    assert len(list(cache.glob("library-*.pickle"))) == 2


def test_a_new_catalogue_is_never_hidden_by_the_cache(tmp_path: Path, catalogues: Path) -> None:
    cache = tmp_path / "cache"
    catalogue = catalogues / "library_de.json"
    i18n.set_language("de")
    assert load_library_cached(None, cache).exercise("stab_bird_dog").name == BIRD_DOG
    catalogue.write_text(
        json.dumps({"exercise stab_bird_dog": {BIRD_DOG: "Vierfüßlerstand"}}), encoding="utf-8"
    )
    stat = catalogue.stat()
    os.utime(catalogue, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    i18n.set_language("de", reload=True)
    assert load_library_cached(None, cache).exercise("stab_bird_dog").name == "Vierfüßlerstand"


def test_english_start_reads_no_catalogue_and_imports_no_json(tmp_path: Path) -> None:
    """The start path in English: set the system language, read the library (miss, then hit)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from backtimer import i18n\n"
        "i18n.set_language(i18n.system_language())\n"
        "from backtimer.library.cache import load_library_cached\n"
        f"for _ in range(2): load_library_cached(None, Path({str(tmp_path)!r}))\n"
        "print(i18n.current_language(), sorted(m for m in ('json', 'xml') if m in sys.modules))\n"
    )
    env = {**os.environ, "LANGUAGE": "en", "LC_ALL": "", "LANG": "C.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.split() == ["en", "[]"]

"""The parsed-library cache: a shortcut to ``load_library``, never a different answer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backtimer.library import cache as cache_module
from backtimer.library import loader
from backtimer.library.cache import load_library_cached
from backtimer.library.model import Library

ROUTINE = """\
[[routine]]
id = "rt_cached"
title = "{title}"
category = "stabilisation"
level = "beginner"
summary = "A routine for the cache tests."

[[routine.block]]
exercise = "stab_bird_dog"
mode = "hold"
hold_s = 5
reps = 3
"""


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """Records every real parse (a cache miss); the parse itself still happens."""
    calls: list[Path | None] = []
    real = loader.load_library

    def counting(user_dir: Path | None, **kwargs: object) -> Library:
        calls.append(user_dir)
        return real(user_dir, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "load_library", counting)
    return calls


@pytest.fixture
def routines(tmp_path: Path) -> Path:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "mine.toml").write_text(ROUTINE.format(title="Mine"), encoding="utf-8")
    return folder


def test_a_second_load_reads_the_cache_and_gives_the_same_library(
    tmp_path: Path, routines: Path, parses: list[Path | None]
) -> None:
    first = load_library_cached(routines, tmp_path / "cache")
    second = load_library_cached(routines, tmp_path / "cache")
    assert parses == [routines]
    assert second == first == loader.load_library(routines)  # (a third, direct parse)
    assert second.routines["rt_cached"].title == "Mine"
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [
        next((tmp_path / "cache").glob("library-*.pickle")).name
    ], "only the cache file is left, no temporary file"


def test_an_edited_user_file_is_read_again(
    tmp_path: Path, routines: Path, parses: list[Path | None]
) -> None:
    load_library_cached(routines, tmp_path / "cache")
    mine = routines / "mine.toml"
    mine.write_text(ROUTINE.format(title="Renamed"), encoding="utf-8")
    stat = mine.stat()
    os.utime(mine, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    library = load_library_cached(routines, tmp_path / "cache")
    assert len(parses) == 2
    assert library.routines["rt_cached"].title == "Renamed"


def test_a_new_or_removed_file_is_noticed(
    tmp_path: Path, routines: Path, parses: list[Path | None]
) -> None:
    load_library_cached(routines, tmp_path / "cache")
    (routines / "second.toml").write_text(
        ROUTINE.format(title="Second").replace("rt_cached", "rt_second"), encoding="utf-8"
    )
    assert "rt_second" in load_library_cached(routines, tmp_path / "cache").routines
    (routines / "second.toml").unlink()
    assert "rt_second" not in load_library_cached(routines, tmp_path / "cache").routines
    assert len(parses) == 3


def test_another_app_version_never_reads_the_old_cache(
    tmp_path: Path, routines: Path, parses: list[Path | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_library_cached(routines, tmp_path / "cache")
    monkeypatch.setattr(cache_module, "__version__", "99.0")
    load_library_cached(routines, tmp_path / "cache")
    assert len(parses) == 2


def test_a_damaged_cache_file_is_a_miss_not_a_failure(
    tmp_path: Path, routines: Path, parses: list[Path | None]
) -> None:
    load_library_cached(routines, tmp_path / "cache")
    (cached,) = (tmp_path / "cache").glob("library-*.pickle")
    cached.write_bytes(b"not a pickle at all")
    library = load_library_cached(routines, tmp_path / "cache")
    assert library.routines["rt_cached"].title == "Mine"
    assert len(parses) == 2
    load_library_cached(routines, tmp_path / "cache")
    assert len(parses) == 2, "the damaged file was replaced by a good one"


def test_a_load_with_problems_is_not_cached(
    tmp_path: Path, routines: Path, parses: list[Path | None]
) -> None:
    (routines / "broken.toml").write_text("[[routine]]\nid = 3\n", encoding="utf-8")
    first = load_library_cached(routines, tmp_path / "cache")
    assert first.problems
    load_library_cached(routines, tmp_path / "cache")
    assert len(parses) == 2
    assert not (tmp_path / "cache").exists()


def test_an_unwritable_cache_folder_only_costs_time(
    tmp_path: Path, routines: Path, parses: list[Path | None]
) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert load_library_cached(routines, blocker).routines["rt_cached"].title == "Mine"
    assert load_library_cached(routines, None).routines["rt_cached"].title == "Mine"
    assert len(parses) == 2


def test_each_routines_folder_has_its_own_cache_file(tmp_path: Path, routines: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    load_library_cached(routines, tmp_path / "cache")
    load_library_cached(other, tmp_path / "cache")
    assert len(list((tmp_path / "cache").glob("library-*.pickle"))) == 2
    assert "rt_cached" not in load_library_cached(other, tmp_path / "cache").routines

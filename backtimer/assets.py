"""Shipped resources (library, illustrations, sounds, icons) through ``importlib.resources``.

In a wheel the top-level ``resources/`` folder is installed as ``backtimer/resources``; in a
checkout it sits beside the package. Both are reached through the same Traversable API, so code
never builds paths from ``__file__`` itself. A package on disk (every install and checkout) is
read as a plain ``Path``, which is a Traversable too, without importing ``importlib.resources``
on the way to the first frame; anything else (a zip) goes through ``importlib.resources``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def package_root() -> Traversable:
    """The ``backtimer`` package folder, as the import system found it."""
    import backtimer

    spec = backtimer.__spec__
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if locations and Path(locations[0]).is_dir():
        return Path(locations[0])
    from importlib.resources import files

    return files("backtimer")


def resource_root() -> Traversable:
    package = package_root()
    packaged = package / "resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(str(package)).parent / "resources"
    return checkout


def resource(*parts: str) -> Traversable:
    """A shipped file or folder, e.g. ``resource("illustrations", "stab_bird_dog.svg")``."""
    node = resource_root()
    for part in parts:
        node = node / part
    return node


def library_dir() -> Traversable:
    return resource("library")


def illustration(name: str) -> Traversable:
    return resource("illustrations", name)


def illustration_bytes(name: str | None) -> bytes:
    """An exercise's SVG, shipped (a bare name) or the user's own (an absolute path); b"" if
    there is none or it cannot be read, so a missing picture never stops a workout.

    A shipped SVG's captions ("Start", "Hold", …) come in the user's language; in English, and
    for the user's own pictures, the file's bytes are returned as they are.
    """
    if not name:
        return b""
    try:
        if Path(name).is_absolute():
            return Path(name).read_bytes()
        data = illustration(name).read_bytes()
    except OSError:
        return b""
    from backtimer import i18n

    if i18n.current_language() == i18n.ENGLISH or not name.lower().endswith(".svg"):
        return data
    from backtimer.illustration_labels import translated_svg  # only another language needs it

    return translated_svg(data)


def sound(name: str) -> Traversable:
    return resource("sounds", name)


def icon(name: str) -> Traversable:
    return resource("icons", name)

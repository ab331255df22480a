"""Shipped resources (library, illustrations, sounds, icons) through ``importlib.resources``.

In a wheel the top-level ``resources/`` folder is installed as ``backtimer/resources``; in a
checkout it sits beside the package. Both are reached through the same Traversable API, so code
never builds paths from ``__file__`` itself.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def resource_root() -> Traversable:
    packaged = files("backtimer") / "resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(str(files("backtimer"))).parent / "resources"
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


def sound(name: str) -> Traversable:
    return resource("sounds", name)


def icon(name: str) -> Traversable:
    return resource("icons", name)

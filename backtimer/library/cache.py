"""The parsed library, kept between runs so a launch need not parse and check every TOML file.

Parsing and checking the library (with the line numbers every problem names) is the largest
piece of work before the first frame; reading it back from a pickle takes about a millisecond.
The cache is only a shortcut to what ``load_library`` would return: its key is everything that
result depends on, and anything that does not match (or cannot be read) means a normal load.

The key holds the app and Python versions, the language the bundled texts are shown in, and for
each file involved its path, size, times, inode and mode: the library's own code
(``backtimer/library/*.py``, so an edited checkout never reads an old shape), every bundled
``*.toml``, the language's library catalogue, and every entry of the user's routines folder.
Only clean loads are stored (no problems), because a problem may come from a passing
condition, such as a file being unreadable for a moment. The file is written atomically (temp
file, then ``os.replace``) in the user's cache folder, one per routines folder and language (so
switching language and back costs no parse), and only this user can write there (anyone who can
has other ways to run code as this user).
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import stat
import sys
import zlib
from pathlib import Path
from typing import BinaryIO

from backtimer import __version__, assets, i18n
from backtimer.library.model import Library

logger = logging.getLogger(__name__)

CACHE_FORMAT = 1
"""Raise when the stored layout changes."""

Fingerprint = tuple[object, ...]


def load_library_cached(user_dir: Path | None, cache_dir: Path | None) -> Library:
    """``load_library(user_dir)``, read from the cache in ``cache_dir`` when nothing changed."""
    key = fingerprint(user_dir)
    cache_file = _cache_file(cache_dir, user_dir)
    if key is not None and cache_file is not None:
        cached = _read(cache_file, key)
        if cached is not None:
            return cached
    from backtimer.library.loader import load_library  # only a miss needs the parser

    library = load_library(user_dir)
    if key is not None and cache_file is not None and not library.problems:
        _write(cache_file, key, library)
    return library


def fingerprint(user_dir: Path | None) -> Fingerprint | None:
    """What the loaded library depends on; None when it cannot be told (then never cache)."""
    code = Path(__file__).parent
    bundled = assets.library_dir()
    language = i18n.current_language()
    catalogue = None if language == i18n.ENGLISH else i18n.catalogue_file("library", language)
    if not isinstance(bundled, Path) or not isinstance(catalogue, Path | None):
        return None  # a zipped install: nothing to stat cheaply
    try:
        parts: list[object] = [CACHE_FORMAT, __version__, sys.version, str(user_dir), language]
        parts += _stats(code, recursive=False, suffix=".py")
        parts += _stats(bundled, recursive=True, suffix=".toml")
        if catalogue is not None:
            parts.append(_stat(str(catalogue), catalogue.is_symlink()))
        if user_dir is not None:
            parts += _stats(user_dir, recursive=False, suffix=None)
    except OSError:
        return None
    return tuple(parts)


def _stats(folder: Path, *, recursive: bool, suffix: str | None) -> list[tuple[object, ...]]:
    """One :func:`_stat` per file, sorted by path."""
    if not folder.exists():
        return [(str(folder), "missing")]
    found = []
    for entry in os.scandir(folder):
        if entry.is_dir(follow_symlinks=False) and recursive:
            found += _stats(Path(entry.path), recursive=True, suffix=suffix)
            continue
        if suffix is not None and not entry.name.endswith(suffix):
            continue
        found.append(_stat(entry.path, entry.is_symlink()))
    return sorted(found, key=lambda item: str(item[0]))


def _stat(path: str, is_symlink: bool) -> tuple[object, ...]:
    """What changes when the file is edited, replaced or chmod-ed."""
    info = os.stat(path)  # a link's target; a missing file or broken link raises: no caching
    return (
        path,
        is_symlink,
        info.st_mode,
        info.st_size,
        info.st_mtime_ns,
        info.st_ctime_ns,
        info.st_ino,
    )


def _cache_file(
    cache_dir: Path | None, user_dir: Path | None, language: str | None = None
) -> Path | None:
    """One file per routines folder and language (the language in use by default)."""
    if cache_dir is None:
        return None
    tag = zlib.crc32(str(user_dir).encode("utf-8", "surrogateescape"))
    language = language if language is not None else i18n.current_language()
    suffix = "" if language == i18n.ENGLISH else f"-{language}"
    return cache_dir / f"library-{tag:08x}{suffix}.pickle"


def _read(cache_file: Path, key: Fingerprint) -> Library | None:
    try:
        with _open_regular(cache_file) as stream:
            stored_key, library = pickle.load(stream)
    except FileNotFoundError:
        return None
    except Exception as error:  # a damaged or foreign file is a miss, never a failure
        logger.info("ignoring the library cache %s: %s", cache_file, error)
        return None
    if stored_key != key or not isinstance(library, Library):
        return None
    return library


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading only if it is a regular file: a named pipe put where the
    cache lives would otherwise block the app's start for ever (opening does not block)."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(f"{path} is not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return open(descriptor, "rb")  # owns the descriptor now
    except BaseException:
        os.close(descriptor)
        raise


def _write(cache_file: Path, key: Fingerprint, library: Library) -> None:
    temporary = cache_file.with_name(f".{cache_file.name}.{os.getpid()}.tmp")
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as stream:
            pickle.dump((key, library), stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, cache_file)
    except OSError as error:  # no cache is slower, never wrong
        logger.info("cannot write the library cache %s: %s", cache_file, error)
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)

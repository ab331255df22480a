"""The user's own routine files: create, save, rename, duplicate and delete them safely.

Every write goes to a hidden temporary file that the loader checks *before* it replaces anything
(``os.replace``), so a crash or a bad value never leaves a half-written or invalid file where the
library would read it. Deleting moves the file to ``<data dir>/trash/routines`` so undo can put it
back. The editor writes one routine per file, ``<id>.toml``, and one custom exercise per file,
``<id>.exercise.toml``, with its picture beside it; files written by hand that hold several
items are rewritten whole (from what the library loaded) when one of their items changes.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from backtimer.errors import UserFacingError
from backtimer.i18n import translate
from backtimer.library.model import Exercise, Library, Problem, Routine, SourceKind
from backtimer.paths import DataPaths

logger = logging.getLogger(__name__)

EXERCISE_FILE_SUFFIX = ".exercise.toml"
MAX_ID_LENGTH = 64
MAX_PICTURE_BYTES = 16 * 2**20
FILE_COMMENT = (
    "Written by Backtimer. You may edit it by hand: see docs/routine-format.md,\n"
    "and check it with: backtimer routines check FILE"
)


class RoutineStoreError(UserFacingError):
    """A routine file could not be written, moved or restored; the message says why."""


class InvalidRoutineError(RoutineStoreError):
    """What would have been written has problems; nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(str(problem) for problem in self.problems)
        super().__init__(
            translate(
                "RoutineStore", "Nothing was saved, because of these problems:\n{lines}"
            ).format(lines=lines)
        )


@dataclass(frozen=True)
class Trashed:
    """One deleted routine: where its file was, where it went, and what replaced it (if any)."""

    routine_id: str
    title: str
    original: Path
    trashed: Path
    rewritten_text: str | None = None


def new_id(text: str, taken: Container[str], *, fallback: str = "my_routine") -> str:
    """An id made from a title ("Morning back care" → ``morning_back_care``), unused so far."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")
    if not base:
        base = fallback
    elif not base[0].isalpha() or len(base) < 2:
        base = f"my_{base}"
    base = base[: MAX_ID_LENGTH - 4].rstrip("_")
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def taken_ids(library: Library) -> set[str]:
    """Routine and exercise ids together, so an id never means two things in one library."""
    return set(library.routines) | set(library.exercises)


class UserRoutineStore:
    """Writes routine files into one folder and keeps deleted ones in a trash folder."""

    def __init__(self, routines_dir: Path, trash_dir: Path) -> None:
        self.routines_dir = routines_dir
        self.trash_dir = trash_dir

    @classmethod
    def for_data_dir(cls, paths: DataPaths) -> UserRoutineStore:
        return cls(paths.routines_dir, paths.root / "trash" / "routines")

    def routine_path(self, routine_id: str) -> Path:
        from backtimer.library.loader import ROUTINE_FILE_SUFFIX  # the parser loads when used

        return self.routines_dir / f"{routine_id}{ROUTINE_FILE_SUFFIX}"

    def exercise_path(self, exercise_id: str) -> Path:
        return self.routines_dir / f"{exercise_id}{EXERCISE_FILE_SUFFIX}"

    # --- routines -------------------------------------------------------------------------------

    def save_routine(self, routine: Routine, library: Library) -> Path:
        """Create or replace ``routine`` (matched by id) and return the file it is in.

        A routine that already lives in a user file stays in that file; a new one gets
        ``<id>.toml``. Bundled routines cannot be saved: copy them with ``duplicate`` first.
        """
        from backtimer.library.writer import document_text

        existing = library.routines.get(routine.id)
        if existing is not None and existing.source.kind is SourceKind.BUNDLED:
            raise RoutineStoreError(
                translate(
                    "RoutineStore",
                    "“{title}” is a bundled routine and cannot be changed; duplicate it and "
                    "edit the copy.",
                ).format(title=existing.title)
            )
        if existing is None:
            path = self.routine_path(routine.id)
            if path.exists():
                raise RoutineStoreError(
                    translate(
                        "RoutineStore",
                        "{path} already exists and holds something else; rename or move that "
                        "file first, or give the routine another title.",
                    ).format(path=path)
                )
            self._write_checked(path, document_text(routines=[routine], comment=FILE_COMMENT))
            return path
        path = Path(existing.source.path)
        exercises, routines = _items_in_file(library, path)
        routines = [routine if item.id == routine.id else item for item in routines]
        self._keep_copy(path)
        self._write_checked(path, _file_text(exercises, routines))
        return path

    def rename(self, routine: Routine, title: str, library: Library) -> Routine:
        """Give a routine a new title; its id stays, so journal entries keep pointing at it."""
        renamed = dataclasses.replace(routine, title=title.strip())
        self.save_routine(renamed, library)
        return renamed

    def duplicate(self, routine: Routine, library: Library, title: str | None = None) -> Routine:
        """A user copy of any routine (bundled ones included) under a new id and title."""
        title = (
            title or translate("RoutineStore", "{title} (copy)").format(title=routine.title)
        ).strip()
        copy = dataclasses.replace(routine, id=new_id(title, taken_ids(library)), title=title)
        self.save_routine(copy, library)
        return copy

    def delete_routine(self, routine: Routine, library: Library) -> Trashed:
        """Move the routine's file to the trash; a file holding more is rewritten without it."""
        if routine.source.kind is not SourceKind.USER:
            raise RoutineStoreError(
                translate(
                    "RoutineStore", "“{title}” is a bundled routine; it cannot be deleted."
                ).format(title=routine.title)
            )
        original = Path(routine.source.path)
        exercises, routines = _items_in_file(library, original)
        remaining = [item for item in routines if item.id != routine.id]
        trashed = self._move_to_trash(original)
        rewritten = None
        if exercises or remaining:
            rewritten = _file_text(exercises, remaining)
            try:
                self._write_checked(original, rewritten)
            except RoutineStoreError:
                os.replace(trashed, original)
                raise
        logger.info("Deleted routine %s; file kept in %s", routine.id, trashed)
        return Trashed(routine.id, routine.title, original, trashed, rewritten)

    def restore(self, trashed: Trashed) -> Path:
        """Undo a delete: put the file back exactly as it was."""
        if trashed.original.exists():
            current = _read_text(trashed.original)
            if trashed.rewritten_text is None or current != trashed.rewritten_text:
                raise RoutineStoreError(
                    translate(
                        "RoutineStore",
                        "Cannot bring back “{title}”: {original} has been created or changed "
                        "since. The deleted file is kept at {kept}.",
                    ).format(title=trashed.title, original=trashed.original, kept=trashed.trashed)
                )
        try:
            os.replace(trashed.trashed, trashed.original)
        except OSError as error:
            raise RoutineStoreError(
                translate(
                    "RoutineStore",
                    "Cannot bring back “{title}”: {reason}. The deleted file is kept at {kept}.",
                ).format(title=trashed.title, reason=error.strerror or error, kept=trashed.trashed)
            ) from error
        with suppress(OSError):
            trashed.trashed.parent.rmdir()
        return trashed.original

    # --- exercises ------------------------------------------------------------------------------

    def save_exercise(self, exercise: Exercise, picture: Path | None = None) -> Exercise:
        """Write a new custom exercise to ``<id>.exercise.toml``, its picture copied beside it.

        Returns the exercise as the library will load it (the picture path is the copy).
        """
        pictures = {exercise.id: picture} if picture is not None else {}
        _path, (saved,), _ = self.write_new_file(
            self.exercise_path(exercise.id).name, [exercise], [], pictures
        )
        return saved

    def write_new_file(
        self,
        file_name: str,
        exercises: Sequence[Exercise],
        routines: Sequence[Routine],
        pictures: Mapping[str, Path],
    ) -> tuple[Path, list[Exercise], list[Routine]]:
        """Write items to a file that must not exist yet; ``pictures`` maps exercise ids to files.

        Each picture is copied beside the file as ``<exercise id>.<suffix>`` first (the check
        needs it there) and removed again if the text has problems. Returns the path and the
        exercises as the library will load them.
        """
        path = self.routines_dir / file_name
        if path.exists():
            raise RoutineStoreError(
                translate(
                    "RoutineStore",
                    "{path} already exists; give the new item another name so it gets a new id.",
                ).format(path=path)
            )
        copied: list[Path] = []
        placed = []
        try:
            for exercise in exercises:
                picture = pictures.get(exercise.id)
                if picture is not None:
                    target = self.routines_dir / f"{exercise.id}{picture.suffix.lower()}"
                    if target.exists():
                        raise RoutineStoreError(
                            translate(
                                "RoutineStore", "{target} already exists; move it away first."
                            ).format(target=target)
                        )
                    self._copy_atomically(picture, target)
                    copied.append(target)
                    exercise = dataclasses.replace(exercise, illustration=str(target))
                placed.append(exercise)
            self._write_checked(path, _file_text(placed, routines))
        except RoutineStoreError:
            for target in copied:
                target.unlink(missing_ok=True)
            raise
        return path, placed, list(routines)

    # --- writing --------------------------------------------------------------------------------

    def _write_checked(self, path: Path, text: str) -> None:
        """Write ``text`` to ``path`` only if the loader finds no problem with it there."""
        from backtimer.library.loader import ROUTINE_FILE_SUFFIX, check_files

        self._ensure_folder()
        with self._temporary(path, text.encode("utf-8")) as temporary:
            others = [
                other
                for other in sorted(self.routines_dir.glob(f"*{ROUTINE_FILE_SUFFIX}"))
                if other != path and not other.name.startswith(".")
            ]
            problems = [
                dataclasses.replace(problem, path=str(path))
                for problem in check_files([*others, temporary])
                if problem.path == str(temporary)
            ]
            if problems:
                raise InvalidRoutineError(problems)
            self._replace(temporary, path)

    def _copy_atomically(self, source: Path, target: Path) -> None:
        from backtimer.library._toml_source import read_regular_file

        self._ensure_folder()
        try:
            data = read_regular_file(source, MAX_PICTURE_BYTES + 1)
        except OSError as error:
            raise RoutineStoreError(
                translate("RoutineStore", "Cannot read the picture {source}: {reason}.").format(
                    source=source, reason=error.strerror or error
                )
            ) from error
        if len(data) > MAX_PICTURE_BYTES:
            raise RoutineStoreError(
                translate(
                    "RoutineStore",
                    "The picture {source} is larger than {limit} MiB; choose a smaller one.",
                ).format(source=source, limit=MAX_PICTURE_BYTES // 2**20)
            )
        with self._temporary(target, data) as temporary:
            self._replace(temporary, target)

    @contextmanager
    def _temporary(self, target: Path, data: bytes) -> Iterator[Path]:
        """A hidden, fsynced file beside ``target`` (the loader skips hidden files)."""
        try:
            handle, name = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
            )
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        except OSError as error:
            raise RoutineStoreError(
                translate(
                    "RoutineStore",
                    "Cannot write in {folder}: {reason}. Check that the folder exists and is "
                    "writable.",
                ).format(folder=target.parent, reason=error.strerror or error)
            ) from error
        temporary = Path(name)
        try:
            yield temporary
        finally:
            temporary.unlink(missing_ok=True)

    def _replace(self, temporary: Path, target: Path) -> None:
        try:
            os.replace(temporary, target)
        except OSError as error:
            raise RoutineStoreError(
                translate("RoutineStore", "Cannot save {target}: {reason}.").format(
                    target=target, reason=error.strerror or error
                )
            ) from error

    def _ensure_folder(self) -> None:
        try:
            self.routines_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise RoutineStoreError(
                f"Cannot create the routines folder {self.routines_dir}: {error.strerror or error}."
            ) from error

    def _move_to_trash(self, path: Path) -> Path:
        """Move ``path`` into a fresh folder of the trash; the unique folder avoids name clashes."""
        return self._into_trash(path, os.replace)

    def _keep_copy(self, path: Path) -> None:
        """A copy of a file about to be rewritten, in case a hand-written comment mattered."""
        with suppress(RoutineStoreError):
            self._into_trash(path, shutil.copy2)

    def _into_trash(self, path: Path, transfer: Callable[[Path, Path], object]) -> Path:
        try:
            self.trash_dir.mkdir(parents=True, exist_ok=True)
            folder = Path(tempfile.mkdtemp(prefix=f"{path.stem}.", dir=self.trash_dir))
            target = folder / path.name
            transfer(path, target)
        except OSError as error:
            raise RoutineStoreError(
                f"Cannot move {path} to the trash folder {self.trash_dir}: "
                f"{error.strerror or error}."
            ) from error
        return target


def _items_in_file(library: Library, path: Path) -> tuple[list[Exercise], list[Routine]]:
    """What the library loaded from one user file, in file order."""
    exercises = [item for item in library.exercises.values() if Path(item.source.path) == path]
    routines = [item for item in library.routines.values() if Path(item.source.path) == path]
    return sorted(exercises, key=_line), sorted(routines, key=_line)


def _line(item: Exercise | Routine) -> int:
    return item.source.line


def _file_text(exercises: Sequence[Exercise], routines: Sequence[Routine]) -> str:
    from backtimer.library.writer import document_text

    return document_text(exercises=exercises, routines=routines, comment=FILE_COMMENT)


def _read_text(path: Path) -> str | None:
    from backtimer.library._toml_source import read_regular_file

    try:
        return read_regular_file(path, 1 << 24).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None

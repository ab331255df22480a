"""Load the exercise library from TOML files: the bundled ones plus the user's own.

Loading never raises. Whatever is wrong with a file becomes a ``Problem`` (``FILE:LINE: field:
message``) in ``Library.problems``: a user file with any problem is skipped whole, so a half-valid
programme never runs; a bundled file only loses its broken items, since dropping a whole bundled
file for one typo would hide much of the app. The single-file checks live in ``_items.py``; this
module adds what needs every file at once: unique ids and exercise references.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from backtimer import assets
from backtimer.i18n import translate
from backtimer.library._fields import suggestion
from backtimer.library._items import ParsedFile, Reference, parse_document
from backtimer.library._toml_source import FILE_FIELD, read_toml
from backtimer.library.localise import localise_file
from backtimer.library.model import (
    Exercise,
    Library,
    Problem,
    Routine,
    Source,
    SourceKind,
)

logger = logging.getLogger(__name__)

ROUTINE_FILE_SUFFIX = ".toml"


def load_library(user_dir: Path | None, *, bundled_dir: Traversable | None = None) -> Library:
    """Every bundled file (recursively) and the ``*.toml`` files directly in ``user_dir``.

    ``bundled_dir`` replaces the shipped library, for tests. A missing ``user_dir`` simply means
    the user has no files yet; nothing is created.
    """
    bundled = _parse_bundled(bundled_dir)
    user_files, folder_problems = _user_files(user_dir)
    user = [_parse_user_file(path) for path in user_files]
    # A file skipped for a broken reference or a loop was first accepted, and may have taken an
    # id a sound file also uses. Such files go last in the next round, so they never shadow it.
    suspects: set[str] = set()
    own_problems: list[Problem] = []
    while True:
        ordered = [parsed for parsed in user if parsed.display_path not in suspects]
        ordered += [parsed for parsed in user if parsed.display_path in suspects]
        assembly = _assemble(bundled, ordered)
        newly = assembly.withdrawn_files - suspects
        if not newly:
            break
        suspects |= newly
        own_problems += [problem for problem in assembly.problems if problem.path in newly]
    # Going last, a suspect may now clash on ids before its own problem is found: keep both.
    reported = set(assembly.problems)
    assembly.problems.extend(dict.fromkeys(p for p in own_problems if p not in reported))
    assembly.problems.extend(folder_problems)
    logger.debug(
        "Library: %d exercises, %d routines, %d problems",
        len(assembly.exercises),
        len(assembly.routines),
        len(assembly.problems),
    )
    order = [parsed.display_path for parsed in (*bundled, *user)]
    problems = _in_file_order(assembly.problems, order)
    return Library(dict(assembly.exercises), dict(assembly.routines), tuple(problems))


def _assemble(bundled: Sequence[ParsedFile], user: Sequence[ParsedFile]) -> _Assembly:
    """One loading round over fresh copies (resolving references prunes a file's list)."""
    assembly = _Assembly()
    for parsed in bundled:
        assembly.add(dataclasses.replace(parsed), all_or_nothing=False)
    for parsed in user:
        assembly.add(dataclasses.replace(parsed), all_or_nothing=True)
    assembly.resolve_references(drop=True)
    if assembly.report_cycles(drop=True):
        assembly.resolve_references(drop=True)
    return assembly


def _in_file_order(problems: Sequence[Problem], files: Sequence[str]) -> list[Problem]:
    """Group by file (in the order files are read; others, e.g. folders, last), then by line."""
    position = {path: index for index, path in enumerate(files)}
    return sorted(
        problems, key=lambda problem: (position.get(problem.path, len(position)), problem.line)
    )


def check_files(paths: Sequence[Path], *, bundled_dir: Traversable | None = None) -> list[Problem]:
    """Problems in ``paths``, checked as user files against the bundled library.

    References may point at bundled exercises or at exercises in any of the checked files, so
    one broken file does not make every file that uses it look broken too.
    """
    # The same file named twice (a glob and its name, ./a.toml and a.toml) is checked once:
    # otherwise every id in it would be "already used" by itself.
    paths = list({os.path.realpath(path): path for path in reversed(paths)}.values())[::-1]
    assembly = _Assembly()
    for parsed in _parse_bundled(bundled_dir):
        assembly.add(parsed, all_or_nothing=False)
    assembly.resolve_references(drop=True)
    already_known = len(assembly.problems)
    checked = [_parse_user_file(path) for path in paths]
    for parsed in checked:
        assembly.add(parsed, all_or_nothing=False)
    assembly.resolve_references(drop=False, files=checked)
    assembly.report_cycles(drop=False)
    order = {str(path): position for position, path in enumerate(paths)}
    problems = assembly.problems[already_known:]
    return sorted(problems, key=lambda problem: (order.get(problem.path, 0), problem.line))


def check_bundled_illustrations(
    library: Library, illustrations_dir: Traversable | None = None
) -> list[Problem]:
    """Bundled exercises whose illustration file is not shipped.

    Kept apart from loading: a missing picture is a packaging bug, not a reason to hide the
    exercise, and the pictures may land after the text.
    """
    folder = (
        illustrations_dir if illustrations_dir is not None else assets.resource("illustrations")
    )
    problems = []
    for exercise in library.exercises.values():
        if exercise.source.kind is not SourceKind.BUNDLED or not exercise.illustration:
            continue
        if not (folder / exercise.illustration).is_file():
            problems.append(
                Problem(
                    exercise.source.path,
                    max(1, exercise.source.line),
                    f"exercise[{exercise.id}].illustration",
                    f"file {exercise.illustration!r} not found in resources/illustrations",
                )
            )
    return problems


# --- reading files ----------------------------------------------------------------------------


def _parse_bundled(bundled_dir: Traversable | None) -> list[ParsedFile]:
    """The bundled files, their texts in the current language (the user's files stay as is)."""
    root = bundled_dir if bundled_dir is not None else assets.library_dir()
    return [
        localise_file(
            _parse_file(node, Source(SourceKind.BUNDLED, str(node)), illustration_folder=None)
        )
        for node in _toml_files_below(root)
    ]


def _toml_files_below(root: Traversable) -> list[Traversable]:
    """Every ``*.toml`` below ``root``, sorted by relative path, so load order is stable."""
    found: list[tuple[str, Traversable]] = []
    pending: list[tuple[str, Traversable]] = [("", root)]
    while pending:
        prefix, folder = pending.pop()
        try:
            if not folder.is_dir():
                continue
            entries = list(folder.iterdir())
        except OSError as error:
            logger.error("Cannot list bundled library folder %s: %s", folder, error)
            continue
        for entry in entries:
            relative = f"{prefix}{entry.name}"
            if entry.is_dir():
                pending.append((f"{relative}/", entry))
            elif entry.name.endswith(ROUTINE_FILE_SUFFIX):
                found.append((relative, entry))
    return [node for _, node in sorted(found, key=lambda pair: pair[0])]


def _user_files(user_dir: Path | None) -> tuple[list[Path], list[Problem]]:
    """The user's ``*.toml`` files (not hidden ones such as editor lock files), sorted by name."""
    if user_dir is None:
        return [], []
    try:
        entries = list(user_dir.iterdir())
    except FileNotFoundError:
        return [], []
    except OSError as error:
        reason = error.strerror or str(error)
        message = translate("RoutineCheck", "cannot be read: {reason}").format(reason=reason)
        return [], [Problem(str(user_dir), 1, "folder", message)]
    files = [
        entry
        for entry in entries
        if entry.name.endswith(ROUTINE_FILE_SUFFIX) and not entry.name.startswith(".")
    ]
    return sorted(files, key=lambda path: path.name), []


def _parse_user_file(path: Path) -> ParsedFile:
    source = Source(SourceKind.USER, str(path))
    return _parse_file(path, source, illustration_folder=path.parent)


def _parse_file(
    node: Path | Traversable, source: Source, illustration_folder: Path | None
) -> ParsedFile:
    result = read_toml(node, source.path)
    if isinstance(result, Problem):
        return ParsedFile(source.path, source.kind, problems=[result])
    try:
        return parse_document(result.document, result.text, source, illustration_folder)
    except Exception:  # a bug in the checks must not stop the app from starting
        logger.exception("Internal error while checking %s", source.path)
        message = translate(
            "RoutineCheck", "could not be checked because of an internal error; please report it"
        )
        return ParsedFile(
            source.path, source.kind, problems=[Problem(source.path, 1, FILE_FIELD, message)]
        )


# --- putting files together ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Origin:
    """Which file an accepted id came from."""

    parsed: ParsedFile
    line: int


class _Assembly:
    """Accepted items of all files so far, and the Problems that kept others out."""

    def __init__(self) -> None:
        self.exercises: dict[str, Exercise] = {}
        self.routines: dict[str, Routine] = {}
        self.problems: list[Problem] = []
        self._origins: dict[tuple[str, str], _Origin] = {}
        self._accepted: list[ParsedFile] = []
        self._skipped_exercises: dict[str, str] = {}
        self.withdrawn_files: set[str] = set()
        """User files accepted at first, then dropped for a broken reference or a loop."""

    def add(self, parsed: ParsedFile, *, all_or_nothing: bool) -> None:
        """Accept a file's items; with ``all_or_nothing`` any problem skips the whole file."""
        conflicts = self._id_conflicts(parsed)
        problems = [*parsed.problems, *conflicts.values()]
        if all_or_nothing and problems:
            self._skip(parsed, problems)
            return
        self.problems.extend(problems)
        for kind, item in _items(parsed):
            if (kind, item.id) in self._origins:  # the first definition wins
                continue
            if isinstance(item, Exercise):
                self.exercises[item.id] = item
            else:
                self.routines[item.id] = item
            self._origins[kind, item.id] = _Origin(parsed, item.source.line)
        self._accepted.append(parsed)

    def _skip(self, parsed: ParsedFile, problems: Iterable[Problem]) -> None:
        self.problems.extend(problems)
        for declared in parsed.declared_ids:
            if declared.kind == "exercise":
                self._skipped_exercises.setdefault(declared.id, parsed.display_path)

    def _id_conflicts(self, parsed: ParsedFile) -> dict[tuple[str, str], Problem]:
        """Ids this file reuses: from an accepted file, or twice within itself."""
        conflicts: dict[tuple[str, str], Problem] = {}
        seen_here: dict[tuple[str, str], int] = {}
        for declared in parsed.declared_ids:
            key = (declared.kind, declared.id)
            if key in seen_here:
                if declared.kind == "exercise":
                    used = translate(
                        "RoutineCheck",
                        "id {id} is already used by the exercise at line {line} of this file; "
                        "give this one a new id",
                    )
                else:
                    used = translate(
                        "RoutineCheck",
                        "id {id} is already used by the routine at line {line} of this file; "
                        "give this one a new id",
                    )
                message = used.format(id=repr(declared.id), line=seen_here[key])
            elif key in self._origins:
                message = self._reuse_message(*key)
            else:
                seen_here[key] = declared.line
                continue
            field = f"{declared.kind}[{declared.id}].id"
            conflicts.setdefault(key, Problem(parsed.display_path, declared.line, field, message))
        return conflicts

    def _reuse_message(self, kind: str, item_id: str) -> str:
        origin = self._origins[kind, item_id]
        item = self.exercises[item_id] if kind == "exercise" else self.routines[item_id]
        title = item.name if isinstance(item, Exercise) else item.title
        if origin.parsed.kind is SourceKind.BUNDLED:
            if kind == "exercise":
                used = translate(
                    "RoutineCheck",
                    "id {id} is already used by the bundled exercise {title}; "
                    "to change a bundled one, copy it under a new id",
                )
            else:
                used = translate(
                    "RoutineCheck",
                    "id {id} is already used by the bundled routine {title}; "
                    "to change a bundled one, copy it under a new id",
                )
        elif kind == "exercise":
            used = translate(
                "RoutineCheck",
                "id {id} is already used by the exercise {title} in {place}; "
                "give this one a new id",
            )
        else:
            used = translate(
                "RoutineCheck",
                "id {id} is already used by the routine {title} in {place}; give this one a new id",
            )
        place = f"{origin.parsed.display_path}:{origin.line}"
        return used.format(id=repr(item_id), title=repr(title), place=place)

    def resolve_references(self, *, drop: bool, files: Sequence[ParsedFile] | None = None) -> None:
        """Report references to unknown exercises; with ``drop``, remove what depends on them.

        Dropping can orphan further references (a skipped user file takes its exercises with
        it), so this repeats until nothing changes.
        """
        candidates = list(files) if files is not None else self._accepted
        # When only checking, an exercise with problems of its own still counts as defined.
        defined_anyway = (
            set()
            if drop
            else {
                declared.id
                for parsed in candidates
                for declared in parsed.declared_ids
                if declared.kind == "exercise"
            }
        )
        changed = True
        while changed:
            changed = False
            for parsed in list(candidates):
                live = self._live_references(parsed)
                broken = [
                    ref
                    for ref in live
                    if ref.target not in self.exercises and ref.target not in defined_anyway
                ]
                if not broken:
                    continue
                changed = drop
                self.problems.extend(self._unknown_reference(parsed, ref) for ref in broken)
                parsed.references = [ref for ref in parsed.references if ref not in broken]
                if not drop:
                    continue
                if parsed.kind is SourceKind.USER:
                    candidates.remove(parsed)
                    self._withdraw_file(parsed)
                else:
                    self._withdraw(parsed, {(ref.owner_kind, ref.owner_id) for ref in broken})

    def _live_references(self, parsed: ParsedFile) -> list[Reference]:
        """References whose owning item is still accepted from this very file."""
        return [
            ref
            for ref in parsed.references
            if (origin := self._origins.get((ref.owner_kind, ref.owner_id))) is not None
            and origin.parsed is parsed
        ]

    def report_cycles(self, *, drop: bool) -> bool:
        """Report ``easier``/``harder`` chains that lead back to where they started.

        Anything following the chain (the workout's "easier" button, progression) would go round
        in circles. The problem is placed on the link that closes the loop, in the file read
        last; with ``drop`` that user file is withdrawn (a bundled link is just cut). Returns
        whether anything was found.
        """
        found = False
        for link in ("easier", "harder"):
            done: set[str] = set()
            for start in list(self.exercises):
                path: list[str] = []
                current: str | None = start
                while current is not None and current in self.exercises and current not in done:
                    if current in path:
                        self._report_cycle(path[path.index(current) :], link, drop=drop)
                        found = True
                        break
                    path.append(current)
                    current = getattr(self.exercises[current], link)
                done.update(path)
        return found

    def _report_cycle(self, cycle: list[str], link: str, *, drop: bool) -> None:
        rank = {id(parsed): index for index, parsed in enumerate(self._accepted)}
        closing = max(
            cycle,
            key=lambda item: (
                rank.get(id(self._origins_of(item)), -1),
                self.exercises[item].source.line,
            ),
        )
        parsed = self._origins_of(closing)
        start = cycle.index(closing)
        loop = [*cycle[start:], *cycle[:start], closing]
        line = next(
            (
                ref.line
                for ref in parsed.references
                if ref.owner_id == closing and ref.field.endswith(f".{link}")
            ),
            self.exercises[closing].source.line,
        )
        if link == "easier":
            loop_text = translate(
                "RoutineCheck",
                "makes a loop: {loop}; each easier version must lead further, "
                "never back to an exercise already on the way",
            )
        else:
            loop_text = translate(
                "RoutineCheck",
                "makes a loop: {loop}; each harder version must lead further, "
                "never back to an exercise already on the way",
            )
        message = loop_text.format(loop=" → ".join(loop))
        field = f"exercise[{closing}].{link}"
        self.problems.append(Problem(parsed.display_path, max(1, line), field, message))
        if not drop:
            return
        if parsed.kind is SourceKind.USER:
            self._withdraw_file(parsed)
        else:
            unlinked: dict[str, Any] = {link: None}
            cut = dataclasses.replace(self.exercises[closing], **unlinked)
            self.exercises[closing] = cut

    def _origins_of(self, exercise_id: str) -> ParsedFile:
        return self._origins["exercise", exercise_id].parsed

    def _withdraw_file(self, parsed: ParsedFile) -> None:
        self.withdrawn_files.add(parsed.display_path)
        self._withdraw(parsed, {(kind, item.id) for kind, item in _items(parsed)})

    def _withdraw(self, parsed: ParsedFile, keys: set[tuple[str, str]]) -> None:
        for kind, item_id in keys:
            origin = self._origins.get((kind, item_id))
            if origin is None or origin.parsed is not parsed:
                continue
            del self._origins[kind, item_id]
            if kind == "exercise":
                del self.exercises[item_id]
                self._skipped_exercises.setdefault(item_id, parsed.display_path)
            else:
                del self.routines[item_id]

    def _unknown_reference(self, parsed: ParsedFile, ref: Reference) -> Problem:
        target = repr(ref.target)
        if (skipped_in := self._skipped_exercises.get(ref.target)) is not None:
            message = translate(
                "RoutineCheck",
                "unknown exercise {id}; it is defined in {file}, which was skipped for its own "
                "problems",
            ).format(id=target, file=skipped_in)
        elif hint := suggestion(ref.target, self.exercises):
            message = translate(
                "RoutineCheck",
                "unknown exercise {id}{hint} Use the id of a bundled exercise or of one in your "
                "own files",
            ).format(id=target, hint=hint)
        else:
            message = translate(
                "RoutineCheck",
                "unknown exercise {id}; use the id of a bundled exercise or of one in your own "
                "files",
            ).format(id=target)
        return Problem(parsed.display_path, max(1, ref.line), ref.field, message)


def _items(parsed: ParsedFile) -> list[tuple[str, Exercise | Routine]]:
    return [
        *(("exercise", exercise) for exercise in parsed.exercises),
        *(("routine", routine) for routine in parsed.routines),
    ]

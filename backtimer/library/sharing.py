"""Share one routine as one file, and import such a file into a data directory.

A shared routine is a zip archive holding one routine file, ``<routine id>.toml`` in the documented
format, with the user's own exercises it needs (bundled ones exist everywhere) and their pictures
beside it as ``<exercise id>.svg|png``. A zip keeps pictures as they are and opens with any
archive tool, so a physio can read the TOML inside. Import also takes a plain ``.toml`` file
written by hand (its pictures beside it). Either way the file is checked by the loader first, so a
broken file is refused with ``FILE:LINE: field: message`` lines and nothing is written.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import os
import re
import stat
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from backtimer.errors import UserFacingError
from backtimer.i18n import translate
from backtimer.library._items import ILLUSTRATION_SUFFIXES, parse_document
from backtimer.library._toml_source import (
    NotARegularFileError,
    picture_problem,
    read_regular_file,
    read_toml,
)
from backtimer.library.loader import ROUTINE_FILE_SUFFIX, check_files
from backtimer.library.model import Block, Exercise, Library, Problem, Routine, Source, SourceKind
from backtimer.library.user_store import UserRoutineStore, new_id, taken_ids
from backtimer.library.writer import document_text
from backtimer.paths import not_replaceable

logger = logging.getLogger(__name__)

SHARE_SUFFIX = ".zip"
MAX_MEMBERS = 64
MAX_UNPACKED_BYTES = 32 * 1024 * 1024
_ENCRYPTED = 0x1
"""Zip general-purpose flag bit 0: the member is encrypted."""
SHARE_COMMENT = (
    "A Backtimer routine, shared as a file. Import it with Routines → Import routine file…\n"
    "Format: docs/routine-format.md"
)


class ShareError(UserFacingError):
    """A routine file cannot be exported or imported; the message says why and what to do."""


class ShareProblemsError(ShareError):
    """The shared file has problems the loader found; ``problems`` are ``FILE:LINE`` records."""

    def __init__(self, display_name: str, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            translate("Sharing", "{file} was not imported because it has problems:\n").format(
                file=display_name
            )
            + problem_lines(problems)
        )


class RoutineIdClash(ShareError):
    """The shared routine's id is taken; import again under ``suggested_id`` to keep both."""

    def __init__(self, routine_id: str, existing_title: str, suggested_id: str) -> None:
        self.routine_id = routine_id
        self.existing_title = existing_title
        self.suggested_id = suggested_id
        super().__init__(
            translate(
                "Sharing",
                "You already have a routine with the id {routine_id!r} "
                "(“{existing_title}”). Import this one under the new id {suggested_id!r} "
                "to keep both.",
            ).format(
                routine_id=routine_id, existing_title=existing_title, suggested_id=suggested_id
            )
        )


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote: the routine as saved, and exercises renamed or reused on the way."""

    routine: Routine
    path: Path
    renamed_exercises: Mapping[str, str]
    reused_exercises: tuple[str, ...]


def problem_lines(problems: Sequence[Problem]) -> str:
    """The problems as the CLI prints them, one ``FILE:LINE: field: message`` per line."""
    return "\n".join(str(problem) for problem in problems)


# --- export -------------------------------------------------------------------------------------


def exercises_to_share(routine: Routine, library: Library) -> list[Exercise]:
    """The user's exercises the routine needs, including their easier/harder variants."""
    wanted = [block.exercise_id for block in routine.blocks]
    found: dict[str, Exercise] = {}
    while wanted:
        exercise = library.exercises.get(wanted.pop(0))
        if exercise is None or exercise.id in found or exercise.source.kind is SourceKind.BUNDLED:
            continue
        found[exercise.id] = exercise
        wanted += [variant for variant in (exercise.easier, exercise.harder) if variant]
    return list(found.values())


def suggested_file_name(routine: Routine) -> str:
    return f"{routine.id}{SHARE_SUFFIX}"


def export_routine(routine: Routine, library: Library, destination: Path) -> Path:
    """Write the share file to ``destination`` (replaced whole, never left half-written)."""
    exercises = exercises_to_share(routine, library)
    pictures: dict[str, tuple[Path, Path]] = {}
    shared = []
    for exercise in exercises:
        if exercise.illustration:
            member = f"{exercise.id}{PurePath(exercise.illustration).suffix.lower()}"
            folder = Path(exercise.source.path).parent
            pictures[member] = (Path(exercise.illustration), folder)
            exercise = dataclasses.replace(exercise, illustration=member)
        shared.append(exercise)
    text = document_text(exercises=shared, routines=[routine], comment=SHARE_COMMENT)
    refusal = not_replaceable(destination)
    if refusal is not None:
        raise ShareError(
            translate("Sharing", "Cannot write the routine file: {refusal}.").format(
                refusal=refusal
            )
        )
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent
        )
        os.close(handle)
        temporary = Path(name)
        try:
            with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(f"{routine.id}{ROUTINE_FILE_SUFFIX}", text)
                for member, (picture, folder) in pictures.items():
                    archive.writestr(member, _picture_bytes(picture, folder))
            with temporary.open("rb") as stream:
                os.fsync(stream.fileno())
            os.replace(temporary, destination)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as error:
        raise ShareError(
            translate(
                "Sharing", "Cannot write {destination}: {reason}. Choose a folder you can write to."
            ).format(destination=destination, reason=error.strerror or error)
        ) from error
    return destination


def _picture_bytes(picture: Path, folder: Path) -> bytes:
    """A picture to ship, only if it is a regular file inside its exercise's own folder."""
    refused = picture_problem(picture, folder)
    if refused is not None:
        raise ShareError(
            translate("Sharing", "Cannot share the picture: {refused}.").format(refused=refused)
        )
    data = read_regular_file(picture, MAX_UNPACKED_BYTES + 1)
    if len(data) > MAX_UNPACKED_BYTES:
        raise ShareError(
            translate(
                "Sharing", "The picture {picture} is too big to share; use a smaller file."
            ).format(picture=picture)
        )
    return data


# --- import -------------------------------------------------------------------------------------


def import_routine(
    file: Path,
    store: UserRoutineStore,
    library: Library,
    *,
    as_id: str | None = None,
    as_title: str | None = None,
) -> ImportResult:
    """Check ``file`` and add its routine (and exercises) to the store's folder.

    Raises ``ShareProblemsError`` for a broken file and ``RoutineIdClash`` when the routine's id
    is taken (call again with ``as_id``). A user exercise with the same id is reused when it is
    the same exercise, and otherwise imported under a new id.
    """
    with tempfile.TemporaryDirectory(prefix="backtimer-import-") as scratch:
        toml_file, display = _unpack(file, Path(scratch))
        routine, exercises = _read_checked(toml_file, display)
        for exercise in exercises:
            if exercise.illustration:
                _check_picture(Path(exercise.illustration), display)
        clash = library.routines.get(as_id or routine.id)
        if clash is not None:
            suggested = new_id(routine.title, taken_ids(library))
            raise RoutineIdClash(clash.id, clash.title, suggested)
        routine = dataclasses.replace(
            routine, id=as_id or routine.id, title=(as_title or routine.title).strip()
        )
        taken = taken_ids(library) | {routine.id} | {exercise.id for exercise in exercises}
        renames: dict[str, str] = {}
        reused: list[str] = []
        for exercise in exercises:
            existing = library.exercises.get(exercise.id)
            if existing is None:
                continue
            if _same_exercise(existing, exercise):
                reused.append(exercise.id)
            else:
                renames[exercise.id] = new_id(exercise.name, taken, fallback="my_exercise")
                taken.add(renames[exercise.id])
        kept = [_renamed(e, renames) for e in exercises if e.id not in reused]
        routine = dataclasses.replace(
            routine, blocks=tuple(_renamed_block(b, renames) for b in routine.blocks)
        )
        pictures = {
            exercise.id: Path(exercise.illustration) for exercise in kept if exercise.illustration
        }
        path, _placed, _ = store.write_new_file(
            f"{routine.id}{ROUTINE_FILE_SUFFIX}", kept, [routine], pictures
        )
    logger.info("Imported routine %s from %s into %s", routine.id, file, path)
    return ImportResult(routine, path, renames, tuple(reused))


def _unpack(file: Path, scratch: Path) -> tuple[Path, str]:
    """The routine TOML to check and the name to show in messages (``share.zip/x.toml``)."""
    if file.suffix.lower() == ROUTINE_FILE_SUFFIX:
        return file, str(file)
    try:
        data = read_regular_file(file, MAX_UNPACKED_BYTES + 1)
        if len(data) > MAX_UNPACKED_BYTES:
            raise ShareError(
                translate(
                    "Sharing", "{file} is too big to be a shared routine; it was not imported."
                ).format(file=file.name)
            )
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [info for info in archive.infolist() if not info.is_dir()]
            _check_members(file, members)
            if any(info.flag_bits & _ENCRYPTED for info in members):
                raise ShareError(
                    translate(
                        "Sharing",
                        "{file} is protected by a password, so it cannot be read. Ask for the "
                        "routine to be shared again without a password.",
                    ).format(file=file.name)
                )
            for info in members:
                with archive.open(info) as source:
                    data = source.read(MAX_UNPACKED_BYTES + 1)
                if len(data) != info.file_size:
                    raise ShareError(
                        translate(
                            "Sharing", "{file} is damaged: {member} has the wrong size."
                        ).format(file=file.name, member=info.filename)
                    )
                (scratch / info.filename).write_bytes(data)
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, ValueError) as error:
        raise ShareError(
            translate(
                "Sharing",
                "{file} is not a Backtimer routine file (a .zip or .toml), or it is "
                "damaged; it was not imported.",
            ).format(file=file.name)
        ) from error
    except NotARegularFileError as error:
        raise ShareError(
            translate("Sharing", "Cannot read {file}: it {error}.").format(file=file, error=error)
        ) from error
    except OSError as error:
        raise ShareError(
            translate("Sharing", "Cannot read {file}: {reason}.").format(
                file=file, reason=error.strerror or error
            )
        ) from error
    (toml_name,) = [info.filename for info in members if info.filename.endswith(".toml")]
    return scratch / toml_name, f"{file.name}/{toml_name}"


def _check_members(file: Path, members: Sequence[zipfile.ZipInfo]) -> None:
    """Only flat file names of the kinds a share holds, one TOML, sizes within reason."""
    allowed = (ROUTINE_FILE_SUFFIX, *ILLUSTRATION_SUFFIXES)
    if len(members) > MAX_MEMBERS or sum(i.file_size for i in members) > MAX_UNPACKED_BYTES:
        raise ShareError(
            translate(
                "Sharing", "{file} is too big to be a shared routine; it was not imported."
            ).format(file=file.name)
        )
    for info in members:
        name = info.filename
        unix_kind = stat.S_IFMT(info.external_attr >> 16)
        if unix_kind not in (0, stat.S_IFREG):  # a symlink or device entry: never a picture
            raise ShareError(
                translate(
                    "Sharing",
                    "{file} holds {name!r} as a link or special file, which a shared routine "
                    "never contains; it was not imported.",
                ).format(file=file.name, name=name)
            )
        if "/" in name or "\\" in name or name.startswith(".") or not name.endswith(allowed):
            raise ShareError(
                translate(
                    "Sharing",
                    "{file} holds {name!r}, which a shared routine never contains; it was "
                    "not imported.",
                ).format(file=file.name, name=name)
            )
    tomls = [info for info in members if info.filename.endswith(ROUTINE_FILE_SUFFIX)]
    if len(tomls) != 1:
        raise ShareError(
            translate(
                "Sharing", "{file} holds {count} routine files; a shared routine holds exactly one."
            ).format(file=file.name, count=len(tomls))
        )


def _read_checked(toml_file: Path, display: str) -> tuple[Routine, list[Exercise]]:
    """The file's single routine and its exercises, or every problem the loader finds."""
    problems = [
        dataclasses.replace(problem, path=display)
        for problem in check_files([toml_file])
        if problem.path == str(toml_file)
    ]
    if problems:
        raise ShareProblemsError(display, problems)
    source = read_toml(toml_file, str(toml_file))
    if isinstance(source, Problem):  # changed on disk since the check
        raise ShareProblemsError(display, [dataclasses.replace(source, path=display)])
    parsed = parse_document(
        source.document, source.text, Source(SourceKind.USER, str(toml_file)), toml_file.parent
    )
    if len(parsed.routines) != 1:
        raise ShareError(
            translate(
                "Sharing",
                "{file} holds {count} routines; a shared routine file holds exactly one. "
                "To use them all, copy the file into your routines folder instead.",
            ).format(file=display, count=len(parsed.routines))
        )
    return parsed.routines[0], parsed.exercises


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_SVG_REFUSED = re.compile(
    rb"<!DOCTYPE|<!ENTITY|<script|<foreignObject|\son[a-z]+\s*=|"
    rb"(?:href|src)\s*=\s*[\"'](?!#|data:image/)",
    re.IGNORECASE,
)
"""What an exercise picture never needs and a stranger's file could use: entity declarations
(external files, entity bombs), scripts, event handlers and links to anything outside itself."""


def _check_picture(picture: Path, display: str) -> None:
    """A shared picture must be what its name says: a PNG, or an SVG that reaches nothing."""
    data = read_regular_file(picture, MAX_UNPACKED_BYTES + 1)
    if picture.suffix.lower() == ".png":
        if not data.startswith(PNG_SIGNATURE):
            raise ShareError(
                translate(
                    "Sharing",
                    "{file}: the picture {picture} is not a PNG image; it was not imported.",
                ).format(file=display, picture=picture.name)
            )
        return
    if b"<svg" not in data[:4096].lower() or _SVG_REFUSED.search(data):
        raise ShareError(
            translate(
                "Sharing",
                "{file}: the picture {picture} is not a plain SVG drawing (it declares "
                "entities, holds a script or links to other files); it was not imported.",
            ).format(file=display, picture=picture.name)
        )


def _same_exercise(mine: Exercise, theirs: Exercise) -> bool:
    """Equal text and an identical picture (or none): then the imported one is not needed."""
    if dataclasses.replace(mine, illustration=None) != dataclasses.replace(
        theirs, illustration=None
    ):
        return False
    if mine.illustration is None or theirs.illustration is None:
        return mine.illustration == theirs.illustration
    try:
        return Path(mine.illustration).read_bytes() == Path(theirs.illustration).read_bytes()
    except OSError:
        return False


def _renamed(exercise: Exercise, renames: Mapping[str, str]) -> Exercise:
    return dataclasses.replace(
        exercise,
        id=renames.get(exercise.id, exercise.id),
        easier=renames.get(exercise.easier, exercise.easier) if exercise.easier else None,
        harder=renames.get(exercise.harder, exercise.harder) if exercise.harder else None,
        dose=_renamed_block(exercise.dose, renames) if exercise.dose else None,
    )


def _renamed_block(block: Block, renames: Mapping[str, str]) -> Block:
    return dataclasses.replace(block, exercise_id=renames.get(block.exercise_id, block.exercise_id))

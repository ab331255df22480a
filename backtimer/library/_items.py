"""Turn one file's TOML document into Exercises and Routines, or Problems saying why not.

This checks everything that can be checked inside one file. What needs the whole library (ids
unique across files, exercise references) is left to ``loader.py`` through ``Reference`` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backtimer.i18n import translate
from backtimer.library._blocks import ALL_MODE_KEYS, BLOCK_KEYS, read_block
from backtimer.library._fields import FileReport, TableReader, describe, valid_id
from backtimer.library._locate import LineLocator, PathKey
from backtimer.library._toml_source import FILE_FIELD, NEEDS_CONTENT, picture_problem
from backtimer.library.model import (
    Block,
    Category,
    Exercise,
    Level,
    Problem,
    Routine,
    RoutineCategory,
    Source,
    SourceKind,
)

SUPPORTED_FORMAT = 1
MAX_BLOCKS = 60
MAX_NAME_CHARS = 120
"""Exercise names and routine titles: the longest bundled one has 47 characters."""
ILLUSTRATION_SUFFIXES = (".svg", ".png")

TOP_KEYS = ("format", "exercise", "routine")
EXERCISE_KEYS = (
    "id", "name", "category", "level", "equipment", "summary", "steps", "cues", "mistakes",
    "stop_if", "note", "illustration", "easier", "harder", "dose",
)  # fmt: skip
ROUTINE_KEYS = ("id", "title", "category", "level", "summary", "description", "prepare_s", "block")


@dataclass(frozen=True)
class Reference:
    """An exercise id that one item points at, checked once every file has been read."""

    owner_kind: str
    owner_id: str
    target: str
    line: int
    field: str


@dataclass(frozen=True)
class DeclaredId:
    """An id the file claims, valid item or not, so a clash is reported on the first check."""

    kind: str
    id: str
    line: int


@dataclass
class ParsedFile:
    """Everything one file defines that passed the single-file checks."""

    display_path: str
    kind: SourceKind
    exercises: list[Exercise] = field(default_factory=list)
    routines: list[Routine] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    declared_ids: list[DeclaredId] = field(default_factory=list)


def parse_document(
    document: dict[str, Any],
    text: str,
    source: Source,
    illustration_folder: Path | None,
) -> ParsedFile:
    """Build the file's items; ``illustration_folder`` is None for bundled files."""
    report = FileReport(source.path, LineLocator(text))
    parsed = ParsedFile(source.path, source.kind, problems=report.problems)
    top = TableReader(report, document, (), "")
    top.check_keys(TOP_KEYS)
    _check_format(top)
    if not top.has("exercise") and not top.has("routine") and report.problems == []:
        _report_no_items(report, text)
    builder = _ItemBuilder(report, source, illustration_folder, parsed)
    for index, data in _array_of_tables(top, "exercise", "[[exercise]]"):
        if (exercise := builder.exercise(index, data)) is not None:
            parsed.exercises.append(exercise)
    for index, data in _array_of_tables(top, "routine", "[[routine]]"):
        if (routine := builder.routine(index, data)) is not None:
            parsed.routines.append(routine)
    return parsed


def _report_no_items(report: FileReport, text: str) -> None:
    """An empty-looking file must not pass as "OK": it defines nothing the app could show."""
    written = [line.strip() for line in text.split("\n") if line.strip()]
    if written and all(line.startswith("#") for line in written):
        what = translate("RoutineCheck", "holds only comments; {rule}")
    elif written:
        what = translate("RoutineCheck", "defines nothing; {rule}")
    else:
        what = translate("RoutineCheck", "is empty; {rule}")
    message = what.format(rule=translate("RoutineCheck", NEEDS_CONTENT))
    report.problems.append(Problem(report.display_path, 1, FILE_FIELD, message))


def _check_format(top: TableReader) -> None:
    if not top.has("format"):
        return
    value = top.data["format"]
    if isinstance(value, int) and not isinstance(value, bool) and value > SUPPORTED_FORMAT:
        top.fail(
            "format",
            translate(
                "RoutineCheck",
                "format {value} is newer than this Backtimer understands ({supported}); "
                "update Backtimer to use this file",
            ).format(value=value, supported=SUPPORTED_FORMAT),
        )
    elif value != SUPPORTED_FORMAT or isinstance(value, bool):
        top.fail(
            "format",
            translate("RoutineCheck", "must be {supported}, got {value}").format(
                supported=SUPPORTED_FORMAT, value=describe(value)
            ),
        )


def _array_of_tables(
    reader: TableReader, key: str, header: str
) -> list[tuple[int, dict[str, Any]]]:
    """The tables under ``key`` with their 0-based index; anything else is reported."""
    if not reader.has(key):
        return []
    value = reader.data[key]
    if isinstance(value, dict):
        reader.fail(
            key,
            translate(
                "RoutineCheck", "must be written as {header} tables (double brackets), one per item"
            ).format(header=header),
        )
        return []
    if not isinstance(value, list):
        reader.fail(
            key,
            translate("RoutineCheck", "must be {header} tables, got {value}").format(
                header=header, value=describe(value)
            ),
        )
        return []
    tables = []
    for index, item in enumerate(value):
        if isinstance(item, dict):
            tables.append((index, item))
        else:
            reader.report.add(
                (*reader.location, key, index),
                f"{reader.field(key)}[{index + 1}]",
                translate(
                    "RoutineCheck", "must be a table written as {header}, got {value}"
                ).format(header=header, value=describe(item)),
            )
    return tables


def _label(kind: str, data: dict[str, Any], index: int) -> str:
    """``routine[rt_x]`` when the id is usable, else ``routine[3]`` (1-based)."""
    item_id = data.get("id")
    return f"{kind}[{item_id}]" if valid_id(item_id) else f"{kind}[{index + 1}]"


class _ItemBuilder:
    """Builds the items of one file into model objects (None for an item with problems)."""

    def __init__(
        self,
        report: FileReport,
        source: Source,
        illustration_folder: Path | None,
        parsed: ParsedFile,
    ) -> None:
        self._report = report
        self._source = source
        self._folder = illustration_folder
        self._parsed = parsed

    def _declare(self, kind: str, item_id: str, location: PathKey) -> None:
        if item_id:
            line = self._line((*location, "id"))
            self._parsed.declared_ids.append(DeclaredId(kind, item_id, line))

    def _line(self, location: PathKey) -> int:
        return self._report.locator.line_of(location)

    def _reference(
        self, reader: TableReader, key: str, owner_kind: str, owner_id: str
    ) -> Reference:
        line = self._line((*reader.location, key))
        return Reference(owner_kind, owner_id, reader.data[key], line, reader.field(key))

    def exercise(self, index: int, data: dict[str, Any]) -> Exercise | None:
        location = ("exercise", index)
        reader = TableReader(self._report, data, location, _label("exercise", data, index))
        reader.check_keys(EXERCISE_KEYS)
        exercise_id = reader.identifier()
        self._declare("exercise", exercise_id, location)
        name = reader.text("name", max_chars=MAX_NAME_CHARS, naming=True)
        category = reader.choice("category", Category)
        level = reader.choice("level", Level)
        equipment = reader.text_list("equipment")
        steps = reader.text_list("steps", required=True, min_items=3, max_items=5)
        cues = reader.text_list("cues")
        mistakes = reader.text_list("mistakes")
        stop_if = reader.text("stop_if")
        summary = reader.text("summary", default="")
        note = reader.text("note", default="")
        illustration = self._illustration(reader)
        variants = {key: reader.reference(key) for key in ("easier", "harder")}
        for key, target in variants.items():
            if target is not None and target == exercise_id:
                reader.fail(
                    key, translate("RoutineCheck", "must name another exercise, not this one")
                )
        dose = self._dose(reader, exercise_id)
        if not reader.ok:
            return None
        self._parsed.references.extend(
            self._reference(reader, key, "exercise", exercise_id)
            for key, target in variants.items()
            if target is not None
        )
        return Exercise(
            id=exercise_id,
            name=name,
            category=category,
            level=level,
            equipment=equipment,
            steps=steps,
            cues=cues,
            mistakes=mistakes,
            stop_if=stop_if,
            summary=summary,
            note=note,
            illustration=illustration,
            easier=variants["easier"],
            harder=variants["harder"],
            dose=dose,
            source=self._placed(location),
        )

    def _dose(self, reader: TableReader, exercise_id: str) -> Block | None:
        """The optional ``[exercise.dose]``: the exercise's own starting dose, as a block's keys.

        It is what a routine gets when it swaps to this exercise (a gentler or harder level), so
        the swap keeps the new exercise's own mode instead of the old one's numbers.
        """
        if not reader.has("dose"):
            return None
        data = reader.data["dose"]
        if not isinstance(data, dict):
            reader.fail(
                "dose",
                translate("RoutineCheck", "must be an [exercise.dose] table, got {value}").format(
                    value=describe(data)
                ),
            )
            return None
        dose_reader = TableReader(
            self._report, data, (*reader.location, "dose"), reader.field("dose")
        )
        if "exercise" in data:
            dose_reader.fail(
                "exercise",
                translate("RoutineCheck", "is not used here: the dose belongs to this exercise"),
            )
        dose_reader.data = {**data, "exercise": exercise_id or "placeholder"}
        return read_block(dose_reader)

    def _placed(self, location: PathKey) -> Source:
        return Source(self._source.kind, self._source.path, self._line(location))

    def _illustration(self, reader: TableReader) -> str | None:
        """Bundled: the file name as written. User: the absolute path of an existing file."""
        name = reader.text("illustration", default="")
        if not name:
            return None
        suffixes = " or ".join(ILLUSTRATION_SUFFIXES)
        if not name.lower().endswith(ILLUSTRATION_SUFFIXES) or any(ord(c) < 32 for c in name):
            reader.fail(
                "illustration",
                translate("RoutineCheck", "must be an {suffixes} file name, got {value}").format(
                    suffixes=suffixes, value=describe(name)
                ),
            )
            return None
        if self._folder is None:
            if "/" in name or "\\" in name:
                reader.fail(
                    "illustration",
                    translate(
                        "RoutineCheck",
                        "must be an {suffixes} file name in resources/illustrations, "
                        "without folders",
                    ).format(suffixes=suffixes),
                )
                return None
            return name
        relative = Path(name)
        if relative.is_absolute() or ".." in relative.parts:
            reader.fail(
                "illustration",
                translate(
                    "RoutineCheck",
                    "must be an {suffixes} file name in the folder of this file, got {name}",
                ).format(suffixes=suffixes, name=repr(name)),
            )
            return None
        resolved = (self._folder / relative).absolute()
        refused = picture_problem(resolved, self._folder)
        if refused is not None:
            reader.fail("illustration", refused)
            return None
        return str(resolved)

    def routine(self, index: int, data: dict[str, Any]) -> Routine | None:
        location = ("routine", index)
        reader = TableReader(self._report, data, location, _label("routine", data, index))
        in_block = translate(
            "RoutineCheck", "belongs in a [[routine.block]] table, not in the routine itself"
        )
        block_only = {
            key: in_block for key in (*BLOCK_KEYS, *ALL_MODE_KEYS) if key not in ROUTINE_KEYS
        }
        reader.check_keys(ROUTINE_KEYS, block_only)
        routine_id = reader.identifier()
        self._declare("routine", routine_id, location)
        title = reader.text("title", max_chars=MAX_NAME_CHARS, naming=True)
        category = reader.choice("category", RoutineCategory)
        level = reader.choice("level", Level)
        summary = reader.text("summary")
        description = reader.text("description", default="")
        prepare_s = reader.seconds("prepare_s", minimum=0.0, default=10.0)
        block_tables = _array_of_tables(reader, "block", "[[routine.block]]")
        if not reader.has("block"):
            reader.fail(
                "block",
                translate(
                    "RoutineCheck", "is required: 1 to {high} [[routine.block]] tables"
                ).format(high=MAX_BLOCKS),
            )
        elif (
            isinstance(reader.data["block"], list)
            and not 1 <= len(reader.data["block"]) <= MAX_BLOCKS
        ):
            count = len(reader.data["block"])
            reader.fail(
                "block",
                translate("RoutineCheck", "must have 1 to {high} blocks, got {count}").format(
                    high=MAX_BLOCKS, count=count
                ),
            )
        pending: list[Reference] = []
        blocks = []
        for block_index, block_data in block_tables:
            block_reader = TableReader(
                self._report,
                block_data,
                (*location, "block", block_index),
                f"{reader.label}.block[{block_index + 1}]",
            )
            block = read_block(block_reader)
            if block is not None:
                blocks.append(block)
                pending.append(self._reference(block_reader, "exercise", "routine", routine_id))
        if not reader.ok:
            return None
        self._parsed.references.extend(pending)
        return Routine(
            id=routine_id,
            title=title,
            category=category,
            level=level,
            summary=summary,
            blocks=tuple(blocks),
            prepare_s=prepare_s,
            description=description,
            source=self._placed(location),
        )

"""The bundled exercises and routines in the user's language; the user's own stay as written.

The library ships in English (``resources/library``). Its translations live in one catalogue per
language (``resources/translations/library_<lang>.ts``, one context per item, see
:func:`library_context`), which ``tools/translations.py`` builds with :func:`catalogue_texts`
from the very field lists this module translates, so what a translator sees and what the loader
looks up cannot drift apart. The loader calls :func:`localise_file` on every bundled file; in
English it returns at once, so the start path pays nothing.

A translated exercise keeps its English original in ``Exercise.english``: the browser reads the
body position and the equipment from it, so its filters work in every language.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from typing import Any

from backtimer.i18n import ENGLISH, current_language, translate_library
from backtimer.library._items import ParsedFile
from backtimer.library.model import Block, Exercise, Routine

EXERCISE_TEXTS = ("name", "summary", "steps", "cues", "mistakes", "stop_if", "note", "equipment")
"""Texts of an ``[[exercise]]``: the TOML keys, which are also the ``Exercise`` attributes."""
ROUTINE_TEXTS = ("title", "summary", "description")
BLOCK_TEXTS = ("note", "cue", "rep_labels", "work_label", "rest_label", "target")
"""Texts of a ``[[routine.block]]`` or ``[exercise.dose]``: a ``Block`` or dosage attribute."""
DOSE = "dose"


def library_context(kind: str, item_id: str) -> str:
    """The catalogue context of a bundled item: "exercise <id>" or "routine <id>"."""
    return f"{kind} {item_id}"


# --- the catalogue's side: texts of a TOML document ---------------------------------------------


def catalogue_texts(document: Mapping[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(context, English text, field) of every translatable text of one library file.

    Texts are stripped as the loader strips them, so they match what :func:`localise_file` looks
    up. The field ("steps 2", "block 3 cue", "dose rep_labels 1") tells the translator what it is.
    """
    for exercise in document.get("exercise", []):
        context = library_context("exercise", str(exercise.get("id", "")))
        yield from _table_texts(context, "", exercise, EXERCISE_TEXTS)
        dose = exercise.get(DOSE)
        if isinstance(dose, Mapping):
            yield from _table_texts(context, f"{DOSE} ", dose, BLOCK_TEXTS)
    for routine in document.get("routine", []):
        context = library_context("routine", str(routine.get("id", "")))
        yield from _table_texts(context, "", routine, ROUTINE_TEXTS)
        for number, block in enumerate(routine.get("block", []), start=1):
            if isinstance(block, Mapping):
                yield from _table_texts(context, f"block {number} ", block, BLOCK_TEXTS)


def _table_texts(
    context: str, prefix: str, table: Mapping[str, Any], fields: tuple[str, ...]
) -> Iterator[tuple[str, str, str]]:
    for field in fields:
        value = table.get(field)
        values = value if isinstance(value, list) else [value]
        for index, text in enumerate(values):
            if isinstance(text, str) and text.strip():
                name = f"{prefix}{field} {index + 1}" if isinstance(value, list) else prefix + field
                yield context, text.strip(), name


# --- the loader's side: translated items --------------------------------------------------------


def localise_file(parsed: ParsedFile) -> ParsedFile:
    """A bundled file's items in the current language (the file itself when that is English)."""
    if current_language() == ENGLISH:
        return parsed
    return dataclasses.replace(
        parsed,
        exercises=[localise_exercise(exercise) for exercise in parsed.exercises],
        routines=[localise_routine(routine) for routine in parsed.routines],
    )


def localise_exercise(exercise: Exercise) -> Exercise:
    context = library_context("exercise", exercise.id)
    changes = _translated(exercise, EXERCISE_TEXTS, context)
    if exercise.dose is not None:
        dose = _localise_block(exercise.dose, context)
        if dose is not exercise.dose:
            changes["dose"] = dose
    if not changes:
        return exercise
    return dataclasses.replace(exercise, **changes, english=exercise)


def localise_routine(routine: Routine) -> Routine:
    context = library_context("routine", routine.id)
    changes = _translated(routine, ROUTINE_TEXTS, context)
    blocks = tuple(_localise_block(block, context) for block in routine.blocks)
    if any(new is not old for new, old in zip(blocks, routine.blocks, strict=True)):
        changes["blocks"] = blocks
    return dataclasses.replace(routine, **changes) if changes else routine


def _localise_block(block: Block, context: str) -> Block:
    changes = _translated(block, BLOCK_TEXTS, context)
    dosage = block.dosage
    dosage_changes = _translated(dosage, BLOCK_TEXTS, context)
    if dosage_changes:
        changes["dosage"] = dataclasses.replace(dosage, **dosage_changes)
    return dataclasses.replace(block, **changes) if changes else block


def _translated(item: object, fields: tuple[str, ...], context: str) -> dict[str, Any]:
    """The fields of ``item`` whose translation differs, as ``dataclasses.replace`` wants them."""
    changes: dict[str, Any] = {}
    for field in fields:
        value = getattr(item, field, None)
        if isinstance(value, str):
            translated: object = translate_library(context, value) if value else value
        elif isinstance(value, tuple):
            translated = tuple(translate_library(context, text) for text in value)
        else:
            continue
        if translated != value:
            changes[field] = translated
    return changes

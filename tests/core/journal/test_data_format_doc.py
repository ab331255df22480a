"""docs/data-format.md matches the real schema, and its example queries run."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from backtimer.journal import SCHEMA_VERSION, Journal
from backtimer.journal.db import TABLES
from tests.journal_samples import fill_sample_journal

DOC = Path(__file__).parents[3] / "docs" / "data-format.md"
_SUBHEADING = re.compile(r"^### `?(\w+)`?$")


def _doc_sections() -> dict[str, list[list[str]]]:
    """{'### name': [cells of each body row, backticks removed]} for each table in the doc."""
    sections: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if heading := _SUBHEADING.match(line):
            current = sections.setdefault(heading[1], [])
        elif line.startswith("#"):
            current = None
        elif current is not None and line.startswith("| `"):
            current.append([cell.strip().replace("`", "") for cell in line.strip("|").split("|")])
    return sections


def _declared(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(name, 'TYPE [PRIMARY KEY | NOT NULL]') per column, as the doc writes them."""
    columns = []
    for _cid, name, kind, notnull, _default, pk in conn.execute(f"PRAGMA table_info({table})"):
        constraint = " PRIMARY KEY" if pk else " NOT NULL" if notnull else ""
        columns.append((name, f"{kind}{constraint}"))
    return columns


@pytest.fixture(scope="module")
def schema(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("doc") / "journal.sqlite3"
    journal = Journal.open(path)
    fill_sample_journal(journal)
    return journal.connection


def test_doc_documents_exactly_the_journal_tables(schema: sqlite3.Connection) -> None:
    """The doc has a section for every table of the schema, and for no other table."""
    real = {row[0] for row in schema.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
    assert real == set(TABLES)
    assert set(_doc_sections()) - {"Indexes"} == real


@pytest.mark.parametrize("table", TABLES)
def test_doc_columns_match_table_info(schema: sqlite3.Connection, table: str) -> None:
    """Each documented table lists every column, in order, with its declared type."""
    documented = [(cells[0], cells[1]) for cells in _doc_sections()[table]]
    assert documented == _declared(schema, table)


def test_doc_indexes_match_the_schema(schema: sqlite3.Connection) -> None:
    """The doc's index table names every index with its table and columns, in order."""
    real = {
        (name, table, ", ".join(row[2] for row in schema.execute(f"PRAGMA index_info({name})")))
        for name, table in schema.execute(
            "SELECT name, tbl_name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
        )
    }
    assert {tuple(cells) for cells in _doc_sections()["Indexes"]} == real


def test_doc_lists_every_schema_version() -> None:
    """The versions table ends at the current schema version."""
    text = DOC.read_text(encoding="utf-8")
    versions = [int(v) for v in re.findall(r"^\| (\d+) \|", text, flags=re.MULTILINE)]
    assert versions == list(range(SCHEMA_VERSION + 1))


def test_doc_example_queries_run(schema: sqlite3.Connection) -> None:
    """Every ```sql example in the doc runs against a filled journal and returns rows."""
    queries = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    assert len(queries) >= 3
    for query in queries:
        assert schema.execute(query).fetchall(), query


def test_doc_keeps_the_heading_the_export_module_fills() -> None:
    """The CSV section exists for the export documentation to live under."""
    assert "\n## CSV export columns\n" in DOC.read_text(encoding="utf-8")

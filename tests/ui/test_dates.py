"""Days read as each language writes them: "4. Juni 2026", "4 de junio de 2026", "4 June 2026".

German keeps the day's full stop and the month on one line (a no-break space between them)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backtimer.ui import wording
from backtimer.ui.trends.trend_chart import SECONDS_PER_DAY, _DayAxis, day_to_x

JUNE_4 = date(2026, 6, 4)
UI = Path(wording.__file__).resolve().parent


@pytest.mark.parametrize(
    ("language", "day", "weekday_day", "day_month"),
    [
        ("de", "4.\u00a0Juni 2026", "Do., 4.\u00a0Juni 2026", "6.\u00a0Aug."),
        ("es", "4 de junio de 2026", "jue 4 jun 2026", "6 ago"),
    ],
    indirect=["language"],
)
def test_a_day_reads_as_the_language_writes_it(
    language: str, day: str, weekday_day: str, day_month: str
) -> None:
    assert wording.day_text(JUNE_4) == day
    assert wording.day_text(QDate(2026, 6, 4)) == day
    assert wording.weekday_day_text(JUNE_4) == weekday_day
    assert wording.day_month_text(date(2026, 8, 6)) == day_month


def test_english_keeps_its_own_order(qapp: QApplication) -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert wording.day_text(JUNE_4, english) == "4 June 2026"
    assert wording.weekday_day_text(JUNE_4, english) == "Thu 4 Jun 2026"
    assert wording.day_month_text(date(2026, 8, 6), english) == "6 Aug"


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_german_chart_days_and_date_fields_carry_the_day_s_full_stop(
    language: str, qtbot: QtBot
) -> None:
    """The QA walk saw "6 Aug." on the chart and "4 Juni 2026" in History's date fields."""
    axis = _DayAxis(orientation="bottom")
    days = [day_to_x(date(2026, 8, 6)), day_to_x(date(2026, 8, 13))]
    assert axis.tickStrings(days, 1.0, 7 * SECONDS_PER_DAY) == ["6.\u00a0Aug.", "13.\u00a0Aug."]
    months = [day_to_x(date(2026, 7, 1)), day_to_x(date(2026, 8, 1))]
    assert axis.tickStrings(months, 1.0, 30 * SECONDS_PER_DAY) == ["Jul", "Aug"]
    assert QLocale().toString(QDate(2026, 6, 4), wording.field_pattern()) == "4.\u00a0Juni 2026"


_PATTERN = re.compile(r"MMM|yyyy|dd\.MM|MM/dd|dd/MM")
_TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def _untranslated_patterns(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    translated: set[int] = set()
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in _TRANSLATING:
                translated.update(id(arg) for arg in node.args)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            docstrings.add(id(node.value))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and _PATTERN.search(node.value)
            and id(node) not in translated | docstrings
        ):
            yield f"{path.relative_to(UI)}:{node.lineno}: {node.value!r}"


def test_no_window_writes_a_day_in_a_pattern_a_translator_cannot_reach() -> None:
    """A bare "d MMM yyyy" is English order in every language ("4 Juni 2026"): days go through
    ``backtimer.ui.wording`` or a pattern marked for translation."""
    found = [hit for path in sorted(UI.rglob("*.py")) for hit in _untranslated_patterns(path)]
    assert not found, found

"""Journal writes happen on a background thread, in order, and nothing queued is lost on close."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backtimer.journal.journal import Journal
from backtimer.journal.records import StepRecord
from backtimer.journal.worker import JournalWorker

T0 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def _step(index: int) -> StepRecord:
    return StepRecord(
        step_index=index,
        kind="work",
        exercise_id="stab_pelvic_tilt",
        exercise_name="Pelvic tilt",
        side=None,
        set_number=1,
        rep_number=0,
        planned_s=5.0,
        actual_s=5.0,
        started=T0 + timedelta(seconds=5 * index),
        ended=T0 + timedelta(seconds=5 * index + 5),
    )


def test_writes_run_in_order_and_close_drains_the_queue(tmp_path: Path) -> None:
    """Every queued step is committed, in submission order, by the time close() returns."""
    path = tmp_path / "journal.sqlite3"
    worker = JournalWorker(path)
    session_id = worker.submit(lambda j: j.start_session("rt", "Routine", 60.0, T0)).result()
    for index in range(50):
        worker.submit(lambda j, i=index: j.record_step(session_id, _step(i)))
    worker.close()
    with Journal.open(path) as journal:
        steps = journal.session_steps(session_id)
    assert [step.step_index for step in steps] == list(range(50))


def test_a_failed_write_is_reported_and_later_writes_still_run(tmp_path: Path) -> None:
    """One bad write does not stop the queue; the error reaches the callback."""
    errors: list[BaseException] = []
    worker = JournalWorker(tmp_path / "journal.sqlite3", on_error=errors.append)
    bad = worker.submit(lambda j: j.record_pain(11, "spot", T0))
    good = worker.submit(lambda j: j.record_pain(3, "spot", T0))
    with pytest.raises(ValueError, match="0"):
        bad.result()
    assert good.result() > 0
    worker.close()
    assert len(errors) == 1


def test_submit_after_close_is_refused(tmp_path: Path) -> None:
    """A closed worker refuses new writes loudly rather than dropping them."""
    worker = JournalWorker(tmp_path / "journal.sqlite3")
    worker.close()
    with pytest.raises(RuntimeError, match="closed"):
        worker.submit(lambda j: j.session_count())

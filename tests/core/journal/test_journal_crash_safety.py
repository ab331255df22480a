"""A process killed with SIGKILL mid-session loses no committed step and leaves a sound file."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from backtimer.journal import Journal

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]

KILLS = 20

# The child records steps as fast as it can and prints each index only AFTER its commit returned:
# every printed index is a promise the journal must keep.
CHILD = """
import sys
from datetime import UTC, datetime
from backtimer.journal import Journal, StepRecord

journal = Journal.open(sys.argv[1])
at = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
session_id = journal.start_session("crash", "Crash test", 60.0, at)
print("session", session_id, flush=True)
index = 0
while True:
    journal.record_step(session_id, StepRecord(
        index, "work", "cat_cow", "Cat-cow", None, 1, 1, 1.0, 1.0, at, at))
    print(index, flush=True)
    index += 1
"""


def _run_and_kill(journal_path: Path, rng: random.Random) -> tuple[int, list[int]]:
    """Start the child, let it commit a random number of steps, SIGKILL it; return what it said."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(journal_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ | {"PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    first = child.stdout.readline().split()
    assert first[0] == "session", first
    wait_for = rng.randint(0, 60)
    printed = [int(child.stdout.readline()) for _ in range(wait_for)]
    child.send_signal(signal.SIGKILL)  # lands wherever the child is: mid-commit or mid-print
    printed += [int(line) for line in child.stdout.read().split()]
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    return int(first[1]), printed


def test_no_committed_step_is_lost_across_sigkills(journal_path: Path) -> None:
    """20 SIGKILLs at random moments: every step reported committed is in the journal."""
    rng = random.Random(20261124)
    for _ in range(KILLS):
        session_id, printed = _run_and_kill(journal_path, rng)
        with Journal.open(journal_path) as journal:
            stored = {row.step_index for row in journal.session_steps(session_id)}
        assert set(printed) <= stored
        assert len(stored) - len(printed) <= 1  # at most the one committed just before the kill

    conn = sqlite3.connect(journal_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM session").fetchone()[0] == KILLS
    finally:
        conn.close()

"""A hostile-input campaign against the real command line: several hundred cases, one line each.

Run: ``.venv/bin/python tools/hostile_campaign.py`` (``--help`` for filters). Every case gets its
own throwaway data folder under a temporary directory (``BACKTIMER_DATA_DIR``, ``HOME`` and the
XDG folders all point there), runs ``backtimer …`` or ``python -m backtimer …`` in a subprocess
with a timeout, and checks what a user would suffer from:

* a hang (the timeout), a Python traceback, an exit status that lies (0 for refused input,
  non-zero for success);
* raw control characters reaching the terminal (ESC, BEL, other C0/C1, bidi controls);
* a message that does not name the file (and, for routine files, the line and field);
* the journal changed by an operation that failed, or a partial file left behind.

It is a QA tool, not part of the pytest suite (a few minutes long); tests/core/test_hostile_
campaign_smoke.py runs a small representative sample of it.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "bin"
PYTHON = str(VENV_BIN / "python") if (VENV_BIN / "python").exists() else sys.executable
BACKTIMER = str(VENV_BIN / "backtimer") if (VENV_BIN / "backtimer").exists() else None
BACKTIMER = BACKTIMER or shutil.which("backtimer") or ""
"""The console script; without one every case runs ``python -m backtimer``."""
TIMEOUT_S = 10.0

OK, REFUSED, ANY = "ok", "refused", "any"

_RAW_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


@dataclass
class Ctx:
    """One case's folders: ``root`` (scratch), ``data`` (the data folder), ``home``."""

    root: Path
    data: Path
    home: Path
    helpers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    mounts: list[Path] = field(default_factory=list)
    rollback_journal: bool = False
    """The journal as a restored backup leaves it: rollback mode, not yet opened by the app."""

    @property
    def journal(self) -> Path:
        return self.data / "journal.sqlite3"

    @property
    def routines(self) -> Path:
        return self.data / "routines"

    def file(self, name: str, content: bytes | str) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)
        return path

    def routine(self, name: str, content: bytes | str) -> Path:
        self.routines.mkdir(parents=True, exist_ok=True)
        path = self.routines / name
        path.write_bytes(content.encode() if isinstance(content, str) else content)
        return path


Setup = Callable[[Ctx], list[str]]
"""Prepares the case's files and returns the command's arguments (after ``backtimer``)."""


@dataclass
class Case:
    area: str
    what: str
    setup: Setup
    expect: str = ANY
    mentions: tuple[str, ...] = ()
    journal_kept: bool = False
    """The journal (if any) must be byte-identical afterwards."""
    no_new_files_in: tuple[str, ...] = ()
    """Folders (relative to the case root) where a failed run must leave nothing new."""
    check: Callable[[Ctx, subprocess.CompletedProcess[bytes]], str | None] | None = None
    python_snippet: str | None = None
    """Run ``python -c SNIPPET`` with the arguments instead of the CLI."""
    as_nobody: bool = False
    data_dir_in_env: bool = True
    """False: no BACKTIMER_DATA_DIR, so the default folder under the throwaway HOME is the
    user's "real" one."""
    timeout: float = TIMEOUT_S


@dataclass
class Outcome:
    case: Case
    passed: bool
    why: str
    seconds: float
    said: str = ""
    status: int | None = None


# --- fixtures -------------------------------------------------------------------------------------

_TEMPLATE_CACHE: dict[str, bytes] = {}


def demo_journal_bytes(scratch: Path) -> bytes:
    """Six months of example data, made once per run by ``--demo backup``."""
    if "demo" not in _TEMPLATE_CACHE:
        target = scratch / "demo-template.sqlite3"
        subprocess.run(
            [PYTHON, "-m", "backtimer", "--demo", "backup", "--output", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
            env=_env(scratch, scratch / "template-data"),
        )
        _as_the_app_leaves_it(target)
        _TEMPLATE_CACHE["demo"] = target.read_bytes()
    return _TEMPLATE_CACHE["demo"]


def demo_csv(scratch: Path, kind: str) -> str:
    """An export of the demo journal (``sessions``, ``steps`` or ``checkins``)."""
    key = f"csv-{kind}"
    if key not in _TEMPLATE_CACHE:
        flag = {"sessions": [], "steps": ["--steps"], "checkins": ["--checkins"]}[kind]
        out = scratch / f"demo-{kind}.csv"
        subprocess.run(
            [PYTHON, "-m", "backtimer", "--demo", "export", *flag, "-o", str(out)],
            check=True,
            capture_output=True,
            timeout=60,
            env=_env(scratch, scratch / "template-data"),
        )
        _TEMPLATE_CACHE[key] = out.read_bytes()
    return _TEMPLATE_CACHE[key].decode("utf-8-sig")


SCRATCH: Path = Path()


def with_journal(ctx: Ctx) -> None:
    ctx.data.mkdir(parents=True, exist_ok=True)
    ctx.journal.write_bytes(demo_journal_bytes(SCRATCH))
    if ctx.rollback_journal:
        conn = sqlite3.connect(ctx.journal)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()


def _as_the_app_leaves_it(path: Path) -> None:
    """A backup is in rollback mode; the app's journal is in WAL mode, which opening it would
    switch to (rewriting the header): start from the journal as a user has it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()


def _env(root: Path, data: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        # The checks read English messages: the caller's language (LANGUAGE, LC_ALL…) must
        # not turn them German, so the locale is set below, not inherited.
        if not key.startswith(("BACKTIMER", "XDG_", "PYTHON", "LANGUAGE", "LC_"))
    }
    home = root / "home"
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local/state"),
        XDG_RUNTIME_DIR=str(root / "run"),
        BACKTIMER_DATA_DIR=str(data),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        PYTHONIOENCODING="utf-8",
    )
    return env


def sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    except OSError:
        return None


SQLITE_SIDECARS = ("-wal", "-shm")
"""A read-only reader of a WAL journal leaves these (SQLite's own, not partial output)."""


def listing(folder: Path) -> set[str]:
    if not folder.is_dir():
        return set()
    found = set()
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            if not name.endswith(SQLITE_SIDECARS):
                found.add(str(Path(dirpath, name).relative_to(folder)))
    return found


# --- running --------------------------------------------------------------------------------------


def run_case(index: int, case: Case, scratch: Path) -> Outcome:
    started = time.monotonic()
    root = Path(tempfile.mkdtemp(prefix=f"case{index:04d}-", dir=scratch))
    ctx = Ctx(root=root, data=root / "data", home=root / "home")
    ctx.home.mkdir()
    (root / "run").mkdir(mode=0o700)
    try:
        try:
            argv = case.setup(ctx)
        except SkipCase as skip:
            return Outcome(case, True, f"SKIP {skip}", time.monotonic() - started)
        except Exception as error:  # a broken case is reported, not the end of the run
            return Outcome(case, False, f"setup failed: {error!r}"[:200], _since(started))
        before_hash = sha(ctx.journal)
        watched = {name: listing(root / name) for name in case.no_new_files_in}
        if case.python_snippet is not None:
            command = [PYTHON, "-c", case.python_snippet, *argv]
        elif index % 2 or not BACKTIMER:
            command = [PYTHON, "-m", "backtimer", *argv]
        else:
            command = [BACKTIMER, *argv]
        if case.as_nobody:
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        try:
            env = _env(root, ctx.data)
            if not case.data_dir_in_env:
                del env["BACKTIMER_DATA_DIR"]
            result = _run(command, env, case.timeout)
        except subprocess.TimeoutExpired:
            return Outcome(case, False, f"hang: no answer in {case.timeout:.0f} s", _since(started))
        why = judge(case, ctx, result, before_hash, watched) or devices_intact()
        said = _first((result.stderr + result.stdout).decode("utf-8", "replace"))
        return Outcome(case, why is None, why or "", _since(started), said, result.returncode)
    finally:
        for helper in ctx.helpers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(helper.pid, signal.SIGKILL)
            helper.wait()
        for mount in ctx.mounts:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)
        _make_removable(root)
        shutil.rmtree(root, ignore_errors=True)


def _since(started: float) -> float:
    return time.monotonic() - started


def _run(
    command: list[str], env: dict[str, str], timeout: float
) -> subprocess.CompletedProcess[bytes]:
    """Run in its own process group so a hang can be killed with everything it started."""
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=env["HOME"],
        start_new_session=True,
    )
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def _make_removable(root: Path) -> None:
    for dirpath, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(dirpath, name)
            if not path.is_symlink():
                with contextlib.suppress(OSError):
                    path.chmod(0o700)
    with contextlib.suppress(OSError):
        root.chmod(0o700)


DEVICES = {"/dev/full": (1, 7), "/dev/null": (1, 3), "/dev/zero": (1, 5)}


def devices_intact() -> str | None:
    """A write that ends in ``os.replace`` once put a CSV where /dev/full was (run as root):
    put the device back and say so."""
    import stat

    for device, (major, minor) in DEVICES.items():
        try:
            if stat.S_ISCHR(os.lstat(device).st_mode):
                continue
        except FileNotFoundError:
            pass
        with contextlib.suppress(OSError):
            os.unlink(device)
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
        os.chmod(device, 0o666)
        return f"replaced the device {device} (restored)"
    return None


def judge(
    case: Case,
    ctx: Ctx,
    result: subprocess.CompletedProcess[bytes],
    before_hash: str | None,
    watched: dict[str, set[str]],
) -> str | None:
    out = result.stdout.decode("utf-8", "replace")
    err = result.stderr.decode("utf-8", "replace")
    both = out + err
    if "Traceback (most recent call last)" in err:
        last = [line for line in err.strip().splitlines() if line.strip()][-1:]
        return f"traceback: {last[0][:160] if last else ''}"
    # CSV on stdout ends its lines with CR LF, which rewrites nothing on a terminal
    raw = _RAW_CONTROL.search(out.replace("\r\n", "\n") + err)
    if raw is not None:
        return f"raw control character U+{ord(raw.group()):04X} printed to the terminal"
    if result.returncode < 0:
        return f"killed by signal {-result.returncode}"
    if case.expect == OK and result.returncode != 0:
        return f"exit {result.returncode} for input that should work: {_first(err or out)}"
    if case.expect == REFUSED and result.returncode == 0:
        return f"exit 0 for refused input: {_first(both)}"
    if case.expect == REFUSED and not both.strip():
        return "refused without a word"
    for needle in case.mentions:
        if needle not in both:
            return f"message does not mention {needle!r}: {_first(both)}"
    failed = result.returncode != 0
    if (
        (case.journal_kept or failed)
        and before_hash is not None
        and sha(ctx.journal) != before_hash
    ):
        return "the journal changed"
    if failed:
        for name, before in watched.items():
            new = listing(ctx.root / name) - before
            if new:
                return f"left behind after failing: {sorted(new)[:3]}"
    if case.check is not None:
        return case.check(ctx, result)
    return None


def _first(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[0][:160] if lines else "(nothing printed)"


class SkipCase(Exception):
    """The case cannot run here (e.g. no unprivileged user)."""


# --- routine files --------------------------------------------------------------------------------

GOOD_EXERCISE = """
[[exercise]]
id = "{id}"
name = "{name}"
category = "stabilisation"
level = "beginner"
steps = ["One.", "Two.", "Three."]
stop_if = "Sharp pain."
{extra}
"""

GOOD_ROUTINE = """
[[routine]]
id = "{id}"
title = "{title}"
category = "stabilisation"
level = "beginner"
summary = "{summary}"

[[routine.block]]
exercise = "{exercise}"
mode = "hold"
hold_s = {hold}
reps = 5
rest_rep_s = 5
"""


def routine_text(
    rid: str = "my_routine",
    title: str = "My routine",
    exercise: str = "stab_pelvic_tilt",
    hold: str = "10",
    summary: str = "Mine.",
) -> str:
    return GOOD_ROUTINE.format(id=rid, title=title, exercise=exercise, hold=hold, summary=summary)


def exercise_text(eid: str, name: str = "Mine", extra: str = "") -> str:
    return GOOD_EXERCISE.format(id=eid, name=name, extra=extra)


def check_case(what: str, content: bytes | str, expect: str, *mentions: str) -> Case:
    """``routines check FILE`` on one file; refused ones name the file and line."""

    def setup(ctx: Ctx) -> list[str]:
        return ["routines", "check", str(ctx.file("mine.toml", content))]

    needles = ("mine.toml", *mentions) if expect == REFUSED else mentions
    return Case("routine", f"check: {what}", setup, expect, needles)


def list_case(what: str, content: bytes | str, *mentions: str, expect: str = OK) -> Case:
    """``routines list`` with the file in the user's folder: warns, still lists the rest."""

    def setup(ctx: Ctx) -> list[str]:
        ctx.routine("mine.toml", content)
        return ["routines", "list"]

    return Case("routine", f"list: {what}", setup, expect, ("rt_back_basics", *mentions))


CONTROL_SAMPLES = {
    "ESC": "\x1b[31m",
    "BEL": "\x07",
    "NUL-escape": "\\u0000",
    "CR": "\r",
    "DEL": "\x7f",
    "C1 CSI": "\u009b",
    "RLO": "\u202e",
    "LRI": "\u2066",
    "RLM": "\u200f",
    "LS": "\u2028",
}


def toml_string(value: str) -> str:
    """A basic TOML string holding ``value`` (control characters as \\u escapes)."""
    out = []
    for char in value:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def routine_cases() -> Iterator[Case]:
    good = routine_text()
    yield check_case("a sound file", good, OK)
    for what, content in {
        "empty file": "",
        "whitespace only": "   \n\t\n  ",
        "comment only": "# nothing here\n# at all\n",
        "BOM only": b"\xef\xbb\xbf",
        "format key only": "format = 1\n",
        "NUL bytes": b"\x00" * 64,
        "random bytes": bytes(range(256)) * 4,
        "invalid UTF-8": b'[[routine]]\nid = "a\xff\xfe"\n',
        "UTF-16 text": routine_text().encode("utf-16"),
        "Latin-1 text": routine_text(title="Caf\xe9").encode("latin-1"),
        "huge file (3 MiB)": "# " + "x" * (3 * 1024 * 1024) + "\n",
        "deeply nested arrays": "x = " + "[" * 5000 + "]" * 5000 + "\n",
        "deeply nested tables": "x = " + "{a = " * 2000 + "1" + "}" * 2000 + "\n",
        "unknown top-level key": "colour = 'red'\n" + good,
        "format 99": "format = 99\n" + good,
        "format as text": 'format = "1"\n' + good,
        "routine is a string": 'routine = "x"\n',
        "routine is a table not array": '[routine]\nid = "x"\n',
        "exercise is an int": "exercise = 5\n",
        "block not a table": good.replace("[[routine.block]]", "block = 1\n[[routine.nope]]"),
        "unclosed string at line 3": '[[routine]]\nid = "a"\ntitle = "oops\n',
        "duplicate key": good.replace('title = "My routine"', 'title = "A"\ntitle = "B"'),
        "duplicate id in one file": good + good,
        "missing id": good.replace('id = "my_routine"', ""),
        "missing blocks": good.split("[[routine.block]]")[0],
        "id with capitals": routine_text(rid="My_Routine"),
        "id with dash": routine_text(rid="my-routine"),
        "id too long": routine_text(rid="a" * 200),
        "id one letter": routine_text(rid="a"),
        "id reuses bundled one": routine_text(rid="rt_back_basics"),
        "id with unicode confusable": routine_text(rid="my_rоutine"),
        "missing exercise": routine_text(exercise="no_such_exercise"),
        "exercise id injection": routine_text(exercise="x\\u001b[2J"),
        "hold_s zero": routine_text(hold="0"),
        "hold_s negative": routine_text(hold="-5"),
        "hold_s nan": routine_text(hold="nan"),
        "hold_s inf": routine_text(hold="inf"),
        "hold_s -inf": routine_text(hold="-inf"),
        "hold_s huge": routine_text(hold="1" + "0" * 40),
        "hold_s 2^63": routine_text(hold="9223372036854775808"),
        "hold_s float": routine_text(hold="10.5"),
        "hold_s text": routine_text(hold='"10"'),
        "hold_s bool": routine_text(hold="true"),
        "hold_s array": routine_text(hold="[10]"),
        "hold_s table": routine_text(hold="{s = 10}"),
        "hold_s date": routine_text(hold="2026-01-01"),
        "title empty": routine_text(title=""),
        "title blank": routine_text(title="   "),
        "title 100k chars": routine_text(title="T" * 100_000),
        "misspelt key": good.replace("hold_s", "hodl_s"),
        "mode unknown": good.replace('mode = "hold"', 'mode = "fly"'),
        "reps zero": good.replace("reps = 5", "reps = 0"),
        "reps huge": good.replace("reps = 5", "reps = 99999999999"),
        "rest negative": good.replace("rest_rep_s = 5", "rest_rep_s = -1"),
        "pyramid empty": good.replace("reps = 5", "pyramid = []"),
        "pyramid with strings": good.replace("reps = 5", 'pyramid = ["a", 2]'),
        "pyramid of nan": good.replace("reps = 5", "pyramid = [nan, 3]"),
        "prepare_s huge": good.replace('summary = "Mine."', 'summary = "M"\nprepare_s = 1e300'),
        "sides wrong": good.replace("rest_rep_s = 5", 'rest_rep_s = 5\nsides = "both"'),
        "CRLF line endings": good.replace("\n", "\r\n"),
        "CR only line endings": good.replace("\n", "\r"),
        "syntax error on last line": good + "\n= oops\n",
        "syntax error at line 1": "[[[routine]]]\n" + good,
        "tab-indented": good.replace("\n", "\n\t"),
        "exercise only with no routine (sound)": exercise_text("my_ex"),
        "exercise with 2 steps": exercise_text("my_ex").replace(
            '["One.", "Two.", "Three."]', '["One.", "Two."]'
        ),
        "exercise with 50 steps": exercise_text("my_ex").replace(
            '["One.", "Two.", "Three."]', str([f"S{i}" for i in range(50)]).replace("'", '"')
        ),
        "exercise steps not a list": exercise_text("my_ex").replace(
            '["One.", "Two.", "Three."]', '"One."'
        ),
        "exercise category unknown": exercise_text("my_ex").replace("stabilisation", "flying"),
        "exercise easier of itself": exercise_text("my_ex", extra='easier = "my_ex"'),
        "exercise harder of itself": exercise_text("my_ex", extra='harder = "my_ex"'),
        "easier cycle of 2": exercise_text("my_a", extra='easier = "my_b"')
        + exercise_text("my_b", extra='easier = "my_a"'),
        "harder cycle of 2": exercise_text("my_a", extra='harder = "my_b"')
        + exercise_text("my_b", extra='harder = "my_a"'),
        "easier cycle of 3": exercise_text("my_a", extra='easier = "my_b"')
        + exercise_text("my_b", extra='easier = "my_c"')
        + exercise_text("my_c", extra='easier = "my_a"'),
        "easier cycle of 4": exercise_text("my_a", extra='easier = "my_b"')
        + exercise_text("my_b", extra='easier = "my_c"')
        + exercise_text("my_c", extra='easier = "my_d"')
        + exercise_text("my_d", extra='easier = "my_a"'),
        "harder cycle of 3": exercise_text("my_a", extra='harder = "my_b"')
        + exercise_text("my_b", extra='harder = "my_c"')
        + exercise_text("my_c", extra='harder = "my_a"'),
        "easier to missing exercise": exercise_text("my_a", extra='easier = "nope_nope"'),
        "illustration absolute path": exercise_text("my_a", extra='illustration = "/etc/passwd"'),
        "illustration traversal": exercise_text(
            "my_a", extra='illustration = "../../../etc/passwd"'
        ),
        "illustration missing": exercise_text("my_a", extra='illustration = "nope.svg"'),
        "illustration wrong kind": exercise_text("my_a", extra='illustration = "x.exe"'),
        "dose with nan": exercise_text(
            "my_a", extra='[exercise.dose]\nmode = "hold"\nhold_s = nan\nreps = 3'
        ),
        "dose with exercise key": exercise_text(
            "my_a", extra='[exercise.dose]\nexercise = "x"\nmode = "hold"\nhold_s = 5\nreps = 3'
        ),
    }.items():
        expect = OK if what in ("CRLF line endings", "tab-indented") else REFUSED
        if what in ("exercise only with no routine (sound)", "hold_s float"):
            expect = ANY
        yield check_case(what, content, expect)
    # control characters and confusables in every text field
    fields = {
        "title": lambda v: routine_text(title=v),
        "summary": lambda v: routine_text(summary=v),
        "exercise name": lambda v: exercise_text("my_ex", name=v),
        "exercise stop_if": lambda v: exercise_text("my_ex").replace("Sharp pain.", v),
        "exercise step": lambda v: exercise_text("my_ex").replace("Two.", v),
        "exercise cue": lambda v: exercise_text("my_ex", extra=f"cues = [{toml_string(v)}]"),
        "exercise note": lambda v: exercise_text("my_ex", extra=f"note = {toml_string(v)}"),
        "equipment": lambda v: exercise_text("my_ex", extra=f"equipment = [{toml_string(v)}]"),
        "work_label": lambda v: routine_text().replace(
            'mode = "hold"\nhold_s = 10\nreps = 5\nrest_rep_s = 5',
            f'mode = "interval"\nwork_s = 30\nwork_label = {toml_string(v)}\n'
            "rest_s = 10\nrounds = 2",
        ),
        "tap target": lambda v: routine_text().replace(
            'mode = "hold"\nhold_s = 10\nreps = 5\nrest_rep_s = 5',
            f'mode = "tap"\ntarget = {toml_string(v)}\nestimate_s = 60',
        ),
        "description": lambda v: routine_text().replace(
            'summary = "Mine."', f'summary = "Mine."\ndescription = {toml_string(v)}'
        ),
    }
    for field_name, make in fields.items():
        for label, control in CONTROL_SAMPLES.items():
            raw = "\x00" if label == "NUL-escape" else control
            value = f"Evil{raw}text"
            text = (
                make(toml_string(value)[1:-1])
                if field_name
                in ("title", "summary", "exercise name", "exercise stop_if", "exercise step")
                else make(value)
            )
            yield check_case(f"{label} in {field_name}", text, REFUSED)
    for what, title in {
        "confusable Cyrillic title": "Васк Basics",
        "zero-width joiner in title": "Back\u200dBasics",
        "emoji title": "Back 💪 Basics",
        "right-to-left script title": "תרגיל גב",
        "combining marks title": "Ba" + "\u0301" * 200 + "ck",
    }.items():
        yield check_case(what, routine_text(title=title), ANY)
    # file system oddities in the user's folder and on the command line
    yield from routine_fs_cases()
    # listing and showing files with hostile text
    for label, control in CONTROL_SAMPLES.items():
        if label == "NUL-escape":
            continue
        yield list_case(
            f"{label} in a title", routine_text(title=toml_string(f"X{control}Y")[1:-1])
        )
        yield show_case(
            f"{label} in a summary", routine_text(summary=toml_string(f"X{control}Y")[1:-1])
        )
    yield list_case("broken file", "= broken", "mine.toml")
    yield list_case("empty file", "", "mine.toml")
    yield list_case(
        "cycle",
        exercise_text("my_a", extra='easier = "my_b"')
        + exercise_text("my_b", extra='easier = "my_a"'),
        "mine.toml",
    )
    yield list_case("--json with control title", routine_text(title="X\\u001bY"))
    yield Case(
        "routine", "list --json with a title holding ESC", _list_json_setup, OK, ("my_routine",)
    )
    yield Case(
        "routine",
        "a broken file never hides a good one with the same id",
        _shadow_setup,
        OK,
        ("good title",),
    )
    yield Case(
        "routine",
        "show: unknown id",
        lambda ctx: ["routines", "show", "nope_nope"],
        REFUSED,
        ("nope_nope",),
    )
    yield Case(
        "routine", "show: id with ESC", lambda ctx: ["routines", "show", "x\x1b[2Jy"], REFUSED
    )
    yield Case("routine", "show: empty id", lambda ctx: ["routines", "show", ""], REFUSED)
    yield Case(
        "routine",
        "show: bundled",
        lambda ctx: ["routines", "show", "rt_back_basics"],
        OK,
        ("Back Basics",),
    )
    yield Case(
        "routine",
        "check: no such file",
        lambda ctx: ["routines", "check", str(ctx.root / "nope.toml")],
        REFUSED,
        ("nope.toml",),
    )
    yield Case("routine", "check: two files sharing exercises", _two_files_setup, OK)
    yield Case(
        "routine", "check: duplicate ids across two files", _dup_across_setup, REFUSED, ("b.toml",)
    )
    yield Case("routine", "check: same file given twice", _same_twice_setup, OK)
    yield Case("routine", "check: 200 files at once", _many_files_setup, OK)


def show_case(what: str, content: str) -> Case:
    def setup(ctx: Ctx) -> list[str]:
        ctx.routine("mine.toml", content)
        return ["routines", "show", "my_routine"]

    return Case("routine", f"show: {what}", setup, ANY)


def _list_json_setup(ctx: Ctx) -> list[str]:
    ctx.routine("mine.toml", routine_text(title="X\\u001b[31mY\\u202eZ"))
    return ["routines", "list", "--json"]


def _shadow_setup(ctx: Ctx) -> list[str]:
    ctx.routine("a_broken.toml", routine_text(title="bad title", hold="-1"))
    ctx.routine("b_good.toml", routine_text(title="good title"))
    return ["routines", "list"]


def _two_files_setup(ctx: Ctx) -> list[str]:
    a = ctx.file("a.toml", exercise_text("my_ex"))
    b = ctx.file("b.toml", routine_text(exercise="my_ex"))
    return ["routines", "check", str(a), str(b)]


def _dup_across_setup(ctx: Ctx) -> list[str]:
    a = ctx.file("a.toml", routine_text())
    b = ctx.file("b.toml", routine_text())
    return ["routines", "check", str(a), str(b)]


def _same_twice_setup(ctx: Ctx) -> list[str]:
    a = ctx.file("a.toml", routine_text())
    return ["routines", "check", str(a), str(a)]


def _many_files_setup(ctx: Ctx) -> list[str]:
    return [
        "routines",
        "check",
        *(str(ctx.file(f"f{i}.toml", routine_text(rid=f"my_r{i}"))) for i in range(200)),
    ]


def routine_fs_cases() -> Iterator[Case]:
    def fifo(ctx: Ctx, where: Path) -> Path:
        where.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(where)
        return where

    def symlink(target: str) -> Callable[[Ctx, Path], Path]:
        def make(ctx: Ctx, where: Path) -> Path:
            where.parent.mkdir(parents=True, exist_ok=True)
            real = Path(target.replace("{root}", str(ctx.root)))
            if "{root}" in target:
                real.parent.mkdir(parents=True, exist_ok=True)
                real.write_text(routine_text(rid="my_outside"))
            where.symlink_to(real)
            return where

        return make

    def directory(ctx: Ctx, where: Path) -> Path:
        where.mkdir(parents=True)
        (where / "inner.toml").write_text(routine_text())
        return where

    def dangling(ctx: Ctx, where: Path) -> Path:
        where.parent.mkdir(parents=True, exist_ok=True)
        where.symlink_to(ctx.root / "nowhere.toml")
        return where

    def loop(ctx: Ctx, where: Path) -> Path:
        where.parent.mkdir(parents=True, exist_ok=True)
        other = where.with_name("loop2.toml")
        where.symlink_to(other)
        other.symlink_to(where)
        return where

    def socket_file(ctx: Ctx, where: Path) -> Path:
        import socket

        where.parent.mkdir(parents=True, exist_ok=True)
        sock = socket.socket(socket.AF_UNIX)
        try:
            sock.bind(str(where))
        except OSError as error:
            raise SkipCase(f"cannot bind a socket: {error}") from None
        finally:
            sock.close()
        return where

    makers: dict[str, Callable[[Ctx, Path], Path]] = {
        "FIFO named *.toml": fifo,
        "symlink to /dev/zero": symlink("/dev/zero"),
        "symlink to /dev/urandom": symlink("/dev/urandom"),
        "symlink to /dev/stdin": symlink("/dev/stdin"),
        "symlink to a file outside": symlink("{root}/outside/secret.toml"),
        "directory named *.toml": directory,
        "dangling symlink": dangling,
        "symlink loop": loop,
        "socket named *.toml": socket_file,
    }
    for what, make in makers.items():
        expect = ANY if what == "symlink to a file outside" else REFUSED

        def check_setup(ctx: Ctx, make: Callable[[Ctx, Path], Path] = make) -> list[str]:
            return ["routines", "check", str(make(ctx, ctx.root / "x.toml"))]

        def list_setup(ctx: Ctx, make: Callable[[Ctx, Path], Path] = make) -> list[str]:
            ctx.routine("good.toml", routine_text())
            make(ctx, ctx.routines / "x.toml")
            return ["routines", "list"]

        def show_setup(ctx: Ctx, make: Callable[[Ctx, Path], Path] = make) -> list[str]:
            ctx.routine("good.toml", routine_text())
            make(ctx, ctx.routines / "x.toml")
            return ["routines", "show", "my_routine"]

        needles = ("x.toml",) if expect == REFUSED else ()
        yield Case("routine", f"check: {what}", check_setup, expect, needles)
        yield Case(
            "routine", f"list: {what} in the routines folder", list_setup, OK, ("my_routine",)
        )
        yield Case("routine", f"show: beside a {what}", show_setup, OK, ("My routine",))
    yield Case(
        "routine",
        "check: unreadable file (as nobody)",
        _unreadable_setup,
        REFUSED,
        ("x.toml",),
        as_nobody=True,
    )
    yield Case(
        "routine",
        "list: routines folder unreadable (as nobody)",
        _unreadable_dir_setup,
        ANY,
        as_nobody=True,
    )
    yield Case(
        "routine", "list: routines folder is a file", _routines_is_file, OK, ("rt_back_basics",)
    )
    yield Case("routine", "list: 500 files in the folder", _many_user_files, OK, ("my_r499",))
    yield Case("routine", "list: very long file name", _long_name, OK)
    yield Case("routine", "list: file name with ESC", _esc_name, OK)


def _nobody_ok(ctx: Ctx) -> None:
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        raise SkipCase("needs root and setpriv to run as nobody")
    for path in [ctx.root, *ctx.root.rglob("*")]:
        with contextlib.suppress(OSError):
            os.lchown(path, 65534, 65534)
    # nobody must be able to reach the case folder through its parents
    for parent in ctx.root.parents:
        if parent == Path("/"):
            break
        mode = parent.stat().st_mode
        if not mode & 0o001:
            raise SkipCase(f"{parent} is not searchable by others")


def _unreadable_setup(ctx: Ctx) -> list[str]:
    path = ctx.file("x.toml", routine_text())
    _nobody_ok(ctx)
    path.chmod(0)
    return ["routines", "check", str(path)]


def _unreadable_dir_setup(ctx: Ctx) -> list[str]:
    ctx.routine("x.toml", routine_text())
    _nobody_ok(ctx)
    ctx.routines.chmod(0)
    return ["routines", "list"]


def _routines_is_file(ctx: Ctx) -> list[str]:
    ctx.data.mkdir(parents=True)
    ctx.routines.write_text("not a folder")
    return ["routines", "list"]


def _many_user_files(ctx: Ctx) -> list[str]:
    for i in range(500):
        ctx.routine(f"f{i}.toml", routine_text(rid=f"my_r{i}"))
    return ["routines", "list"]


def _long_name(ctx: Ctx) -> list[str]:
    ctx.routine("l" * 250 + ".toml", routine_text())
    return ["routines", "list"]


def _esc_name(ctx: Ctx) -> list[str]:
    ctx.routine("evil\x1b[2J\x07.toml", "= broken")
    return ["routines", "list"]


# --- shares ---------------------------------------------------------------------------------------

SHARE_SNIPPET = """
import sys
from pathlib import Path
from backtimer.errors import UserFacingError
from backtimer.library.loader import load_library
from backtimer.library.sharing import import_routine
from backtimer.library.user_store import UserRoutineStore
from backtimer.paths import resolve_data_dir
from backtimer.cli.output import say, warn
paths = resolve_data_dir(None)
paths.ensure()
store = UserRoutineStore.for_data_dir(paths)
try:
    result = import_routine(Path(sys.argv[1]), store, load_library(paths.routines_dir))
except UserFacingError as error:
    warn(f"backtimer: {error}")
    sys.exit(2)
say(f"Imported {result.routine.id} to {result.path}")
for picture in sorted(paths.routines_dir.rglob("*")):
    say(f"file {picture.relative_to(paths.routines_dir)} {picture.stat().st_size}")
"""


def zip_bytes(members: list[tuple[str | zipfile.ZipInfo, bytes]], **kwargs: object) -> bytes:
    import io
    import warnings

    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # duplicate names are the point of one case
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def share_case(
    what: str, make: Callable[[Ctx], Path], expect: str, *mentions: str, check=None
) -> Case:
    def setup(ctx: Ctx) -> list[str]:
        ctx.routines.mkdir(parents=True, exist_ok=True)
        return [str(make(ctx))]

    return Case(
        "share",
        what,
        setup,
        expect,
        mentions,
        no_new_files_in=("data",),
        python_snippet=SHARE_SNIPPET,
        check=check,
    )


PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8"
    "ffff3f0005fe02fea7d6a4e60000000049454e44ae426082"
)


def share_cases() -> Iterator[Case]:
    routine = routine_text(exercise="my_ex")
    ex_pic = exercise_text("my_ex", extra='illustration = "my_ex.png"')
    sound = [("my_routine.toml", (ex_pic + routine).encode()), ("my_ex.png", PNG_1PX)]

    def zipped(
        members: list[tuple[str | zipfile.ZipInfo, bytes]], name: str = "s.zip"
    ) -> Callable[[Ctx], Path]:
        return lambda ctx: ctx.file(name, zip_bytes(members))

    def raw(data: bytes, name: str = "s.zip") -> Callable[[Ctx], Path]:
        return lambda ctx: ctx.file(name, data)

    yield share_case("a sound share", zipped(sound), OK, "my_routine")
    yield share_case(
        "a sound plain .toml", raw((exercise_text("my_ex") + routine).encode(), "s.toml"), OK
    )
    bomb = b"\0" * (200 * 1024 * 1024)
    yield share_case(
        "zip bomb: 200 MiB of zeros in the TOML",
        lambda ctx: ctx.file("s.zip", zip_bytes([("my_routine.toml", bomb)])),
        REFUSED,
        "s.zip",
    )
    yield share_case(
        "zip bomb: 40 MiB picture",
        zipped([sound[0], ("my_ex.png", b"\0" * (40 * 1024 * 1024))]),
        REFUSED,
        "s.zip",
    )
    yield share_case(
        "path traversal member", zipped([("../evil.toml", routine.encode())]), REFUSED, "s.zip"
    )
    yield share_case(
        "nested traversal member",
        zipped([sound[0], ("a/../../evil.png", PNG_1PX)]),
        REFUSED,
        "s.zip",
    )
    yield share_case(
        "absolute path member", zipped([("/tmp/evil.toml", routine.encode())]), REFUSED, "s.zip"
    )
    yield share_case(
        "backslash member", zipped([("..\\evil.toml", routine.encode())]), REFUSED, "s.zip"
    )
    yield share_case("dot file member", zipped([sound[0], (".bashrc.png", b"x")]), REFUSED, "s.zip")
    link = zipfile.ZipInfo("my_ex.png")
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    yield share_case(
        "symlink member to /etc/passwd",
        zipped([sound[0], (link, b"/etc/passwd")]),
        REFUSED,
        "s.zip",
    )
    yield share_case(
        "executable member", zipped([sound[0], ("run.sh", b"#!/bin/sh\n")]), REFUSED, "s.zip"
    )
    yield share_case(
        "two TOML files",
        zipped([("a.toml", routine.encode()), ("b.toml", routine.encode())]),
        REFUSED,
        "s.zip",
    )
    yield share_case("no TOML file", zipped([("my_ex.png", PNG_1PX)]), REFUSED, "s.zip")
    yield share_case("empty zip", zipped([]), REFUSED, "s.zip")
    yield share_case("duplicate members", zipped([sound[0], sound[0], sound[1]]), REFUSED, "s.zip")
    yield share_case("encrypted member", raw(_encrypted_zip()), REFUSED, "password")
    yield share_case("not a zip", raw(b"hello, I am text"), REFUSED, "s.zip")
    yield share_case("empty file", raw(b""), REFUSED, "s.zip")
    yield share_case("truncated zip", raw(zip_bytes(sound)[:-30]), REFUSED, "s.zip")
    yield share_case("corrupt zip body", raw(_corrupt(zip_bytes(sound))), REFUSED, "s.zip")
    yield share_case(
        "zip with 1000 members",
        zipped([(f"p{i}.png", b"x") for i in range(1000)]),
        REFUSED,
        "s.zip",
    )
    yield share_case(
        "member with ESC in name",
        zipped([("evil\x1b[2J.toml", routine.encode())]),
        REFUSED,
        "s.zip",
    )
    yield share_case("member with unicode name", zipped([("rûtine.toml", routine.encode())]), ANY)
    yield share_case(
        "TOML with a broken routine",
        zipped([("my_routine.toml", b"= oops")]),
        REFUSED,
        "s.zip/my_routine.toml",
    )
    yield share_case(
        "TOML with ESC in title",
        zipped([("my_routine.toml", routine_text(title="X\\u001bY").encode())]),
        REFUSED,
        "s.zip",
    )
    yield share_case(
        "picture that is not an image",
        zipped([sound[0], ("my_ex.png", b"MZ\x90\x00 not a png")]),
        REFUSED,
        "my_ex.png",
    )
    svg_routine = (exercise_text("my_ex", extra='illustration = "my_ex.svg"') + routine).encode()
    svg_head = (
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    )
    hostile_svgs = {
        "external entity": b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM '
        b'"file:///etc/passwd">]>' + svg_head + b"<text>&x;</text></svg>",
        "entity bomb": b'<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        + svg_head
        + b"<text>&b;</text></svg>",
        "script": svg_head + b"<script>alert(1)</script></svg>",
        "onload handler": svg_head.replace(b"<svg", b'<svg onload="alert(1)"') + b"</svg>",
        "external image link": svg_head + b'<image xlink:href="file:///etc/passwd"/></svg>',
        "http link": svg_head + b'<image href="http://example.org/x.png"/></svg>',
        "foreignObject": svg_head + b"<foreignObject><p>x</p></foreignObject></svg>",
        "not SVG at all": b"just text, not a drawing",
    }
    for what, svg in hostile_svgs.items():
        yield share_case(
            f"SVG picture: {what}",
            zipped([("my_routine.toml", svg_routine), ("my_ex.svg", svg)]),
            REFUSED,
            "my_ex.svg",
        )
    yield share_case(
        "SVG picture: plain drawing with an inner link and embedded PNG",
        zipped(
            [
                ("my_routine.toml", svg_routine),
                (
                    "my_ex.svg",
                    svg_head + b'<defs><circle id="c" r="3"/></defs><use xlink:href="#c"/>'
                    b'<image href="data:image/png;base64,iVBORw0KGgo="/></svg>',
                ),
            ]
        ),
        OK,
    )
    yield share_case("picture missing from the zip", zipped([sound[0]]), REFUSED, "s.zip")
    yield share_case(
        "picture reference outside",
        zipped(
            [
                (
                    "my_routine.toml",
                    (
                        exercise_text("my_ex", extra='illustration = "../../etc/passwd.png"')
                        + routine
                    ).encode(),
                )
            ]
        ),
        REFUSED,
        "s.zip",
    )
    yield share_case(
        "plain .toml with picture symlinked to a private file",
        _toml_with_private_link,
        REFUSED,
        "s.toml",
    )
    yield share_case("plain .toml is a FIFO", _fifo_share, REFUSED, "s.toml")
    yield share_case("zip is a FIFO", _fifo_zip, REFUSED, "s.zip")
    yield share_case("zip is a directory", lambda ctx: _mkdir(ctx.root / "s.zip"), REFUSED, "s.zip")
    yield share_case(
        "zip symlink to /dev/zero",
        lambda ctx: _link(ctx.root / "s.zip", "/dev/zero"),
        REFUSED,
        "s.zip",
    )
    yield share_case("missing file", lambda ctx: ctx.root / "nope.zip", REFUSED, "nope.zip")
    yield share_case(
        "routine id clash with bundled",
        zipped([("x.toml", routine_text(rid="rt_back_basics").encode())]),
        REFUSED,
    )
    yield share_case(
        "two routines in one TOML",
        zipped([("x.toml", (routine + routine_text(rid="my_other")).encode())]),
        REFUSED,
        "s.zip",
    )
    yield share_case(
        "huge zip file (40 MiB random)",
        lambda ctx: ctx.file("s.zip", os.urandom(40 * 1024 * 1024)),
        REFUSED,
        "s.zip",
    )


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


def _link(path: Path, target: str) -> Path:
    path.symlink_to(target)
    return path


def _fifo_share(ctx: Ctx) -> Path:
    os.mkfifo(ctx.root / "s.toml")
    return ctx.root / "s.toml"


def _fifo_zip(ctx: Ctx) -> Path:
    os.mkfifo(ctx.root / "s.zip")
    return ctx.root / "s.zip"


def _toml_with_private_link(ctx: Ctx) -> Path:
    secret = ctx.file("private/id_rsa.png", b"-----BEGIN PRIVATE KEY-----")
    share = ctx.file(
        "share/s.toml",
        exercise_text("my_ex", extra='illustration = "my_ex.png"') + routine_text(exercise="my_ex"),
    )
    (share.parent / "my_ex.png").symlink_to(secret)
    return share


def _encrypted_zip() -> bytes:
    """A zip whose one member claims to be encrypted (the flag is what readers go by)."""
    data = bytearray(zip_bytes([("my_routine.toml", routine_text().encode())]))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        data[at + offset] |= 0x1
    return bytes(data)


def _corrupt(data: bytes) -> bytes:
    middle = bytearray(data)
    for i in range(40, min(len(middle) - 60, 200)):
        middle[i] ^= 0x5A
    return bytes(middle)


# --- journals -------------------------------------------------------------------------------------

JOURNAL_COMMANDS: dict[str, Callable[[Ctx], list[str]]] = {
    "journal check": lambda ctx: ["journal", "check"],
    "export": lambda ctx: ["export", "-o", str(ctx.root / "out" / "x.csv")],
    "export steps to stdout": lambda ctx: ["export", "--steps", "-o", "-"],
    "report": lambda ctx: ["report", "-o", str(ctx.root / "out" / "r.pdf")],
    "backup": lambda ctx: ["backup"],
    "backup --output": lambda ctx: ["backup", "--output", str(ctx.root / "out" / "b.sqlite3")],
    "import": lambda ctx: ["import", str(ctx.file("in.csv", demo_csv(SCRATCH, "sessions")))],
}


def journal_state_cases() -> Iterator[Case]:
    states: dict[str, tuple[Callable[[Ctx], None], tuple[str, ...]]] = {
        "zero-length journal": (lambda ctx: _journal_bytes(ctx, b""), ()),
        "random bytes journal": (lambda ctx: _journal_bytes(ctx, os.urandom(8192)), ("journal",)),
        "text file journal": (lambda ctx: _journal_bytes(ctx, b"hello\n" * 100), ("journal",)),
        "truncated journal": (
            lambda ctx: _journal_bytes(ctx, demo_journal_bytes(SCRATCH)[:6000]),
            ("journal",),
        ),
        "journal with a damaged page": (_damaged_journal, ("journal",)),
        "foreign SQLite database": (_foreign_db, ("journal",)),
        "newer user_version": (_newer_journal, ("newer",)),
        "journal is a directory": (lambda ctx: ctx.journal.mkdir(parents=True), ("journal",)),
        "journal is a FIFO": (_fifo_journal, ("journal",)),
        "journal symlink to /dev/zero": (lambda ctx: _journal_link(ctx, "/dev/zero"), ("journal",)),
        "journal dangling symlink": (
            lambda ctx: _journal_link(ctx, str(ctx.root / "gone.sqlite3")),
            ("not there",),
        ),
        "data folder is a file": (lambda ctx: _data_is_file(ctx), ("data",)),
        "read-only journal file": (_readonly_journal, ()),
        "read-only data folder": (_readonly_folder, ()),
        "locked: BEGIN EXCLUSIVE": (lambda ctx: _locked(ctx, "normal"), ("locked",)),
        "locked: locking_mode=EXCLUSIVE": (lambda ctx: _locked(ctx, "exclusive"), ("locked",)),
        "locked: rollback-mode journal, BEGIN EXCLUSIVE": (
            lambda ctx: _locked(ctx, "normal", wal=False),
            ("locked",),
        ),
        "hot WAL file without permissions": (_wal_no_permission, ()),
        "stale -journal file beside it": (_stale_rollback, ()),
    }
    nobody = {"read-only journal file", "read-only data folder", "hot WAL file without permissions"}
    variants = [(state, False) for state in states]
    variants += [(state, True) for state in states if state in ROLLBACK_TOO]
    for state, rollback in variants:
        prepare, mentions = states[state]
        for command, make_argv in JOURNAL_COMMANDS.items():

            def setup(
                ctx: Ctx, prepare=prepare, make_argv=make_argv, state=state, rollback=rollback
            ) -> list[str]:
                ctx.rollback_journal = rollback
                (ctx.root / "out").mkdir()
                prepare(ctx)
                if state in nobody:
                    _nobody_ok(ctx)
                return make_argv(ctx)

            reading = command in ("journal check", "export", "export steps to stdout", "report")
            expect = ANY
            if state in (
                "random bytes journal",
                "text file journal",
                "journal is a directory",
                "journal is a FIFO",
                "journal symlink to /dev/zero",
                "foreign SQLite database",
                "data folder is a file",
                "truncated journal",
                "journal dangling symlink",
            ):
                expect = REFUSED
            if state.startswith("locked") and not reading:
                expect = REFUSED
            if state.startswith("locked: rollback"):
                expect = REFUSED  # readers are kept out too
            if state == "locked: BEGIN EXCLUSIVE" and command.startswith("backup"):
                expect = ANY  # in WAL mode a writer's transaction lets readers (a backup) in
            if state == "newer user_version" and command in ("import",):
                expect = REFUSED
            if state == "journal with a damaged page" and command.startswith("backup"):
                expect = REFUSED  # its copy would push a sound daily backup out
            if state == "foreign SQLite database" and command.startswith("backup"):
                expect = ANY  # a copy of whatever is there harms nothing
            timeout = TIMEOUT_S
            yield Case(
                "journal",
                f"{command} with {state}" + (" (rollback-mode journal)" if rollback else ""),
                setup,
                expect,
                mentions if expect == REFUSED else (),
                journal_kept=reading,
                no_new_files_in=("out",),
                as_nobody=state in nobody,
                timeout=timeout,
            )


ROLLBACK_TOO = (
    "journal with a damaged page",
    "newer user_version",
    "read-only journal file",
    "read-only data folder",
    "locked: locking_mode=EXCLUSIVE",
    "hot WAL file without permissions",
    "stale -journal file beside it",
)
"""States worth trying on a journal in rollback mode too (a restored backup before its first
open by the app, or a journal another tool rewrote)."""


def _journal_bytes(ctx: Ctx, data: bytes) -> None:
    ctx.data.mkdir(parents=True, exist_ok=True)
    ctx.journal.write_bytes(data)


def _damaged_journal(ctx: Ctx) -> None:
    data = bytearray(demo_journal_bytes(SCRATCH))
    for i in range(4096 * 3, min(len(data), 4096 * 3 + 4096)):
        data[i] = 0xFF
    _journal_bytes(ctx, bytes(data))


def _foreign_db(ctx: Ctx) -> None:
    ctx.data.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(ctx.journal)
    conn.execute("CREATE TABLE songs(title TEXT, artist TEXT)")
    conn.execute("INSERT INTO songs VALUES ('a', 'b')")
    conn.commit()
    conn.close()


def _newer_journal(ctx: Ctx) -> None:
    with_journal(ctx)
    conn = sqlite3.connect(ctx.journal)
    conn.execute("PRAGMA user_version = 999")
    conn.close()


def _fifo_journal(ctx: Ctx) -> None:
    ctx.data.mkdir(parents=True, exist_ok=True)
    os.mkfifo(ctx.journal)


def _journal_link(ctx: Ctx, target: str) -> None:
    ctx.data.mkdir(parents=True, exist_ok=True)
    ctx.journal.symlink_to(target)


def _data_is_file(ctx: Ctx) -> None:
    ctx.data.write_text("I am a file")


def _readonly_journal(ctx: Ctx) -> None:
    with_journal(ctx)
    ctx.journal.chmod(0o444)


def _readonly_folder(ctx: Ctx) -> None:
    with_journal(ctx)
    ctx.routines.mkdir()
    ctx.data.chmod(0o555)


def _wal_no_permission(ctx: Ctx) -> None:
    with_journal(ctx)
    wal = ctx.data / "journal.sqlite3-wal"
    wal.write_bytes(b"")
    wal.chmod(0)


def _stale_rollback(ctx: Ctx) -> None:
    with_journal(ctx)
    (ctx.data / "journal.sqlite3-journal").write_bytes(os.urandom(1024))


LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    conn.execute("COMMIT")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
else:
    conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(60)
"""


def _locked(ctx: Ctx, mode: str, *, wal: bool = True) -> None:
    """The journal held by another program; ``wal=False``: a restored backup, never opened by
    the app, in rollback mode, where a writer's lock keeps readers out too."""
    with_journal(ctx)
    if not wal:
        conn = sqlite3.connect(ctx.journal)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
    helper = subprocess.Popen(
        [PYTHON, "-c", LOCKER, str(ctx.journal), mode],
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    ctx.helpers.append(helper)
    assert helper.stdout is not None
    if helper.stdout.readline().strip() != b"locked":
        raise SkipCase("the locking helper did not start")


# --- CSV imports ----------------------------------------------------------------------------------


def csv_rows(kind: str) -> tuple[list[str], list[list[str]]]:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(demo_csv(SCRATCH, kind))))
    return rows[0], rows[1:]


def write_csv(header: list[str], rows: list[list[str]]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def import_case(
    what: str,
    make: Callable[[], bytes | str],
    expect: str,
    *mentions: str,
    name: str = "in.csv",
    journal: bool = True,
    check=None,
    timeout: float = TIMEOUT_S,
) -> Case:
    def setup(ctx: Ctx) -> list[str]:
        if journal:
            with_journal(ctx)
        content = make()
        path = ctx.file(name, content)
        return ["import", str(path)]

    return Case(
        "csv",
        f"import: {what}",
        setup,
        expect,
        mentions,
        journal_kept=expect == REFUSED,
        check=check,
        timeout=timeout,
    )


ENTRY_OF_COLUMN = {"spot_pain": "pain", "flare_day": "flare_day"}
"""The kind of row a column means something in; every other column belongs to sessions."""


def _mutate_session(column: str, value: str) -> Callable[[], str]:
    def make() -> str:
        header, rows = csv_rows("sessions")
        entry = header.index("entry")
        # three sessions, a spot check and a flare day, into a new folder: all of them are new
        sample = [r for r in rows if r[entry] == "session"][:3]
        sample += [next(r for r in rows if r[entry] == kind) for kind in ("pain", "flare_day")]
        sample = [list(r) for r in sample]
        target = next(r for r in sample if r[entry] == ENTRY_OF_COLUMN.get(column, "session"))
        target[header.index(column)] = value
        return write_csv(header, sample)

    return make


def _step_case(column: str, label: str, value: str, expect_refused: bool) -> Case:
    """The first sessions and their steps into a new folder, one step cell made bad."""

    def setup(ctx: Ctx) -> list[str]:
        header, rows = csv_rows("sessions")
        sessions = ctx.file("sessions.csv", write_csv(header, rows[:3]))
        step_header, steps = csv_rows("steps")
        wanted = {row[0] for row in rows[:3]}
        steps = [list(step) for step in steps if step[0] in wanted]
        steps[1][step_header.index(column)] = value
        return ["import", str(sessions), str(ctx.file("in.csv", write_csv(step_header, steps)))]

    check = _row_refused(column) if expect_refused else None
    return Case("csv", f"import: steps {column} = {label}", setup, ANY, ("in.csv",), check=check)


def _row_refused(column: str) -> Callable[[Ctx, subprocess.CompletedProcess[bytes]], str | None]:
    """A bad cell refuses its row (exit 1) and the summary names the column and the line."""

    def check(ctx: Ctx, result: subprocess.CompletedProcess[bytes]) -> str | None:
        said = (result.stdout + result.stderr).decode("utf-8", "replace")
        if result.returncode != 1:
            return f"exit {result.returncode}, expected 1 (a row refused): {_first(said)}"
        if "refused" not in said or "line" not in said:
            return f"the summary does not count the refused row by line: {_first(said)}"
        if column not in said:
            return f"the summary does not name {column}: {_first(said)}"
        return None

    return check


NUMBER_COLUMNS = (
    "planned_min", "pain_before", "pain_after", "spot_pain", "effort",
    "step_index", "set_number", "rep_number", "planned_s", "actual_s", "skipped",
)  # fmt: skip
TIME_COLUMNS = ("uid", "local_time", "end_local_time", "day")
"""Columns the importer reads and checks (done_min, steps_completed, steps_skipped,
hurt_events and pain_change are the steps' tally, recomputed, so their cells are not read; a
flare_day row is a flare day whatever its flare_day cell says)."""


def csv_cases() -> Iterator[Case]:
    header, _rows = csv_rows("sessions")
    bad_values = {
        "empty": "",
        "text": "banana",
        "nan": "nan",
        "inf": "inf",
        "-inf": "-inf",
        "negative": "-5",
        "huge": "1e308",
        "huge int": "9" * 40,
        "NUL": "a\x00b",
        "formula": "=1+1",
        "formula @": "@SUM(A1)",
        "quote+newline": 'a"b\nc',
        "ESC": "\x1b[2J",
        "RLO": "x\u202ey",
        "year 1": "0001-01-01T00:00:00+00:00",
        "year 9999 neg offset": "9999-12-31T23:59:59-14:00",
        "year 1 pos offset": "0001-01-01T00:00:00+14:00",
        "offset +25:00": "2026-01-01T10:00:00+25:00",
        "no offset": "2026-01-01T10:00:00",
        "day only": "2026-01-01",
        "feb 30": "2026-02-30",
    }
    for column in header:
        for label, value in bad_values.items():
            refused = label != "empty" and (column in NUMBER_COLUMNS or column in TIME_COLUMNS)
            yield import_case(
                f"sessions {column} = {label}",
                _mutate_session(column, value),
                ANY,
                "in.csv",
                journal=False,
                check=_row_refused(column) if refused else None,
            )
    step_header, _ = csv_rows("steps")
    for column in step_header:
        for label in ("text", "nan", "negative", "NUL", "year 9999 neg offset", "huge int"):
            refused = column in NUMBER_COLUMNS or column in TIME_COLUMNS
            yield _step_case(column, label, bad_values[label], refused)
    sessions = demo_csv(SCRATCH, "sessions")
    yield import_case("a sound sessions export (already there)", lambda: sessions, OK, "in.csv")
    yield import_case(
        "a sound export into a new folder",
        lambda: sessions,
        OK,
        journal=False,
        check=_journal_has_sessions,
    )
    yield import_case(
        "end before start",
        _mutate_session("end_local_time", "2000-01-01T07:00:00+00:00"),
        ANY,
        "in.csv",
        journal=False,
        check=_row_refused("end_local_time"),
    )
    yield import_case("empty file", lambda: b"", REFUSED, "in.csv")
    yield import_case("BOM only", lambda: b"\xef\xbb\xbf", REFUSED, "in.csv")
    yield import_case("header only", lambda: ",".join(header) + "\r\n", ANY, "in.csv")
    yield import_case("header without BOM", lambda: sessions.encode("utf-8"), OK)
    yield import_case("UTF-16 file", lambda: sessions.encode("utf-16"), ANY, "in.csv")
    yield import_case(
        "Latin-1 file", lambda: sessions.replace("Walk", "Wälk").encode("latin-1"), ANY, "in.csv"
    )
    yield import_case("semicolon separated", lambda: sessions.replace(",", ";"), REFUSED, "in.csv")
    yield import_case(
        "missing column",
        lambda: "\n".join(",".join(line.split(",")[:-1]) for line in sessions.splitlines()),
        ANY,
        "in.csv",
    )
    yield import_case(
        "extra column",
        lambda: "\n".join(line + ",extra" for line in sessions.splitlines()),
        ANY,
        "in.csv",
    )
    yield import_case("unknown header", lambda: "a,b,c\n1,2,3\n", REFUSED, "in.csv")
    yield import_case(
        "duplicate rows", lambda: sessions + "\n".join(sessions.splitlines()[1:]), ANY, "in.csv"
    )
    yield import_case("random bytes", lambda: os.urandom(5000), REFUSED, "in.csv")
    yield import_case("NUL bytes", lambda: b"\0" * 5000, REFUSED, "in.csv")
    yield import_case(
        "one field 5 MB long", _mutate_session("note", "x" * 5_000_000), ANY, "in.csv"
    )
    yield import_case(
        "a line of 200k commas",
        lambda: ",".join(header) + "\n" + "," * 200_000 + "\n",
        ANY,
        "in.csv",
    )
    yield import_case("unterminated quote", lambda: sessions + '\n"unterminated,', ANY, "in.csv")
    yield import_case("100k session rows", _many_sessions(100_000), OK, timeout=30)
    yield import_case("steps before sessions (orphans)", _orphan_steps, ANY, "in.csv")
    yield import_case("checkins with bad score", _bad_checkin, ANY, "in.csv")
    yield _fifo_import()
    yield Case(
        "csv",
        "import: file is a directory",
        lambda ctx: ["import", str(_mkdir(ctx.root / "d.csv"))],
        REFUSED,
        ("d.csv",),
    )
    yield Case(
        "csv",
        "import: file missing",
        lambda ctx: ["import", str(ctx.root / "gone.csv")],
        REFUSED,
        ("gone.csv",),
    )
    yield Case(
        "csv",
        "import: symlink to /dev/zero",
        lambda ctx: ["import", str(_link(ctx.root / "z.csv", "/dev/zero"))],
        REFUSED,
        ("z.csv",),
        timeout=TIMEOUT_S,
    )
    yield Case("csv", "import: one good and one bad file", _good_and_bad, ANY, ("bad.csv",))
    yield Case("csv", "import onto a full disk", _full_disk_import, REFUSED, journal_kept=True)


def _fifo_import() -> Case:
    def setup(ctx: Ctx) -> list[str]:
        with_journal(ctx)
        os.mkfifo(ctx.root / "p.csv")
        return ["import", str(ctx.root / "p.csv")]

    return Case("csv", "import: a FIFO", setup, REFUSED, ("p.csv",), journal_kept=True)


def _many_sessions(count: int) -> Callable[[], str]:
    def make() -> str:
        header, rows = csv_rows("sessions")
        template = rows[0]
        out = []
        uid, local, end, day = (
            header.index(c) for c in ("uid", "local_time", "end_local_time", "day")
        )
        from datetime import datetime, timedelta

        start = datetime(2020, 1, 1, 8, tzinfo=UTC)
        for i in range(count):
            moment = start + timedelta(minutes=30 * i)
            row = list(template)
            row[uid] = moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            row[local] = moment.isoformat()
            row[end] = (moment + timedelta(minutes=9)).isoformat()
            row[day] = moment.date().isoformat()
            out.append(row)
        return write_csv(header, out)

    return make


def _orphan_steps() -> str:
    header, rows = csv_rows("steps")
    rows = [list(r) for r in rows[:20]]
    for r in rows:
        r[0] = "2031-01-01T08:00:00.000Z"
    return write_csv(header, rows)


def _bad_checkin() -> str:
    header, rows = csv_rows("checkins")
    rows = [list(r) for r in rows[:3]]
    rows[0][header.index("score")] = "99"
    rows[1][header.index("score")] = "nan"
    rows[2][header.index("day")] = "0001-01-01"
    return write_csv(header, rows)


def _good_and_bad(ctx: Ctx) -> list[str]:
    with_journal(ctx)
    good = ctx.file("good.csv", demo_csv(SCRATCH, "sessions"))
    bad = ctx.file("bad.csv", b"\x00\x01\x02")
    return ["import", str(good), str(bad)]


def _journal_has_sessions(ctx: Ctx, result: subprocess.CompletedProcess[bytes]) -> str | None:
    try:
        conn = sqlite3.connect(f"file:{ctx.journal}?mode=ro", uri=True)
        count = conn.execute("SELECT count(*) FROM session").fetchone()[0]
        conn.close()
    except sqlite3.Error as error:
        return f"journal unreadable after import: {error}"
    return None if count > 0 else "import wrote no sessions"


def small_disk(ctx: Ctx) -> Path:
    """A 1 MiB tmpfs of the case's own (root only); skips the case where mounting is refused."""
    mount = ctx.root / "smalldisk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        raise SkipCase("cannot mount a small tmpfs here")
    ctx.mounts.append(mount)
    return mount


def fill(disk: Path) -> None:
    with contextlib.suppress(OSError), (disk / "filler").open("wb") as stream:
        while True:
            stream.write(b"\0" * 4096)
            stream.flush()


def _full_disk_import(ctx: Ctx) -> list[str]:
    disk = small_disk(ctx)
    data = disk / "data"
    data.mkdir()
    ctx.data = data  # the journal lives on the small disk
    ctx.journal.write_bytes(demo_journal_bytes(SCRATCH))
    fill(disk)
    big = _many_sessions(3000)()
    return ["--data-dir", str(data), "import", str(ctx.file("in.csv", big))]


# --- reports, exports, backups, restores ----------------------------------------------------------


def output_cases() -> Iterator[Case]:
    def out_case(
        area: str,
        what: str,
        argv: Callable[[Ctx], list[str]],
        expect: str,
        *mentions: str,
        journal: bool = True,
        check=None,
    ) -> Case:
        def setup(ctx: Ctx) -> list[str]:
            (ctx.root / "out").mkdir()
            if journal:
                with_journal(ctx)
            return argv(ctx)

        return Case(
            area,
            what,
            setup,
            expect,
            mentions,
            journal_kept=True,
            no_new_files_in=("out", "data"),
            check=check,
        )

    destinations: dict[str, tuple[Callable[[Ctx, str], str], str, str]] = {
        "/dev/full": (lambda ctx, ext: "/dev/full", REFUSED, "/dev/full"),
        "an existing directory": (lambda ctx, ext: str(ctx.root / "out"), REFUSED, "out"),
        "a missing folder": (lambda ctx, ext: str(ctx.root / "nope" / f"x.{ext}"), REFUSED, "nope"),
        "an unwritable folder (as nobody)": (
            lambda ctx, ext: _unwritable(ctx, ext),
            REFUSED,
            "locked",
        ),
        "a file name with ESC": (
            lambda ctx, ext: str(ctx.root / "out" / f"e\x1b[2J.{ext}"),
            OK,
            "",
        ),
        "a 300-char file name": (
            lambda ctx, ext: str(ctx.root / "out" / ("n" * 300 + f".{ext}")),
            REFUSED,
            "nnnn",
        ),
        "a small full disk": (lambda ctx, ext: _on_small_disk(ctx, ext), REFUSED, "smalldisk"),
        "a FIFO": (lambda ctx, ext: _fifo_out(ctx, ext), REFUSED, "fifo"),
        "/dev/null": (lambda ctx, ext: "/dev/null", ANY, ""),
    }
    commands: dict[str, tuple[str, Callable[[str], list[str]]]] = {
        "export": ("csv", lambda out: ["export", "-o", out]),
        "export --steps": ("csv", lambda out: ["export", "--steps", "-o", out]),
        "export --checkins": ("csv", lambda out: ["export", "--checkins", "-o", out]),
        "report": ("pdf", lambda out: ["report", "-o", out]),
        "backup --output": ("sqlite3", lambda out: ["backup", "--output", out]),
    }
    for command, (ext, make) in commands.items():
        for where, (target, expect, mention) in destinations.items():
            if command == "backup --output" and where == "an existing directory":
                expect = REFUSED
            if command == "backup --output" and where == "a missing folder":
                expect = ANY  # backup makes the folder, and says where the copy went

            def argv(ctx: Ctx, target=target, ext=ext, make=make) -> list[str]:
                return make(target(ctx, ext))

            mentions = (mention,) if mention and expect == REFUSED else ()
            case = out_case("output", f"{command} to {where}", argv, expect, *mentions)
            if "nobody" in where:
                case.as_nobody = True
            yield case
    # report ranges
    ranges = {
        "0001-01-01 to 9999-12-31": (["--from", "0001-01-01", "--to", "9999-12-31"], OK),
        "inverted": (["--from", "2026-05-01", "--to", "2026-01-01"], REFUSED),
        "invalid date": (["--from", "2026-13-45"], REFUSED),
        "text date": (["--to", "yesterday"], REFUSED),
        "ESC in date": (["--to", "2026\x1b[2J"], REFUSED),
        "same day": (["--from", "2026-06-10", "--to", "2026-06-10"], OK),
        "far future only": (["--from", "9000-01-01"], OK),
        "far past only": (["--to", "0002-01-01"], OK),
        "1900-01-01 day": (["--from", "1900-01-01", "--to", "1900-01-01"], OK),
    }
    for what, (extra, expect) in ranges.items():
        yield out_case(
            "report",
            f"report {what}",
            lambda ctx, extra=extra: ["report", "-o", str(ctx.root / "out" / "r.pdf"), *extra],
            expect,
            check=_pdf_pages_ok if expect == OK else None,
        )
        yield out_case(
            "export",
            f"export {what}",
            lambda ctx, extra=extra: ["export", "-o", str(ctx.root / "out" / "r.csv"), *extra],
            expect,
        )
    yield Case(
        "report",
        "report with RTL/ESC/long notes and 10k sessions",
        _hostile_notes_setup,
        OK,
        check=_pdf_pages_ok,
        timeout=60,
    )
    yield from restore_cases()
    for flag in ([], ["--steps"], ["--checkins"]):
        yield Case(
            "export",
            f"export {' '.join(flag)} to stdout with ESC, BEL and RLO in notes".replace("  ", " "),
            lambda ctx, flag=flag: (_hostile_text_journal(ctx), ["export", *flag, "-o", "-"])[1],
            OK,
            journal_kept=True,
        )
    yield Case(
        "restore",
        "restore over a journal another program holds locked",
        lambda ctx: (
            _locked(ctx, "exclusive"),
            ["restore", str(ctx.file("b.sqlite3", demo_journal_bytes(SCRATCH)))],
        )[1],
        REFUSED,
        ("locked",),
        journal_kept=True,
    )
    for command in (["journal", "check"], ["export", "-o", "-"], ["backup"], ["routines", "list"]):
        yield Case(
            "new folder",
            f"{command[0]} with ESC and a newline in the data folder's name",
            lambda ctx, command=command: ["--data-dir", str(ctx.root / "da\x1b[2Jta\nx"), *command],
            OK,
        )
    yield Case("output", "backup twice the same day", _backup_twice, OK)
    yield Case(
        "output",
        "backup --output to an existing file",
        lambda ctx: (
            with_journal(ctx),
            ["backup", "--output", str(ctx.file("exists.sqlite3", b"keep me"))],
        )[1],
        REFUSED,
        ("exists.sqlite3",),
        check=_exists_kept,
    )
    yield Case(
        "output",
        "backup into a backups folder that is a file",
        _backups_is_file,
        REFUSED,
        ("backups",),
        journal_kept=True,
    )


def _hostile_text_journal(ctx: Ctx) -> None:
    """Notes, a check-in note and a routine title holding terminal escapes and bidi overrides."""
    with_journal(ctx)
    conn = sqlite3.connect(ctx.journal)
    evil = "x\x1b[2J\x07\u202ey\x9b"
    conn.execute("UPDATE session SET note = ?, routine_title = ?", (evil, evil))
    with contextlib.suppress(sqlite3.Error):
        conn.execute("UPDATE activity_rating SET note = ?", (evil,))
    with contextlib.suppress(sqlite3.Error):
        conn.execute("UPDATE step SET exercise_name = ?", (evil,))
    conn.commit()
    conn.close()


def _unwritable(ctx: Ctx, ext: str) -> str:
    locked = ctx.root / "locked"
    locked.mkdir()
    _nobody_ok(ctx)
    locked.chmod(0o555)
    return str(locked / f"x.{ext}")


def _on_small_disk(ctx: Ctx, ext: str) -> str:
    disk = small_disk(ctx)
    fill(disk)
    return str(disk / f"x.{ext}")


def _fifo_out(ctx: Ctx, ext: str) -> str:
    path = ctx.root / "out" / f"fifo.{ext}"
    os.mkfifo(path)
    return str(path)


def _pdf_pages_ok(ctx: Ctx, result: subprocess.CompletedProcess[bytes]) -> str | None:
    pdfs = list((ctx.root / "out").glob("*.pdf"))
    if not pdfs:
        return "no PDF written"
    data = pdfs[0].read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 500:
        return f"not a real PDF ({len(data)} bytes)"
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    if pages > 2:
        return f"{pages} pages (promised one or two)"
    return None


def _hostile_notes_setup(ctx: Ctx) -> list[str]:
    (ctx.root / "out").mkdir()
    with_journal(ctx)
    conn = sqlite3.connect(ctx.journal)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(session)")]
    template = conn.execute("SELECT * FROM session LIMIT 1").fetchone()
    conn.execute(
        "UPDATE session SET note = ? WHERE rowid IN (SELECT rowid FROM session LIMIT 30)",
        ("\u202eevil reversed \x1b[31m red \x07 " + "long note " * 2000,),
    )
    from datetime import datetime, timedelta

    first = datetime(2026, 1, 1, 7, tzinfo=UTC)
    rows = []
    for i in range(10_000):  # every 15 minutes from New Year: 10k sessions in 105 days
        row = dict(zip(cols, template, strict=True))
        started = first + timedelta(minutes=15 * i)
        row.update(
            id=None,
            started_utc=started.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            ended_utc=(started + timedelta(minutes=10)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            day=started.date().isoformat(),
            note=f"\u202eevil {i} \x1b[2J" + "long " * 300,
        )
        rows.append(tuple(row.get(col) for col in cols))
    conn.executemany(f"INSERT INTO session VALUES ({','.join('?' * len(cols))})", rows)
    conn.commit()
    conn.close()
    return ["report", "-o", str(ctx.root / "out" / "r.pdf"), "--from", "2026-01-01"]


def _exists_kept(ctx: Ctx, result: subprocess.CompletedProcess[bytes]) -> str | None:
    return None if (ctx.root / "exists.sqlite3").read_bytes() == b"keep me" else "overwrote it"


def _backup_twice(ctx: Ctx) -> list[str]:
    with_journal(ctx)
    subprocess.run(
        [PYTHON, "-m", "backtimer", "backup"],
        env=_env(ctx.root, ctx.data),
        capture_output=True,
        timeout=20,
    )
    return ["backup"]


def _backups_is_file(ctx: Ctx) -> list[str]:
    with_journal(ctx)
    (ctx.data / "backups").write_text("file")
    return ["backup"]


def restore_cases() -> Iterator[Case]:
    sources: dict[str, tuple[Callable[[Ctx], Path], str, tuple[str, ...]]] = {
        "a sound backup": (lambda ctx: ctx.file("b.sqlite3", demo_journal_bytes(SCRATCH)), OK, ()),
        "an empty file": (lambda ctx: ctx.file("b.sqlite3", b""), REFUSED, ("b.sqlite3",)),
        "random bytes": (
            lambda ctx: ctx.file("b.sqlite3", os.urandom(9000)),
            REFUSED,
            ("b.sqlite3",),
        ),
        "a CSV": (
            lambda ctx: ctx.file("b.sqlite3", demo_csv(SCRATCH, "sessions")),
            REFUSED,
            ("b.sqlite3",),
        ),
        "a foreign SQLite db": (_foreign_file, REFUSED, ("b.sqlite3",)),
        "a newer version": (_newer_file, REFUSED, ("newer",)),
        "a truncated backup": (
            lambda ctx: ctx.file("b.sqlite3", demo_journal_bytes(SCRATCH)[:7000]),
            REFUSED,
            ("b.sqlite3",),
        ),
        "a damaged backup": (_damaged_file, REFUSED, ("b.sqlite3",)),
        "a directory": (lambda ctx: _mkdir(ctx.root / "b.sqlite3"), REFUSED, ("b.sqlite3",)),
        "a FIFO": (
            lambda ctx: (os.mkfifo(ctx.root / "b.sqlite3"), ctx.root / "b.sqlite3")[1],
            REFUSED,
            ("b.sqlite3",),
        ),
        "/dev/zero": (lambda ctx: Path("/dev/zero"), REFUSED, ("/dev/zero",)),
        "a missing file": (lambda ctx: ctx.root / "gone.sqlite3", REFUSED, ("gone.sqlite3",)),
        "the journal itself": (lambda ctx: ctx.journal, ANY, ()),
    }
    for what, (make, expect, mentions) in sources.items():
        for journal in (True, False):

            def setup(ctx: Ctx, make=make, journal=journal) -> list[str]:
                if journal:
                    with_journal(ctx)
                return ["restore", str(make(ctx))]

            label = "over a journal" if journal else "into a new folder"
            yield Case(
                "restore",
                f"restore {what} {label}",
                setup,
                expect,
                mentions,
                journal_kept=expect == REFUSED,
                no_new_files_in=("data",),
            )


def _foreign_file(ctx: Ctx) -> Path:
    path = ctx.root / "b.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    return path


def _newer_file(ctx: Ctx) -> Path:
    path = ctx.file("b.sqlite3", demo_journal_bytes(SCRATCH))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    return path


def _damaged_file(ctx: Ctx) -> Path:
    data = bytearray(demo_journal_bytes(SCRATCH))
    for i in range(4096 * 4, min(len(data), 4096 * 6)):
        data[i] = 0x00
    return ctx.file("b.sqlite3", bytes(data))


# --- a brand-new data folder and --demo -----------------------------------------------------------


def new_folder_cases() -> Iterator[Case]:
    commands: dict[str, tuple[Callable[[Ctx], list[str]], str, tuple[str, ...]]] = {
        "--version": (lambda ctx: ["--version"], OK, ()),
        "--help": (lambda ctx: ["--help"], OK, ()),
        "no such command": (lambda ctx: ["frobnicate"], REFUSED, ()),
        "routines list": (lambda ctx: ["routines", "list"], OK, ("rt_back_basics",)),
        "routines list --json": (
            lambda ctx: ["routines", "list", "--json"],
            OK,
            ("rt_back_basics",),
        ),
        "routines show": (lambda ctx: ["routines", "show", "rt_back_basics"], OK, ()),
        "journal check": (lambda ctx: ["journal", "check"], OK, ()),
        "export": (lambda ctx: ["export", "-o", str(ctx.root / "x.csv")], OK, ()),
        "export --steps": (
            lambda ctx: ["export", "--steps", "-o", str(ctx.root / "x.csv")],
            OK,
            (),
        ),
        "export --checkins": (
            lambda ctx: ["export", "--checkins", "-o", str(ctx.root / "x.csv")],
            OK,
            (),
        ),
        "export to stdout": (lambda ctx: ["export", "-o", "-"], OK, ("uid",)),
        "report": (lambda ctx: ["report", "-o", str(ctx.root / "r.pdf")], OK, ()),
        "backup": (lambda ctx: ["backup"], OK, ("nothing",)),
        "backup --output": (
            lambda ctx: ["backup", "--output", str(ctx.root / "b.sqlite3")],
            OK,
            (),
        ),
        "restore missing": (lambda ctx: ["restore", str(ctx.root / "nope")], REFUSED, ("nope",)),
        "import nothing": (lambda ctx: ["import"], REFUSED, ()),
    }
    checks = {
        "export": lambda ctx, r: _header_only(ctx.root / "x.csv", "uid"),
        "export --steps": lambda ctx, r: _header_only(ctx.root / "x.csv", "session_uid"),
        "export --checkins": lambda ctx, r: _header_only(ctx.root / "x.csv", "day"),
        "report": lambda ctx, r: None if (ctx.root / "r.pdf").stat().st_size > 500 else "empty PDF",
        "backup --output": lambda ctx, r: (
            "backup of nothing wrote a file"
            if (ctx.root / "b.sqlite3").exists() and (ctx.root / "b.sqlite3").stat().st_size == 0
            else None
        ),
    }
    for what, (argv, expect, mentions) in commands.items():
        for via in ("env", "--data-dir"):

            def setup(ctx: Ctx, argv=argv, via=via) -> list[str]:
                words = argv(ctx)
                if via == "--data-dir":
                    return ["--data-dir", str(ctx.data), *words]
                return words

            yield Case(
                "new folder",
                f"{what} (data folder by {via})",
                setup,
                expect,
                mentions,
                check=checks.get(what),
            )
    for what in ("routines list", "export to stdout", "journal check", "backup", "report"):
        argv, _expect, _mentions = commands[what]

        def demo_setup(ctx: Ctx, argv=argv) -> list[str]:
            with_journal(ctx)
            return ["--demo", *argv(ctx)]

        yield Case(
            "demo",
            f"--demo {what} never makes the default data folder",
            lambda ctx, argv=argv: ["--demo", *argv(ctx)],
            OK,
            check=_no_default_folder,
            data_dir_in_env=False,
        )
        yield Case(
            "demo",
            f"--demo {what} never touches the data folder",
            demo_setup,
            OK,
            journal_kept=True,
            check=_no_demo_leftovers,
        )


def start_cases() -> Iterator[Case]:
    """What the app's start reads (the library, through its cache) beside hostile files."""
    for what, make in {
        "a FIFO": lambda ctx: os.mkfifo(ctx.routines / "x.toml"),
        "a symlink to /dev/zero": lambda ctx: (ctx.routines / "x.toml").symlink_to("/dev/zero"),
        "ESC in a title": lambda ctx: ctx.routine(
            "x.toml", routine_text(rid="my_x", title="a\\u001b")
        ),
        "an easier loop": lambda ctx: ctx.routine(
            "x.toml",
            exercise_text("my_a", extra='easier = "my_b"')
            + exercise_text("my_b", extra='easier = "my_a"'),
        ),
    }.items():

        def setup(ctx: Ctx, make=make) -> list[str]:
            ctx.routine("good.toml", routine_text())
            make(ctx)
            return [str(ctx.routines), str(ctx.root / "cache")]

        yield Case(
            "start",
            f"the app's library load beside {what} in the routines folder",
            setup,
            OK,
            ("my_routine", "x.toml"),
            python_snippet=START_SNIPPET,
        )
    yield Case(
        "start",
        "the app's library load with a named pipe where its cache file lives",
        _fifo_cache_setup,
        OK,
        ("my_routine", "x.toml"),
        python_snippet=START_SNIPPET,
    )


START_SNIPPET = """
import sys
from pathlib import Path
from backtimer.cli.output import say
from backtimer.library.cache import load_library_cached
for _ in range(2):  # the second load comes from the cache
    library = load_library_cached(Path(sys.argv[1]), Path(sys.argv[2]))
say(" ".join(sorted(r for r in library.routines if r.startswith("my_"))))
for problem in library.problems:
    say(problem)
"""


def _fifo_cache_setup(ctx: Ctx) -> list[str]:
    from backtimer.library.cache import _cache_file

    ctx.routine("good.toml", routine_text())
    ctx.routine("x.toml", "= broken")
    cache_file = _cache_file(ctx.root / "cache", ctx.routines)
    assert cache_file is not None
    cache_file.parent.mkdir(parents=True)
    os.mkfifo(cache_file)
    return [str(ctx.routines), str(ctx.root / "cache")]


def _no_default_folder(ctx: Ctx, result: subprocess.CompletedProcess[bytes]) -> str | None:
    made = [p for p in (ctx.home / ".local/share", ctx.home / ".config") if p.exists()]
    found = [str(p.relative_to(ctx.home)) for f in made for p in f.rglob("*backtimer*")]
    return f"--demo made {found[:3]} in the user's own folders" if found else None


def _header_only(path: Path, first: str) -> str | None:
    if not path.exists():
        return "no file written"
    text = path.read_text("utf-8-sig")
    lines = text.splitlines()
    if len(lines) != 1 or not lines[0].startswith(first):
        return f"expected a header only, got {len(lines)} lines"
    return None


def _no_demo_leftovers(ctx: Ctx, result: subprocess.CompletedProcess[bytes]) -> str | None:
    extra = sorted(listing(ctx.data) - {"journal.sqlite3"})
    return f"--demo wrote into the data folder: {extra[:3]}" if extra else None


# --- the wheel ------------------------------------------------------------------------------------


def wheel_case() -> Iterator[Case]:
    def setup(ctx: Ctx) -> list[str]:
        return []

    yield Case(
        "wheel",
        "the wheel holds what an install needs and no junk",
        setup,
        OK,
        python_snippet=WHEEL_SNIPPET,
        timeout=180,
    )


WHEEL_SNIPPET = f"""
import subprocess, sys, tempfile, zipfile, pathlib
out = pathlib.Path(tempfile.mkdtemp())
build = [{PYTHON!r}, "-m", "build", "--wheel", "-o", str(out), {str(ROOT)!r}]
subprocess.run(build, check=True, capture_output=True)
(wheel,) = out.glob("*.whl")
names = zipfile.ZipFile(wheel).namelist()
problems = []
def need(prefix, suffix, at_least):
    found = [n for n in names if n.startswith(prefix) and n.endswith(suffix)]
    if len(found) < at_least:
        problems.append(f"{{prefix}}*{{suffix}}: {{len(found)}} < {{at_least}}")
need("backtimer/resources/translations/", ".qm", 2)
need("backtimer/resources/library/", ".toml", 2)
need("backtimer/resources/illustrations/", ".svg", 40)
need("backtimer/resources/sounds/", "", 1)
need("backtimer/resources/icons/", "", 1)
need("backtimer/resources/desktop/", "", 1)
need("backtimer/cli/", ".py", 4)
need("backtimer-", "entry_points.txt", 1)
junk = [
    n for n in names
    if n.startswith(("tests/", "tools/", "benchmarks/", "backtimer/tests"))
    or "__pycache__" in n or n.endswith((".pyc", ".ts", ".orig", ".rej", "~"))
]
if junk:
    problems.append(f"junk: {{junk[:5]}}")
entry = [n for n in names if n.endswith("entry_points.txt")]
text = zipfile.ZipFile(wheel).read(entry[0]).decode() if entry else ""
if "[console_scripts]" not in text or "backtimer = " not in text:
    problems.append("no console script 'backtimer'")
if "[gui_scripts]" not in text:
    problems.append("no gui script")
print(f"{{len(names)}} files in {{wheel.name}}")
if problems:
    print("PROBLEMS: " + "; ".join(problems), file=sys.stderr)
    sys.exit(1)
"""


# --- main -----------------------------------------------------------------------------------------


def all_cases() -> list[Case]:
    cases: list[Case] = []
    for make in (
        routine_cases,
        share_cases,
        journal_state_cases,
        csv_cases,
        output_cases,
        new_folder_cases,
        start_cases,
        wheel_case,
    ):
        cases.extend(make())
    return cases


SMOKE = (
    "check: empty file",
    "check: easier cycle of 2",
    "check: ESC in title",
    "check: FIFO named *.toml",
    "list: FIFO named *.toml in the routines folder",
    "list: ESC in a title",
    "a broken file never hides a good one with the same id",
    "symlink member to /etc/passwd",
    "plain .toml with picture symlinked to a private file",
    "journal check with zero-length journal",
    "backup with locked: locking_mode=EXCLUSIVE",
    "import: sessions planned_min = nan",
    "import: sessions local_time = year 9999 neg offset",
    "import: sessions routine_id = formula",
    "report to /dev/full",
    "export to /dev/full",
    "backup --output to /dev/full",
    "report 0001-01-01 to 9999-12-31",
    "export (data folder by env)",
    "backup (data folder by env)",
    "restore a newer version over a journal",
)


def main(argv: list[str] | None = None) -> int:
    global SCRATCH
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-k", "--keyword", help="run only cases whose area or text contains this")
    parser.add_argument("--smoke", action="store_true", help="run ~20 representative cases")
    parser.add_argument("--jobs", "-j", type=int, default=2)
    parser.add_argument("--failures-only", action="store_true")
    parser.add_argument("--list", action="store_true", help="list the cases and stop")
    parser.add_argument(
        "--show", action="store_true", help="also print each case's exit status and first line"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="backtimer-hostile-") as scratch:
        SCRATCH = Path(scratch)
        os.chmod(scratch, 0o755)
        try:
            cases = all_cases()
            if args.smoke:
                cases = [c for c in cases if c.what in SMOKE]
            if args.keyword:
                cases = [c for c in cases if args.keyword in f"{c.area}: {c.what}"]
            if args.list:
                for case in cases:
                    print(f"{case.area}: {case.what}")
                return 0
            started = time.monotonic()
            failures = skipped = 0
            demo_journal_bytes(SCRATCH)  # the shared fixtures, made once before the threads
            for kind in ("sessions", "steps", "checkins"):
                demo_csv(SCRATCH, kind)
            with ThreadPoolExecutor(max_workers=args.jobs) as pool:
                futures = [pool.submit(run_case, i, c, SCRATCH) for i, c in enumerate(cases)]
                for future in futures:
                    outcome = future.result()
                    if outcome.why.startswith("SKIP"):
                        skipped += 1
                    failures += not outcome.passed
                    if outcome.passed and args.failures_only:
                        continue
                    status = "PASS" if outcome.passed else "FAIL"
                    if outcome.why.startswith("SKIP"):
                        status, outcome.why = "SKIP", outcome.why[5:]
                    print(
                        f"{status} [{outcome.case.area}] {outcome.case.what}"
                        + (f" — {outcome.why}" if outcome.why else "")
                        + f" ({outcome.seconds:.1f}s)",
                        flush=True,
                    )
                    if args.show:
                        print(f"     exit {outcome.status}: {outcome.said}")
            print(
                f"\n{len(cases)} cases, {len(cases) - failures - skipped} passed, "
                f"{failures} failed, {skipped} skipped in {time.monotonic() - started:.0f} s"
            )
            return 1 if failures else 0
        finally:
            pass


if __name__ == "__main__":
    sys.exit(main())

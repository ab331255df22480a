"""Progression suggestions follow the clinical brief (§4.2, §8.2) on scripted pain histories."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, timedelta, timezone
from functools import cache
from pathlib import Path

import pytest

from backtimer.insights.dosage_steps import Variable, cut_volume
from backtimer.insights.pain_checks import Zone, exercise_zone
from backtimer.insights.progression import (
    SessionEvidence,
    SuggestionKind,
    latest_suggestion,
    routine_with_changes,
    suggest,
)
from backtimer.journal.journal import Journal
from backtimer.journal.records import HurtRecord, SessionStatus
from backtimer.library.loader import load_library
from backtimer.library.model import Block, Continuous, Hold, Library, PacedReps

DAY0 = date(2026, 3, 2)
BASICS = "rt_back_basics"
ZONE = timezone(timedelta(hours=1))


@cache
def library() -> Library:
    return load_library(None)


def ev(
    number: int,
    before: int | None,
    after: int | None,
    morning: int | None,
    *,
    usual: float | None = 3,
    day: int | None = None,
    hurt: tuple[str, ...] = (),
    hurt_score: int | None = 6,
    leg: bool = False,
    symptoms: bool = False,
    routine: str = BASICS,
    effort: int | None = 4,
    stopped: bool = False,
) -> SessionEvidence:
    """Session ``number`` of a scripted history, two days after the previous one by default."""
    return SessionEvidence(
        session_id=number,
        routine_id=routine,
        routine_title=routine,
        day=DAY0 + timedelta(days=2 * number if day is None else day),
        pain_before=before,
        pain_after=after,
        hurt_scores=tuple(hurt_score for _ in hurt),
        hurt_exercises=hurt,
        hurt_leg_or_nerve=tuple(leg for _ in hurt),
        symptoms=symptoms,
        next_morning=morning,
        usual=usual,
        effort=effort,
        stopped_early=stopped,
    )


HISTORIES = [
    ("green twice, settled", [ev(1, 3, 2, 3), ev(2, 3, 3, 2)], SuggestionKind.PROGRESS, True),
    ("green, then amber", [ev(1, 3, 2, 3), ev(2, 3, 5, 3)], SuggestionKind.HOLD, True),
    ("amber, then green", [ev(1, 3, 4, 3), ev(2, 3, 2, 3)], SuggestionKind.HOLD, True),
    ("only one session so far", [ev(1, 3, 2, 3)], SuggestionKind.HOLD, True),
    ("red pain after", [ev(1, 3, 2, 3), ev(2, 3, 6, 3)], SuggestionKind.STEP_BACK, True),
    (
        "'this hurts' above 5",
        [ev(1, 3, 2, 3), ev(2, 3, 2, 3, hurt=("stab_toe_tap",))],
        SuggestionKind.STEP_BACK,
        True,
    ),
    (
        "'this hurts' at 4 is amber: hold",
        [ev(1, 3, 2, 3), ev(2, 3, 2, 3, hurt=("stab_toe_tap",), hurt_score=4)],
        SuggestionKind.HOLD,
        True,
    ),
    (
        "'this hurts' without a score is amber: hold",
        [ev(1, 3, 2, 3), ev(2, 3, 2, 3, hurt=("stab_toe_tap",), hurt_score=None)],
        SuggestionKind.HOLD,
        True,
    ),
    (
        "'this hurts' at 2 with leg symptoms is red",
        [ev(1, 3, 2, 3), ev(2, 3, 2, 3, hurt=("stab_toe_tap",), hurt_score=2, leg=True)],
        SuggestionKind.STEP_BACK,
        True,
    ),
    (
        "leg or nerve symptoms with the after score are red",
        [ev(1, 3, 2, 3), ev(2, 3, 2, 3, symptoms=True)],
        SuggestionKind.STEP_BACK,
        True,
    ),
    (
        "effort not rated: not enough information",
        [ev(1, 3, 2, 3), ev(2, 3, 2, 3, effort=None)],
        SuggestionKind.HOLD,
        False,
    ),
    (
        "earlier session's effort not rated",
        [ev(1, 3, 2, 3, effort=None), ev(2, 3, 2, 3)],
        SuggestionKind.HOLD,
        False,
    ),
    (
        "Desk Reset never grows",
        [ev(1, 3, 2, 3, routine="rt_desk_reset"), ev(2, 3, 2, 3, routine="rt_desk_reset")],
        SuggestionKind.HOLD,
        True,
    ),
    (
        "Gentle Yoga never grows",
        [ev(1, 3, 2, 3, routine="rt_gentle_yoga"), ev(2, 3, 2, 3, routine="rt_gentle_yoga")],
        SuggestionKind.HOLD,
        True,
    ),
    (
        "next morning 2 above usual",
        [ev(1, 3, 2, 3), ev(2, 3, 2, 5)],
        SuggestionKind.STEP_BACK,
        True,
    ),
    ("next morning 1 above usual", [ev(1, 3, 2, 3), ev(2, 3, 2, 4)], SuggestionKind.HOLD, True),
    (
        "two step-backs in a row",
        [ev(1, 3, 2, 3), ev(2, 3, 7, 4), ev(3, 4, 7, 5)],
        SuggestionKind.FLARE,
        True,
    ),
    (
        "two step-backs across routines",
        [ev(1, 3, 8, 3), ev(2, 3, 7, 3, routine="rt_walk_easy")],
        SuggestionKind.FLARE,
        True,
    ),
    (
        "step-backs going on for two weeks",
        [ev(1, 3, 7, 5, day=0), ev(2, 4, 7, 5, day=6), ev(3, 4, 8, 6, day=14)],
        SuggestionKind.SEE_CLINICIAN,
        True,
    ),
    (
        "step-back after a recovery is a single step-back",
        [ev(1, 3, 7, 3), ev(2, 3, 2, 3), ev(3, 3, 7, 3)],
        SuggestionKind.STEP_BACK,
        True,
    ),
    (
        "bad day, rise of 1 twice",
        [ev(1, 6, 7, 6, usual=6), ev(2, 6, 7, 5, usual=6)],
        SuggestionKind.PROGRESS,
        True,
    ),
    (
        "bad day, rise of 2",
        [ev(1, 6, 7, 6, usual=6), ev(2, 6, 8, 6, usual=6)],
        SuggestionKind.HOLD,
        True,
    ),
    (
        "bad day, rise of 3",
        [ev(1, 6, 7, 6, usual=6), ev(2, 6, 9, 6, usual=6)],
        SuggestionKind.STEP_BACK,
        True,
    ),
    (
        "bad day, 7 after is fine when it started at 6",
        [ev(1, 6, 6, 6, usual=6), ev(2, 7, 7, 6, usual=6)],
        SuggestionKind.PROGRESS,
        True,
    ),
    ("missing morning", [ev(1, 3, 2, 3), ev(2, 3, 2, None)], SuggestionKind.HOLD, False),
    (
        "missing morning of the earlier session",
        [ev(1, 3, 2, None), ev(2, 3, 2, 3)],
        SuggestionKind.HOLD,
        False,
    ),
    ("no after score", [ev(1, 3, 2, 3), ev(2, 3, None, 3)], SuggestionKind.HOLD, False),
    (
        "no usual level and no before score",
        [ev(1, 3, 2, 3), ev(2, None, 2, 3, usual=None)],
        SuggestionKind.HOLD,
        False,
    ),
    ("effort 8/10", [ev(1, 3, 2, 3), ev(2, 3, 2, 3, effort=8)], SuggestionKind.HOLD, True),
    (
        "effort 6/10 still progresses",
        [ev(1, 3, 2, 3), ev(2, 3, 2, 3, effort=6)],
        SuggestionKind.PROGRESS,
        True,
    ),
    ("stopped early", [ev(1, 3, 2, 3), ev(2, 3, 2, 3, stopped=True)], SuggestionKind.HOLD, True),
    (
        "another routine between two green sessions",
        [ev(1, 3, 2, 3), ev(2, 3, 2, 3, routine="rt_desk_reset"), ev(3, 3, 2, 3)],
        SuggestionKind.PROGRESS,
        True,
    ),
]


@pytest.mark.parametrize(
    ("history", "kind", "enough"),
    [pytest.param(h, k, e, id=name) for name, h, k, e in HISTORIES],
)
def test_scripted_history_gets_the_rule_s_suggestion(
    history: list[SessionEvidence], kind: SuggestionKind, enough: bool
) -> None:
    """Each scripted pain history leads to the suggestion the brief's rules give."""
    found = suggest(history, library(), DAY0 + timedelta(days=60))
    assert found is not None
    assert (found.kind, found.enough_information) == (kind, enough)
    assert found.session_ids[-1] == history[-1].session_id


@pytest.mark.parametrize(
    ("before", "during", "hurt", "zone"),
    [
        (2, 0, False, Zone.GREEN),
        (2, 3, False, Zone.GREEN),
        (2, 4, False, Zone.AMBER),
        (None, 5, False, Zone.AMBER),
        (4, 6, False, Zone.RED),
        (5, 6, False, Zone.GREEN),
        (5, 7, False, Zone.AMBER),
        (5, 8, False, Zone.RED),
        (8, 4, False, Zone.GREEN),
        (1, 1, True, Zone.RED),
        (3, None, False, None),
    ],
)
def test_traffic_light(before: int | None, during: int | None, hurt: bool, zone: Zone) -> None:
    """Zones follow §8.2: 0-3 green, 4-5 amber, >5 red; from 5 up by the rise; a hurt is red."""
    assert exercise_zone(before, during, hurt) == zone


def test_progress_changes_exactly_one_variable_of_one_block() -> None:
    """A progression proposes one block with one dosage field changed, and cites the scores."""
    found = suggest(
        [ev(1, 2, 2, 2, usual=2), ev(2, 2, 3, 2, usual=2)], library(), DAY0 + timedelta(days=9)
    )
    assert found is not None
    assert found.kind is SuggestionKind.PROGRESS
    (change,) = found.changes
    routine = library().routine(BASICS)
    assert change.current == routine.blocks[change.block_index]
    assert _differences(change.current, change.proposed) == 1
    # The lightest progressable block of Back Basics: bird dog basic, 5 s holds (ceiling 10 s).
    assert change.current.exercise_id == "stab_bird_dog_basic"
    assert change.variable is Variable.HOLD_TIME
    assert change.proposed.dosage.hold_s == 7
    assert "2/10 after, then 3/10 after" in found.reason
    assert "usual 3/10" not in found.reason
    assert "usual 2/10" in found.reason


def test_step_back_after_a_hurt_makes_that_exercise_easier() -> None:
    """A "this hurts" on toe taps proposes heel slides (the easier level) for that block only."""
    found = suggest(
        [ev(1, 3, 2, 3), ev(2, 3, 3, 3, hurt=("stab_toe_tap",))], library(), DAY0 + timedelta(9)
    )
    assert found is not None
    assert found.kind is SuggestionKind.STEP_BACK
    (change,) = found.changes
    assert (change.current.exercise_id, change.proposed.exercise_id) == (
        "stab_toe_tap",
        "stab_heel_slide",
    )
    assert "this hurts" in found.reason


def test_step_back_after_red_pain_cuts_the_strength_work_only() -> None:
    """Red pain cuts the strength blocks by 30-50 %; cat-camel and breathing keep their dose."""
    found = suggest([ev(1, 3, 7, 3)], library(), DAY0 + timedelta(days=9))
    assert found is not None
    assert found.kind is SuggestionKind.STEP_BACK
    exercises = {change.current.exercise_id for change in found.changes}
    assert exercises.isdisjoint({"breath_paced", "dyn_cat_camel"})
    assert exercises == {
        block.exercise_id
        for block in library().routine(BASICS).blocks
        if block.exercise_id.startswith("stab_")
    }
    assert "7/10" in found.reason
    for change in found.changes:
        kept = _volume(change.proposed) / _volume(change.current)
        assert 0.5 <= kept <= 0.7, change.text


@pytest.mark.parametrize(
    ("dosage", "kept"),
    [
        (PacedReps(4, (10, 10)), PacedReps(4, (10,))),
        (PacedReps(4, (10, 10, 10)), PacedReps(4, (10, 10))),
        (PacedReps(4, (10,)), PacedReps(4, (6,))),
        (Hold(8, (5, 3, 1)), Hold(8, (3, 2, 1))),
        (Continuous(600), Continuous(360)),
    ],
)
def test_cut_volume(dosage: PacedReps | Hold | Continuous, kept: object) -> None:
    """Stepping back halves equal sets, else keeps ~60 % of reps or time."""
    assert cut_volume(Block("x", dosage)).dosage == kept


def test_flare_routine_gets_no_suggestion() -> None:
    """Flare-Up Day sessions are left to flare mode's own rule."""
    assert suggest([ev(1, 6, 7, 6, routine="rt_flare_day")], library(), DAY0) is None


def test_waiting_for_tomorrow_morning_says_so() -> None:
    """On the session day itself, a green session asks for tomorrow's morning score."""
    history = [ev(1, 3, 2, 3), ev(2, 3, 2, None)]
    found = suggest(history, library(), history[-1].day)
    assert found is not None
    assert not found.enough_information
    assert "tomorrow morning" in found.reason


def test_routine_with_changes_swaps_only_the_changed_block() -> None:
    """Applying a suggestion changes its block and leaves the others as they were."""
    found = suggest([ev(1, 3, 2, 3), ev(2, 3, 2, 3)], library(), DAY0 + timedelta(days=9))
    assert found is not None
    routine = library().routine(BASICS)
    changed = routine_with_changes(routine, found.changes)
    index = found.changes[0].block_index
    assert changed.blocks[index] == found.changes[0].proposed
    assert [b for i, b in enumerate(changed.blocks) if i != index] == [
        b for i, b in enumerate(routine.blocks) if i != index
    ]


# --- from the journal ---------------------------------------------------------------------------


def _session(journal: Journal, day: date, before: int, after: int, hurt: bool = False) -> int:
    start = datetime(day.year, day.month, day.day, 18, 0, tzinfo=ZONE)
    session_id = journal.start_session(BASICS, "Back Basics", 1140.0, start)
    journal.record_pain(before, "before", start, session_id)
    if hurt:
        journal.record_hurt(
            session_id, HurtRecord(3, "stab_glute_bridge", "Glute bridge", start, "skipped", 6)
        )
    end = start + timedelta(minutes=20)
    journal.record_pain(after, "after", end, session_id)
    journal.finish_session(session_id, SessionStatus.COMPLETED, end, effort=4)
    return session_id


def _spot(journal: Journal, day: date, hour: int, score: int) -> None:
    journal.record_pain(score, "spot", datetime(day.year, day.month, day.day, hour, tzinfo=ZONE))


def test_journal_history_uses_spot_scores_before_noon_as_mornings(tmp_path: Path) -> None:
    """Spot scores before noon the next day are the morning check; afternoon ones are not."""
    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        _spot(journal, DAY0, 8, 3)
        _session(journal, DAY0, 3, 2)
        _spot(journal, DAY0 + timedelta(days=1), 9, 3)
        _session(journal, DAY0 + timedelta(days=2), 3, 2)
        _spot(journal, DAY0 + timedelta(days=3), 15, 2)
        today = DAY0 + timedelta(days=3)
        waiting = latest_suggestion(journal, library(), today)
        assert waiting is not None
        assert not waiting.enough_information
        _spot(journal, today, 11, 3)
        found = latest_suggestion(journal, library(), today)
        assert found is not None
        assert found.kind is SuggestionKind.PROGRESS


def test_journal_hurt_event_and_changed_routine(tmp_path: Path) -> None:
    """A recorded "this hurts" steps back; once the dose changed, old sessions stop counting."""
    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        first = _session(journal, DAY0, 3, 3, hurt=True)
        found = latest_suggestion(journal, library(), DAY0)
        assert found is not None
        assert found.kind is SuggestionKind.STEP_BACK
        assert found.changes[0].current.exercise_id == "stab_glute_bridge"
        assert latest_suggestion(journal, library(), DAY0, {BASICS: first}) is None


def _differences(a: Block, b: Block) -> int:
    count = sum(getattr(a, f.name) != getattr(b, f.name) for f in fields(a) if f.name != "dosage")
    if a.dosage != b.dosage:
        count += sum(
            getattr(a.dosage, f.name) != getattr(b.dosage, f.name) for f in fields(a.dosage)
        )
    return count


def _volume(block: Block) -> float:
    dosage = block.dosage
    if isinstance(dosage, Hold | PacedReps):
        return float(sum(dosage.reps_per_set))
    if isinstance(dosage, Continuous):
        return dosage.duration_s
    return 1.0


@pytest.mark.parametrize(
    ("hour", "sessions_yesterday", "logged_this_morning", "due"),
    [
        (8, 1, False, True),  # a morning after a session day: ask
        (8, 0, False, False),  # no session yesterday: nothing to check
        (8, 1, True, False),  # already logged this morning
        (12, 1, False, False),  # afternoon scores do not count as mornings: too late to ask
        (11, 2, False, True),
    ],
)
def test_morning_check_is_asked_once_before_noon_after_a_session_day(
    hour: int, sessions_yesterday: int, logged_this_morning: bool, due: bool
) -> None:
    """The next-morning question comes before noon after a session day, unless already answered."""
    from datetime import UTC, datetime

    from backtimer.insights.pain_checks import morning_check_due
    from backtimer.journal.records import PainContext, PainEntry

    now = datetime(2026, 11, 24, hour, 5, tzinfo=UTC)
    entries = (
        [PainEntry(1, now.replace(hour=7), now.date(), 3, PainContext.SPOT, None, "")]
        if logged_this_morning
        else []
    )
    assert morning_check_due(now, sessions_yesterday, entries) is due


@pytest.mark.parametrize(
    ("now_hour", "now_minute", "ended_hour", "due"),
    [
        (0, 9, 23, False),  # 12 minutes after a late workout: still last night, not a morning
        (3, 30, 23, False),  # before 04:00 is night
        (7, 0, 23, True),  # the next real morning
        (7, 0, 5, False),  # an early workout this morning: it has not had a night yet
    ],
)
def test_morning_check_waits_for_the_next_calendar_morning(
    now_hour: int, now_minute: int, ended_hour: int, due: bool
) -> None:
    """The morning-after question belongs to the next morning, never minutes after a workout."""
    from datetime import UTC, datetime

    from backtimer.insights.pain_checks import morning_check_due

    now = datetime(2026, 11, 24, now_hour, now_minute, tzinfo=UTC)
    ended = datetime(2026, 11, 23, ended_hour, 57, tzinfo=UTC)
    if ended_hour < 12:
        ended = now.replace(hour=ended_hour, minute=30)
    assert morning_check_due(now, 1, [], ended) is due


def test_a_score_logged_after_midnight_is_not_the_next_morning() -> None:
    """A spot score at 00:30 after a late session does not count as that day's morning score."""
    from backtimer.insights.pain_checks import morning_scores
    from backtimer.journal.records import PainContext, PainEntry

    late = datetime(2026, 3, 3, 0, 30, tzinfo=ZONE)
    morning = datetime(2026, 3, 3, 8, 0, tzinfo=ZONE)
    entries = [
        PainEntry(1, late, late.date(), 2, PainContext.SPOT, None, ""),
        PainEntry(2, morning, morning.date(), 5, PainContext.SPOT, None, ""),
    ]
    assert morning_scores(entries) == {date(2026, 3, 3): 5}


def test_a_this_hurts_reason_names_the_exercise_never_its_id() -> None:
    """Today reads "during Thoracic extension in a chair", not "during post_thoracic_chair"."""
    from dataclasses import replace

    from backtimer.insights.progression import judge

    session = replace(
        ev(1, 3, 4, None, hurt=("post_thoracic_chair",), hurt_score=7),
        hurt_names=("Thoracic extension in a chair",),
    )
    reason = judge(session).reason
    assert "Thoracic extension in a chair" in reason
    assert "post_thoracic_chair" not in reason
    unnamed = judge(ev(1, 3, 4, None, hurt=("post_thoracic_chair",), hurt_score=7)).reason
    assert "post_thoracic_chair" not in unnamed


def test_journal_leg_symptoms_with_the_after_score_step_back(tmp_path: Path) -> None:
    """Pain down a leg ticked with the after-score is red, whatever the score (§8.2)."""
    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        start = datetime(DAY0.year, DAY0.month, DAY0.day, 18, tzinfo=ZONE)
        session_id = journal.start_session(BASICS, "Back Basics", 1140.0, start)
        journal.record_pain(2, "before", start, session_id)
        end = start + timedelta(minutes=20)
        journal.record_pain(2, "after", end, session_id, leg_pain=True)
        journal.finish_session(session_id, SessionStatus.COMPLETED, end, effort=3)
        found = latest_suggestion(journal, library(), DAY0)
        assert found is not None
        assert found.kind is SuggestionKind.STEP_BACK
        assert "leg" in found.reason


def test_journal_hurt_with_a_low_score_holds_but_with_nerve_symptoms_steps_back(
    tmp_path: Path,
) -> None:
    """A "this hurts" at 3/10 holds the dose; the same with leg/nerve symptoms steps back."""
    for leg, kind in ((False, SuggestionKind.HOLD), (True, SuggestionKind.STEP_BACK)):
        with Journal.open(tmp_path / f"journal-{leg}.sqlite3") as journal:
            start = datetime(DAY0.year, DAY0.month, DAY0.day, 18, tzinfo=ZONE)
            session_id = journal.start_session(BASICS, "Back Basics", 1140.0, start)
            journal.record_pain(2, "before", start, session_id)
            hurt = HurtRecord(3, "stab_toe_tap", "Toe tap", start, "skipped", 3, leg_or_nerve=leg)
            journal.record_hurt(session_id, hurt)
            end = start + timedelta(minutes=20)
            journal.record_pain(2, "after", end, session_id)
            journal.finish_session(session_id, SessionStatus.COMPLETED, end, effort=3)
            found = latest_suggestion(journal, library(), DAY0)
            assert found is not None
            assert found.kind is kind

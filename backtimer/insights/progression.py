"""Pain-guided progression: what to do with a routine next time (clinical brief §4.2, §6.2c, §8.2).

After each session the journal is read back and one suggestion is made, never applied: the
user says yes first. The rules, in the order they are checked:

* **Step back** when the latest session was red: pain above 5 (or a rise of 3+ from a start of
  5 or more), a "this hurts" with a score above 5 or with pain down the leg / pins and needles,
  leg or nerve symptoms ticked with a pain score, or a next morning 2+ points above usual.
  Two step-backs in a row (any routine) → the **flare** plan; if the step-backs have gone on for
  about two weeks → **see a clinician**.
* **Hold** (same dose) after amber pain (4-5, or a rise of 2 from a high start), a milder
  "this hurts" (5 or less, or no score), a next morning a little above usual, an effort above
  6/10, a session stopped early, or when a score the rule needs is missing ("not enough
  information to progress" rather than a guess).
* **Progress** one variable of one block when the last two sessions of that routine were both
  green, both settled by the next morning, and both rated "could have done 2-3 more" (effort
  6/10 or less, asked after the session). Only routines that grow (``routine_grows``) and only
  strength or endurance exercises (``progresses``) are progressed; see ``dosage_steps``.

"During" pain is the highest of the after-score and any score given with "this hurts": the app
asks no rep-by-rep pain, so "rising rep by rep" shows up as a "this hurts" report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.insights.dosage_steps import (
    VARIABLE_WORDS,
    DosageChange,
    fits_session_ceiling,
    load,
    progresses,
    routine_grows,
    step_down,
    step_up,
)
from backtimer.insights.pain_checks import (
    AMBER_MAX,
    GREEN_MAX,
    HIGH_START,
    MorningCheck,
    Zone,
    exercise_zone,
    morning_check,
    morning_scores,
    score_text,
    usual_level,
)
from backtimer.journal.journal import Journal
from backtimer.journal.records import (
    HurtEvent,
    PainContext,
    PainEntry,
    SessionStatus,
    SessionSummary,
)
from backtimer.library.model import Library, Routine, RoutineCategory
from backtimer.library.titles import FLARE_ROUTINE_ID, routine_title

MAX_EASY_EFFORT = 6
"""§4.2: progress only when the user "could have done 2-3 more" (about RPE ≤ 6/10)."""
RED_HURT_ABOVE = AMBER_MAX
"""A "this hurts" is red (step back) above this score, or with leg or nerve symptoms."""
PERSISTING_DAYS = 14
"""Step-backs spanning this long ("over 1-2 weeks", §4.2): suggest seeing a clinician."""
LOOKBACK_DAYS = 56


class SuggestionKind(StrEnum):
    PROGRESS = "progress"
    HOLD = "hold"
    STEP_BACK = "step_back"
    FLARE = "flare"
    SEE_CLINICIAN = "see_clinician"


class Verdict(StrEnum):
    """What one session says on its own."""

    READY = "ready"
    HOLD = "hold"
    STEP_BACK = "step_back"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class SessionEvidence:
    """One finished session with the scores the rules read, gathered from the journal."""

    session_id: int
    routine_id: str
    routine_title: str
    day: date
    pain_before: int | None
    pain_after: int | None
    hurt_scores: tuple[int | None, ...] = ()
    """One entry per "this hurts" report (its score when one was given)."""
    hurt_exercises: tuple[str, ...] = ()
    """Per "this hurts" report: the exercise's id (to find its block in the routine)."""
    hurt_names: tuple[str, ...] = ()
    """Per "this hurts" report: the exercise's name, for the words users read."""
    hurt_leg_or_nerve: tuple[bool, ...] = ()
    """Per "this hurts" report: whether it came with pain down the leg, numbness or tingling."""
    symptoms: bool = False
    """Pain down a leg, numbness, tingling or weakness ticked with the before or after score."""
    next_morning: int | None = None
    """The first spot score before noon on the following day."""
    usual: float | None = None
    """Median morning score of the 7 days up to the session (or its before-score)."""
    effort: int | None = None
    stopped_early: bool = False

    @property
    def during(self) -> int | None:
        scores = [s for s in (self.pain_after, *self.hurt_scores) if s is not None]
        return max(scores) if scores else None

    @property
    def red_hurts(self) -> tuple[str, ...]:
        """Exercises of the "this hurts" reports that are red: score above 5 or leg/nerve."""
        nerve = self.hurt_leg_or_nerve or (False,) * len(self.hurt_scores)
        return tuple(
            exercise
            for exercise, score, leg in zip(
                self.hurt_exercises, self.hurt_scores, nerve, strict=False
            )
            if leg or (score is not None and score > RED_HURT_ABOVE)
        )

    @property
    def zone(self) -> Zone | None:
        """Red overrides everything; a milder "this hurts" makes a green session amber."""
        if self.red_hurts or self.symptoms:
            return Zone.RED
        zone = exercise_zone(self.pain_before, self.during, False)
        if self.hurt_scores and zone in (Zone.GREEN, None):
            return Zone.AMBER
        return zone

    @property
    def morning(self) -> MorningCheck | None:
        return morning_check(self.next_morning, self.usual)


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    reason: str


@dataclass(frozen=True)
class Suggestion:
    """What to do next time, with the scores that led to it; applied only on the user's yes."""

    kind: SuggestionKind
    routine_id: str
    routine_title: str
    headline: str
    reason: str
    changes: tuple[DosageChange, ...] = ()
    session_ids: tuple[int, ...] = ()
    enough_information: bool = True

    @property
    def key(self) -> str:
        """Identifies this suggestion, so "Not now" hides it until a new session is recorded."""
        latest = self.session_ids[-1] if self.session_ids else 0
        return f"{self.kind.value}:{self.routine_id}:{latest}"

    @property
    def actionable(self) -> bool:
        """Whether there is something to say yes to (a changed dose or the flare plan)."""
        return bool(self.changes) or self.kind is SuggestionKind.FLARE


# --- judging one session ------------------------------------------------------------------------


def _same(text: str) -> str:
    return text


Translate = Callable[[str], str]
"""Looks a marked text up in the user's language (the UI passes one; the core stays English)."""


def judge(session: SessionEvidence, tr: Translate = _same) -> Judgement:
    """One session's verdict and the plain-words reason, citing its scores."""
    zone = session.zone
    morning, usual = score_text(session.next_morning), score_text(session.usual)
    if zone is Zone.RED:
        return Judgement(Verdict.STEP_BACK, _red_reason(session, tr))
    if session.morning is MorningCheck.CLEARLY_ABOVE:
        return Judgement(
            Verdict.STEP_BACK,
            tr(
                QT_TRANSLATE_NOOP(
                    "progression",
                    "the next morning your pain was {morning}, 2 or more points above your "
                    "usual {usual}",
                )
            ).format(morning=morning, usual=usual),
        )
    if zone is Zone.AMBER:
        return Judgement(Verdict.HOLD, _amber_reason(session, tr))
    if session.stopped_early:
        return Judgement(
            Verdict.HOLD,
            tr(QT_TRANSLATE_NOOP("progression", "the session was stopped before the end")),
        )
    if zone is None:
        return Judgement(
            Verdict.UNKNOWN,
            tr(QT_TRANSLATE_NOOP("progression", "there is no pain score from after the session")),
        )
    if session.effort is not None and session.effort > MAX_EASY_EFFORT:
        return Judgement(
            Verdict.HOLD,
            tr(
                QT_TRANSLATE_NOOP(
                    "progression",
                    "you rated the effort {effort}/10 (progress when it feels like you could do "
                    "2-3 more)",
                )
            ).format(effort=session.effort),
        )
    if session.morning is MorningCheck.SLIGHTLY_ABOVE:
        return Judgement(
            Verdict.HOLD,
            tr(
                QT_TRANSLATE_NOOP(
                    "progression",
                    "the next morning your pain was {morning}, a little above your usual {usual}",
                )
            ).format(morning=morning, usual=usual),
        )
    if session.next_morning is None:
        return Judgement(
            Verdict.UNKNOWN,
            tr(QT_TRANSLATE_NOOP("progression", "no pain score was logged the next morning")),
        )
    if session.usual is None:
        return Judgement(
            Verdict.UNKNOWN,
            tr(
                QT_TRANSLATE_NOOP(
                    "progression", "there is no usual level to compare the morning with"
                )
            ),
        )
    if session.effort is None:
        return Judgement(
            Verdict.UNKNOWN,
            tr(
                QT_TRANSLATE_NOOP(
                    "progression",
                    "the effort was not rated (progress when you could have done 2-3 more, "
                    "about 6/10 or less)",
                )
            ),
        )
    return Judgement(
        Verdict.READY,
        tr(
            QT_TRANSLATE_NOOP(
                "progression",
                "pain stayed in the green zone ({during}), the next morning ({morning}) was no "
                "worse than your usual {usual}, and the effort was {effort}/10",
            )
        ).format(
            during=_during_text(session, tr), morning=morning, usual=usual, effort=session.effort
        ),
    )


def _during_text(session: SessionEvidence, tr: Translate = _same) -> str:
    during = score_text(session.during)
    if session.pain_before is not None and session.pain_before >= HIGH_START:
        return tr(QT_TRANSLATE_NOOP("progression", "from {before} to {during}")).format(
            before=score_text(session.pain_before), during=during
        )
    return tr(QT_TRANSLATE_NOOP("progression", "{during} after")).format(during=during)


def _red_reason(session: SessionEvidence, tr: Translate = _same) -> str:
    if session.red_hurts:
        return tr(
            QT_TRANSLATE_NOOP("progression", "you pressed “this hurts” during {names} ({words})")
        ).format(
            names=_exercise_names(session, session.red_hurts, tr), words=_hurt_words(session, tr)
        )
    if session.symptoms:
        return tr(
            QT_TRANSLATE_NOOP(
                "progression", "you noted pain down a leg, or numbness, tingling or weakness"
            )
        )
    during = score_text(session.during)
    if session.pain_before is not None and session.pain_before >= HIGH_START:
        return tr(
            QT_TRANSLATE_NOOP(
                "progression",
                "pain rose from {before} to {during} (a rise of 3 or more is the red zone)",
            )
        ).format(before=score_text(session.pain_before), during=during)
    return tr(
        QT_TRANSLATE_NOOP("progression", "pain reached {during} (above {amber} is the red zone)")
    ).format(during=during, amber=AMBER_MAX)


def _exercise_names(
    session: SessionEvidence, exercise_ids: tuple[str, ...], tr: Translate = _same
) -> str:
    """The names users know the exercises by; never an id (an unnamed one is "an exercise")."""
    unnamed = tr(QT_TRANSLATE_NOOP("progression", "an exercise"))
    by_id = dict(zip(session.hurt_exercises, session.hurt_names, strict=False))
    names = dict.fromkeys(by_id.get(exercise_id) or unnamed for exercise_id in exercise_ids)
    return ", ".join(names) or unnamed


def _hurt_words(session: SessionEvidence, tr: Translate = _same) -> str:
    if any(session.hurt_leg_or_nerve):
        return tr(QT_TRANSLATE_NOOP("progression", "with leg or nerve symptoms"))
    scores = [score for score in session.hurt_scores if score is not None]
    if not scores:
        return tr(QT_TRANSLATE_NOOP("progression", "no score given"))
    return tr(QT_TRANSLATE_NOOP("progression", "pain {score}")).format(
        score=score_text(max(scores))
    )


def _amber_reason(session: SessionEvidence, tr: Translate = _same) -> str:
    if session.hurt_scores and not session.red_hurts:
        return tr(
            QT_TRANSLATE_NOOP(
                "progression",
                "you pressed “this hurts” during {names} ({words}: not above 5, so no step "
                "back, but not the time to do more)",
            )
        ).format(
            names=_exercise_names(session, session.hurt_exercises, tr),
            words=_hurt_words(session, tr),
        )
    during = score_text(session.during)
    if session.pain_before is not None and session.pain_before >= HIGH_START:
        return tr(
            QT_TRANSLATE_NOOP(
                "progression", "pain rose from {before} to {during} (a rise of 2 is the amber zone)"
            )
        ).format(before=score_text(session.pain_before), during=during)
    return tr(
        QT_TRANSLATE_NOOP(
            "progression",
            "pain reached {during} (amber zone: {low}-{high}, fine, but not the time to do more)",
        )
    ).format(during=during, low=GREEN_MAX + 1, high=AMBER_MAX)


# --- the suggestion -----------------------------------------------------------------------------


def suggest(
    history: Sequence[SessionEvidence], library: Library, today: date, tr: Translate = _same
) -> Suggestion | None:
    """The suggestion after the latest session in ``history`` (oldest first, all routines).

    None when there is no session, or the latest one's routine is gone or is the flare routine
    (flare mode has its own end rule in ``flare.py``).
    """
    if not history:
        return None
    latest = history[-1]
    routine = library.routines.get(latest.routine_id)
    if routine is None or routine.category is RoutineCategory.FLARE_UP:
        return None
    judgement = judge(latest, tr)
    if judgement.verdict is Verdict.STEP_BACK:
        return _step_back(history, routine, library, judgement, tr)
    if not routine_grows(routine):
        return _hold(
            routine,
            tr(
                QT_TRANSLATE_NOOP(
                    "progression",
                    "{title} keeps a fixed, comfortable dose: it is not made longer or harder. "
                    "Last time: {reason}.",
                )
            ).format(title=routine.title, reason=judgement.reason),
            (latest,),
            tr=tr,
        )
    if judgement.verdict is Verdict.UNKNOWN:
        waiting = latest.next_morning is None and today <= latest.day
        if waiting and latest.zone is not None:
            reason = tr(
                QT_TRANSLATE_NOOP(
                    "progression",
                    "Not enough information to progress yet: log your pain tomorrow morning "
                    "(Journal › Log pain now, before noon) so we can see that it settled.",
                )
            )
        else:
            reason = tr(
                QT_TRANSLATE_NOOP("progression", "Not enough information to progress: {reason}.")
            ).format(reason=judgement.reason)
        return _hold(routine, reason, (latest,), enough_information=False, tr=tr)
    if judgement.verdict is Verdict.HOLD:
        return _hold(
            routine,
            tr(
                QT_TRANSLATE_NOOP("progression", "Repeat the same dose next time: {reason}.")
            ).format(reason=judgement.reason),
            (latest,),
            tr=tr,
        )
    return _maybe_progress(history, routine, library, latest, judgement, tr)


def _maybe_progress(
    history: Sequence[SessionEvidence],
    routine: Routine,
    library: Library,
    latest: SessionEvidence,
    judgement: Judgement,
    tr: Translate = _same,
) -> Suggestion:
    same_routine = [item for item in history if item.routine_id == routine.id]
    if len(same_routine) < 2:
        return _hold(
            routine,
            tr(
                QT_TRANSLATE_NOOP(
                    "progression",
                    "A good session: {reason}. One more like it and you can progress.",
                )
            ).format(reason=judgement.reason),
            (latest,),
            tr=tr,
        )
    previous = same_routine[-2]
    earlier = judge(previous, tr)
    if earlier.verdict is not Verdict.READY:
        enough = earlier.verdict is not Verdict.UNKNOWN
        if enough:
            text = QT_TRANSLATE_NOOP(
                "progression", "Repeat the same dose: the session before, {reason}."
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "progression", "Not enough information to progress: the session before, {reason}."
            )
        return _hold(
            routine,
            tr(text).format(reason=earlier.reason),
            (previous, latest),
            enough_information=enough,
            tr=tr,
        )
    used = {block.exercise_id for block in routine.blocks}
    steps = [
        (load(block), index, step)
        for index, block in enumerate(routine.blocks)
        if (step := step_up(library, index, block, used)) is not None
        and fits_session_ceiling(routine_with_changes(routine, (step,)), library)
    ]
    if not steps:
        return _hold(
            routine,
            tr(
                QT_TRANSLATE_NOOP(
                    "progression",
                    "Both recent sessions went well, and {title} is as long and as hard as it "
                    "gets (each exercise at its ceiling, or the session at its length limit): the "
                    "next routine in the 12-week plan is your way up.",
                )
            ).format(title=routine.title),
            (previous, latest),
            tr=tr,
        )
    _, _, step = min(steps, key=lambda item: (item[0], item[1]))
    return Suggestion(
        kind=SuggestionKind.PROGRESS,
        routine_id=routine.id,
        routine_title=routine.title,
        headline=tr(QT_TRANSLATE_NOOP("progression", "Ready for a little more in {title}")).format(
            title=routine.title
        ),
        reason=tr(
            QT_TRANSLATE_NOOP(
                "progression",
                "In your last two sessions {scores}. Progress one thing only ({variable}): "
                "{change}.",
            )
        ).format(
            scores=_scores_pair(previous, latest, tr),
            variable=tr(VARIABLE_WORDS[step.variable]),
            change=step.words(tr),
        ),
        changes=(step,),
        session_ids=(previous.session_id, latest.session_id),
    )


def _scores_pair(previous: SessionEvidence, latest: SessionEvidence, tr: Translate = _same) -> str:
    return tr(
        QT_TRANSLATE_NOOP(
            "progression",
            "pain stayed green ({first}, then {second}) and settled by the next mornings "
            "({first_morning} and {second_morning}, usual {usual})",
        )
    ).format(
        first=_during_text(previous, tr),
        second=_during_text(latest, tr),
        first_morning=score_text(previous.next_morning),
        second_morning=score_text(latest.next_morning),
        usual=score_text(latest.usual),
    )


def _step_back(
    history: Sequence[SessionEvidence],
    routine: Routine,
    library: Library,
    judgement: Judgement,
    tr: Translate = _same,
) -> Suggestion:
    run: list[SessionEvidence] = []
    for item in reversed(history):
        if judge(item).verdict is not Verdict.STEP_BACK:
            break
        run.append(item)
    run.reverse()
    latest = run[-1]
    ids = tuple(item.session_id for item in run)
    flare_title = routine_title(FLARE_ROUTINE_ID, library)
    if len(run) >= 2:
        span = (latest.day - run[0].day).days
        if span >= PERSISTING_DAYS:
            return Suggestion(
                kind=SuggestionKind.SEE_CLINICIAN,
                routine_id=FLARE_ROUTINE_ID,
                routine_title=flare_title,
                headline=tr(QT_TRANSLATE_NOOP("progression", "Time to see a clinician")),
                reason=tr(
                    QT_TRANSLATE_NOOP(
                        "progression",
                        "Sessions have needed a step back {count} times in a row over {days} days "
                        "(latest: {reason}). When pain is not easing after 1-2 weeks, a clinician "
                        "can check what is going on. Keep {title} for now.",
                    )
                ).format(count=len(run), days=span, reason=judgement.reason, title=flare_title),
                session_ids=ids,
            )
        return Suggestion(
            kind=SuggestionKind.FLARE,
            routine_id=FLARE_ROUTINE_ID,
            routine_title=flare_title,
            headline=tr(QT_TRANSLATE_NOOP("progression", "This looks like a flare-up")),
            reason=tr(
                QT_TRANSLATE_NOOP(
                    "progression",
                    "Two step-backs in a row (latest: {reason}). Switch to {title} and the flare "
                    "plan for a few days; if it persists over 1-2 weeks, see a clinician.",
                )
            ).format(reason=judgement.reason, title=flare_title),
            session_ids=ids,
        )
    hurt = set(latest.red_hurts)
    changes: list[DosageChange] = []
    for index, block in enumerate(routine.blocks):
        exercise = library.exercises.get(block.exercise_id)
        if exercise is None:
            continue
        if block.exercise_id in hurt:
            if exercise.easier in library.exercises:
                changes.append(step_down(library, index, block, easier_first=True))
            elif progresses(exercise) and routine_grows(routine):
                changes.append(step_down(library, index, block, easier_first=False))
        elif not hurt and progresses(exercise) and routine_grows(routine):
            changes.append(step_down(library, index, block, easier_first=False))
    changes = [item for item in changes if item.proposed != item.current]
    if changes and hurt:
        advice = tr(QT_TRANSLATE_NOOP("progression", "Make the exercise that hurt easier."))
    elif changes:
        advice = tr(
            QT_TRANSLATE_NOOP(
                "progression",
                "Do about 40 % less of the strength and walking parts (half the sets, or fewer "
                "reps).",
            )
        )
    elif hurt:
        advice = tr(
            QT_TRANSLATE_NOOP(
                "progression", "Next time leave out the exercise that hurt, or do it more gently."
            )
        )
    else:
        advice = tr(
            QT_TRANSLATE_NOOP(
                "progression",
                "{title} keeps a fixed, gentle dose: do less of it next time, or do the "
                "{routine} routine instead.",
            )
        ).format(title=routine.title, routine=flare_title)
    return Suggestion(
        kind=SuggestionKind.STEP_BACK,
        routine_id=routine.id,
        routine_title=routine.title,
        headline=tr(QT_TRANSLATE_NOOP("progression", "Take {title} down a notch next time")).format(
            title=routine.title
        ),
        reason=tr(
            QT_TRANSLATE_NOOP("progression", "Step back for the next session: {reason}. {advice}")
        ).format(reason=judgement.reason, advice=advice),
        changes=tuple(changes),
        session_ids=ids,
    )


def _hold(
    routine: Routine,
    reason: str,
    sessions: Sequence[SessionEvidence],
    *,
    enough_information: bool = True,
    tr: Translate = _same,
) -> Suggestion:
    return Suggestion(
        kind=SuggestionKind.HOLD,
        routine_id=routine.id,
        routine_title=routine.title,
        headline=tr(QT_TRANSLATE_NOOP("progression", "Keep {title} as it is")).format(
            title=routine.title
        )
        if enough_information
        else tr(QT_TRANSLATE_NOOP("progression", "Log tomorrow morning")),
        reason=reason,
        session_ids=tuple(item.session_id for item in sessions),
        enough_information=enough_information,
    )


def routine_with_changes(routine: Routine, changes: Iterable[DosageChange]) -> Routine:
    """The routine with the suggested blocks swapped in (same id: the caller names the copy)."""
    blocks = list(routine.blocks)
    for item in changes:
        blocks[item.block_index] = item.proposed
    return replace(routine, blocks=tuple(blocks))


# --- from the journal ---------------------------------------------------------------------------


def build_evidence(
    sessions: Iterable[SessionSummary],
    spot_scores: Iterable[PainEntry],
    hurts: Iterable[HurtEvent],
    symptom_sessions: Collection[int] = (),
) -> list[SessionEvidence]:
    """Completed and stopped sessions (oldest first) with their morning and usual levels.

    ``symptom_sessions``: ids of sessions whose before or after score came with pain down a
    leg, numbness, tingling or weakness.
    """
    mornings = morning_scores(spot_scores)
    hurts_by_session: dict[int, list[HurtEvent]] = defaultdict(list)
    for hurt in hurts:
        hurts_by_session[hurt.session_id].append(hurt)
    evidence = []
    for session in sessions:
        if session.status not in (SessionStatus.COMPLETED, SessionStatus.STOPPED):
            continue
        own = hurts_by_session.get(session.id, [])
        usual = usual_level(mornings, session.day)
        evidence.append(
            SessionEvidence(
                session_id=session.id,
                routine_id=session.routine_id,
                routine_title=session.routine_title,
                day=session.day,
                pain_before=session.pain_before,
                pain_after=session.pain_after,
                hurt_scores=tuple(hurt.score for hurt in own),
                hurt_exercises=tuple(hurt.exercise_id for hurt in own),
                hurt_names=tuple(hurt.exercise_name for hurt in own),
                hurt_leg_or_nerve=tuple(hurt.leg_or_nerve for hurt in own),
                symptoms=session.id in symptom_sessions,
                next_morning=mornings.get(session.day + timedelta(days=1)),
                usual=usual if usual is not None else session.pain_before,
                effort=session.effort,
                stopped_early=session.status is SessionStatus.STOPPED,
            )
        )
    return evidence


def latest_suggestion(
    journal: Journal,
    library: Library,
    today: date,
    changed_after: Mapping[str, int] | None = None,
    tr: Translate = _same,
) -> Suggestion | None:
    """Read the last few weeks of the journal and suggest what to do after the latest session.

    ``changed_after`` maps a routine id to the last session before its dose was changed: those
    sessions were done at the old dose, so they no longer count towards the next suggestion.
    """
    first = today - timedelta(days=LOOKBACK_DAYS)
    changed_after = changed_after or {}
    entries = journal.pain_entries(first - timedelta(days=7), today)
    evidence = build_evidence(
        journal.sessions(first, today),
        [entry for entry in entries if entry.context is PainContext.SPOT],
        journal.hurt_events(from_day=first, to_day=today),
        {
            entry.session_id
            for entry in entries
            if entry.session_id is not None and (entry.leg_pain or entry.nerve_symptoms)
        },
    )
    current = [item for item in evidence if item.session_id > changed_after.get(item.routine_id, 0)]
    if not current or current[-1] is not evidence[-1]:
        return None  # nothing done since the last change: nothing new to say
    return suggest(current, library, today, tr)

"""Safety wording: the disclaimer, the red-flag symptoms and the stop rule.

One source for the first-run screen, Help → When to get help, the pain prompt's guidance and the
physio report, so the wording never drifts between them. Written in our own words from the
team's clinical brief (§7, §8.3); calm and specific, because serious causes are rare.
"""

from __future__ import annotations

from collections.abc import Callable

from backtimer.i18n import QT_TRANSLATE_NOOP

DISCLAIMER = QT_TRANSLATE_NOOP(
    "safety",
    "Backtimer offers general exercise routines for people living with ongoing low back pain. "
    "It doesn't diagnose anything and it is not a replacement for advice from your doctor or "
    "physiotherapist, who can tailor exercises to you. Most back pain is not caused by serious "
    "damage, and regular, gentle movement is safe and helpful for most people: some discomfort "
    "while you exercise is normal and is not a sign of harm. A few symptoms do need prompt "
    "medical help; they are listed below and under Help → When to get help. If you are "
    "pregnant, have recently had surgery, a fall or an injury, or have a condition such as "
    "osteoporosis, check with a health professional before you start.",
)

EMERGENCY = (
    QT_TRANSLATE_NOOP(
        "safety",
        "New numbness, tingling or altered feeling between your inner thighs, around your genitals "
        "or back passage, or in your buttocks — including feeling different when wiping.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "New difficulty starting to pass urine, weaker feeling when passing it, not knowing when "
        "your bladder is full, or leaking.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "New loss of bowel control or of feeling when opening your bowels.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "A new change in sexual function or genital sensation.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Pain, numbness or weakness in both legs, or leg weakness that is severe or getting worse "
        "(tripping, a dropping foot, difficulty walking).",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Back pain after a serious accident or fall, or after a minor fall if you have "
        "osteoporosis or take long-term steroids.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Back pain together with chest pain, a pulsing pain in your tummy, or feeling faint.",
    ),
)

URGENT = (
    QT_TRANSLATE_NOOP(
        "safety",
        "Fever, chills or feeling generally unwell with back pain.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Weight loss you cannot explain.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Past or current cancer and new or changed back pain.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Pain that is constant, not eased by rest or changing position, or worse at night.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "A lump, swelling or change in the shape of your back, or pain mainly between the "
        "shoulder blades.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "A weakened immune system, or a history of injecting drugs, with new back pain.",
    ),
)

SOON = (
    QT_TRANSLATE_NOOP(
        "safety",
        "Pain that is not improving after about 6 weeks of looking after it yourself.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Pain that is steadily getting worse or stopping your daily activities.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Numbness, pins and needles or weakness in one leg that is not settling.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Morning stiffness lasting more than 30 minutes that eases as you move, especially if "
        "you are under 45.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Back pain that is new and started before the age of 20 or after the age of 50: have it "
        "checked by a doctor rather than waiting to see if it settles.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Feeling worried or unable to cope.",
    ),
)

WHERE_TO_GET_HELP = QT_TRANSLATE_NOOP("safety", "Help → When to get help (F1)")

_STOP_SIGNS = QT_TRANSLATE_NOOP(
    "safety",
    "Stop the exercise and rest if pain goes above 5 out of 10 or keeps climbing, spreads down "
    "a leg, or you notice new numbness, tingling or weakness, dizziness, chest pain or "
    "tightness, unusual breathlessness, a racing or pounding heart, or a painful swollen calf.",
)
_STOP_RULE = QT_TRANSLATE_NOOP(
    "safety", "{signs} If any emergency symptom appears, stop the session and get help: {where}."
)
_SHORT_STOP_RULE = QT_TRANSLATE_NOOP(
    "safety",
    "For every exercise: stop if pain goes above 5 out of 10 or keeps climbing, spreads down a "
    "leg, or you feel new numbness, tingling or weakness, dizziness, chest pain or unusual "
    "breathlessness. {where} lists the symptoms that need a doctor.",
)


def _same(text: str) -> str:
    return text


Translate = Callable[[str], str]
"""Looks a marked text up in the user's language (the UI passes one; the core stays English)."""


def stop_rule(tr: Translate = _same) -> str:
    return tr(_STOP_RULE).format(signs=tr(_STOP_SIGNS), where=tr(WHERE_TO_GET_HELP))


def short_stop_rule(tr: Translate = _same) -> str:
    """The general stop rule shown under every exercise."""
    return tr(_SHORT_STOP_RULE).format(where=tr(WHERE_TO_GET_HELP))


STOP_RULE = stop_rule()
SHORT_STOP_RULE = short_stop_rule()

URGENT_GUIDANCE = QT_TRANSLATE_NOOP(
    "safety",
    "Numbness around the genitals, back passage or buttocks, or new problems passing urine or "
    "controlling your bladder or bowels, can be a sign of a rare but serious nerve problem "
    "(cauda equina syndrome). Stop exercising and get emergency help now: call the emergency "
    "number or go to an emergency department. Do not wait to see if it settles.",
)

_NERVE_GUIDANCE = QT_TRANSLATE_NOOP(
    "safety",
    "With pain down a leg, or numbness, tingling or weakness, skip any exercise that brings it on "
    "or makes it spread, and go gently today. If it is in both legs, or a leg is getting weaker "
    "(tripping, a dropping foot), get emergency help now. If it is in one leg and not settling, "
    "see a doctor or physiotherapist soon. The full list is under {where}.",
)
NERVE_GUIDANCE = _NERVE_GUIDANCE.format(where=WHERE_TO_GET_HELP)

HIGH_PAIN_GUIDANCE = QT_TRANSLATE_NOOP(
    "safety",
    "That is a high score. Take it easy today: gentle movement and the {routine} routine "
    "usually help more than rest alone, and a flare usually settles within days to a couple of "
    "weeks. If you notice any of the symptoms under When to get help, seek medical advice.",
)

RISE_GUIDANCE = QT_TRANSLATE_NOOP(
    "safety",
    "Your pain went up by {rise} points during this session. That does not mean harm, but next "
    "time do less (about a third fewer reps or sets) and check how you feel tomorrow morning. "
    "If it keeps happening, or you notice any of the symptoms under When to get help, talk to "
    "your doctor or physiotherapist.",
)

LEG_PAIN_WORDS = QT_TRANSLATE_NOOP("safety", "pain down a leg")
NERVE_WORDS = QT_TRANSLATE_NOOP("safety", "numbness, tingling or weakness")
URGENT_WORDS = QT_TRANSLATE_NOOP(
    "safety", "numbness around the genitals or back passage, or bladder or bowel changes"
)
LEG_OR_NERVE_WORDS = QT_TRANSLATE_NOOP("safety", "pain down the leg, numbness or tingling")
"""What "this hurts" records as one flag (``hurt_event.leg_or_nerve``)."""


def symptom_words(
    leg_pain: bool, nerve_symptoms: bool, urgent_symptoms: bool, tr: Translate = _same
) -> str:
    """The symptoms logged with a pain score, in words ("" for none): History and the report."""
    chosen = (
        (leg_pain, LEG_PAIN_WORDS),
        (nerve_symptoms, NERVE_WORDS),
        (urgent_symptoms, URGENT_WORDS),
    )
    return "; ".join(tr(words) for flag, words in chosen if flag)


RED_FLAG_SCORE = 8
RED_FLAG_RISE = 3


def needs_guidance(
    score: int,
    before: int | None = None,
    *,
    urgent_symptoms: bool = False,
    leg_or_nerve: bool = False,
    tr: Translate = _same,
    flare_title: str | None = None,
) -> str | None:
    """The calm guidance to show after a pain score, or None if nothing is needed.

    Urgent symptoms (saddle numbness, bladder or bowel changes) always come first: they need
    emergency help whatever the score. ``flare_title`` names the flare routine as the library
    does; without it the bundled title is looked up.
    """
    if urgent_symptoms:
        return tr(URGENT_GUIDANCE)
    if leg_or_nerve:
        return tr(_NERVE_GUIDANCE).format(where=tr(WHERE_TO_GET_HELP))
    if before is not None and score - before >= RED_FLAG_RISE:
        return tr(RISE_GUIDANCE).format(rise=score - before)
    if score >= RED_FLAG_SCORE:
        if flare_title is None:
            from backtimer.library.titles import FLARE_ROUTINE_ID, routine_title

            flare_title = routine_title(FLARE_ROUTINE_ID)
        return tr(HIGH_PAIN_GUIDANCE).format(routine=flare_title)
    return None


def red_flags_html(tr: Translate = _same) -> str:
    """The three levels of 'when to get help' as simple HTML lists."""

    def section(title: str, intro: str, items: tuple[str, ...]) -> str:
        rows = "".join(f"<li>{tr(item)}</li>" for item in items)
        return f"<h3>{tr(title)}</h3><p>{tr(intro)}</p><ul>{rows}</ul>"

    during = tr(
        QT_TRANSLATE_NOOP(
            "safety",
            "{signs} If any symptom in the first list above appears, stop the session and get "
            "emergency help.",
        )
    ).format(signs=tr(_STOP_SIGNS))
    during_title = tr(QT_TRANSLATE_NOOP("safety", "During exercise"))
    return (
        section(
            QT_TRANSLATE_NOOP("safety", "Get emergency help now"),
            QT_TRANSLATE_NOOP(
                "safety",
                "Stop and call the emergency number, or go to an emergency department, if you "
                "have:",
            ),
            EMERGENCY,
        )
        + section(
            QT_TRANSLATE_NOOP("safety", "Contact a doctor the same day"),
            QT_TRANSLATE_NOOP("safety", "If you have back pain and:"),
            URGENT,
        )
        + section(
            QT_TRANSLATE_NOOP("safety", "See a doctor or physiotherapist soon"),
            QT_TRANSLATE_NOOP("safety", "If you have:"),
            SOON,
        )
        + f"<h3>{during_title}</h3><p>{during}</p>"
    )

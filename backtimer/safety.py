"""Safety wording: the disclaimer, the red-flag symptoms and the stop rule.

One source for the first-run screen, Help → When to get help, the pain prompt's guidance and the
physio report, so the wording never drifts between them. Written in our own words from the
team's clinical brief (§7, §8.3); calm and specific, because serious causes are rare.
"""

from __future__ import annotations

DISCLAIMER = (
    "Backtimer offers general exercise routines for people living with ongoing low back pain. "
    "It doesn't diagnose anything and it is not a replacement for advice from your doctor or "
    "physiotherapist, who can tailor exercises to you. Most back pain is not caused by serious "
    "damage, and regular, gentle movement is safe and helpful for most people: some discomfort "
    "while you exercise is normal and is not a sign of harm. A few symptoms do need prompt "
    "medical help; they are listed below and under Help → When to get help. If you are "
    "pregnant, have recently had surgery, a fall or an injury, or have a condition such as "
    "osteoporosis, check with a health professional before you start."
)

EMERGENCY = (
    "New numbness, tingling or altered feeling between your inner thighs, around your genitals "
    "or back passage, or in your buttocks — including feeling different when wiping.",
    "New difficulty starting to pass urine, weaker feeling when passing it, not knowing when "
    "your bladder is full, or leaking.",
    "New loss of bowel control or of feeling when opening your bowels.",
    "A new change in sexual function or genital sensation.",
    "Pain, numbness or weakness in both legs, or leg weakness that is severe or getting worse "
    "(tripping, a dropping foot, difficulty walking).",
    "Back pain after a serious accident or fall, or after a minor fall if you have "
    "osteoporosis or take long-term steroids.",
    "Back pain together with chest pain, a pulsing pain in your tummy, or feeling faint.",
)

URGENT = (
    "Fever, chills or feeling generally unwell with back pain.",
    "Weight loss you cannot explain.",
    "Past or current cancer and new or changed back pain.",
    "Pain that is constant, not eased by rest or changing position, or worse at night.",
    "A lump, swelling or change in the shape of your back, or pain mainly between the "
    "shoulder blades.",
    "A weakened immune system, or a history of injecting drugs, with new back pain.",
)

SOON = (
    "Pain that is not improving after about 6 weeks of looking after it yourself.",
    "Pain that is steadily getting worse or stopping your daily activities.",
    "Numbness, pins and needles or weakness in one leg that is not settling.",
    "Morning stiffness lasting more than 30 minutes that eases as you move, especially if "
    "you are under 45.",
    "Back pain that is new and started before the age of 20 or after the age of 50: have it "
    "checked by a doctor rather than waiting to see if it settles.",
    "Feeling worried or unable to cope.",
)

WHERE_TO_GET_HELP = "Help → When to get help (F1)"

_STOP_SIGNS = (
    "Stop the exercise and rest if pain goes above 5 out of 10 or keeps climbing, spreads down "
    "a leg, or you notice new numbness, tingling or weakness, dizziness, chest pain or "
    "tightness, unusual breathlessness, a racing or pounding heart, or a painful swollen calf."
)
STOP_RULE = (
    f"{_STOP_SIGNS} If any emergency symptom appears, stop the session and get help: "
    f"{WHERE_TO_GET_HELP}."
)

SHORT_STOP_RULE = (
    "For every exercise: stop if pain goes above 5 out of 10 or keeps climbing, spreads down a "
    "leg, or you feel new numbness, tingling or weakness, dizziness, chest pain or unusual "
    f"breathlessness. {WHERE_TO_GET_HELP} lists the symptoms that need a doctor."
)

URGENT_GUIDANCE = (
    "Numbness around the genitals, back passage or buttocks, or new problems passing urine or "
    "controlling your bladder or bowels, can be a sign of a rare but serious nerve problem "
    "(cauda equina syndrome). Stop exercising and get emergency help now: call the emergency "
    "number or go to an emergency department. Do not wait to see if it settles."
)

NERVE_GUIDANCE = (
    "With pain down a leg, or numbness, tingling or weakness, skip any exercise that brings it on "
    "or makes it spread, and go gently today. If it is in both legs, or a leg is getting weaker "
    "(tripping, a dropping foot), get emergency help now. If it is in one leg and not settling, "
    f"see a doctor or physiotherapist soon. The full list is under {WHERE_TO_GET_HELP}."
)

HIGH_PAIN_GUIDANCE = (
    "That is a high score. Take it easy today: gentle movement and the Flare-Up Day routine "
    "usually help more than rest alone, and a flare usually settles within days to a couple of "
    "weeks. If you notice any of the symptoms under When to get help, seek medical advice."
)

RISE_GUIDANCE = (
    "Your pain went up by {rise} points during this session. That does not mean harm, but next "
    "time do less (about a third fewer reps or sets) and check how you feel tomorrow morning. "
    "If it keeps happening, or you notice any of the symptoms under When to get help, talk to "
    "your doctor or physiotherapist."
)

LEG_PAIN_WORDS = "pain down a leg"
NERVE_WORDS = "numbness, tingling or weakness"
URGENT_WORDS = "numbness around the genitals or back passage, or bladder or bowel changes"
LEG_OR_NERVE_WORDS = "pain down the leg, numbness or tingling"
"""What "this hurts" records as one flag (``hurt_event.leg_or_nerve``)."""


def symptom_words(leg_pain: bool, nerve_symptoms: bool, urgent_symptoms: bool) -> str:
    """The symptoms logged with a pain score, in words ("" for none): History and the report."""
    chosen = (
        (leg_pain, LEG_PAIN_WORDS),
        (nerve_symptoms, NERVE_WORDS),
        (urgent_symptoms, URGENT_WORDS),
    )
    return "; ".join(words for flag, words in chosen if flag)


RED_FLAG_SCORE = 8
RED_FLAG_RISE = 3


def needs_guidance(
    score: int,
    before: int | None = None,
    *,
    urgent_symptoms: bool = False,
    leg_or_nerve: bool = False,
) -> str | None:
    """The calm guidance to show after a pain score, or None if nothing is needed.

    Urgent symptoms (saddle numbness, bladder or bowel changes) always come first: they need
    emergency help whatever the score.
    """
    if urgent_symptoms:
        return URGENT_GUIDANCE
    if leg_or_nerve:
        return NERVE_GUIDANCE
    if before is not None and score - before >= RED_FLAG_RISE:
        return RISE_GUIDANCE.format(rise=score - before)
    if score >= RED_FLAG_SCORE:
        return HIGH_PAIN_GUIDANCE
    return None


def red_flags_html() -> str:
    """The three levels of 'when to get help' as simple HTML lists."""

    def section(title: str, intro: str, items: tuple[str, ...]) -> str:
        rows = "".join(f"<li>{item}</li>" for item in items)
        return f"<h3>{title}</h3><p>{intro}</p><ul>{rows}</ul>"

    return (
        section(
            "Get emergency help now",
            "Stop and call the emergency number, or go to an emergency department, if you have:",
            EMERGENCY,
        )
        + section("Contact a doctor the same day", "If you have back pain and:", URGENT)
        + section("See a doctor or physiotherapist soon", "If you have:", SOON)
        + f"<h3>During exercise</h3><p>{_STOP_SIGNS} If any symptom in the first list above "
        "appears, stop the session and get emergency help.</p>"
    )

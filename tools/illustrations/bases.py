"""Base body positions the catalogue varies: standing, lying, all fours, seated, kneeling.

Contacts are solved rather than guessed: feet and hands are placed on the floor (or a pedal, a
chair seat) and the limb angles come from inverse kinematics, so a figure on all fours really
has its hands under the shoulders and its knees under the hips.
"""

from __future__ import annotations

import math
from dataclasses import replace

import props
from shapes import Shape, spine_point
from skeleton import (
    ARM,
    FOREARM,
    HEAD_R,
    LEG,
    LYING,
    NECK,
    ON_FLOOR,
    SHIN,
    THIGH,
    TRUNK,
    UPPER_ARM,
    Limb,
    Point,
    Pose,
    arm_to,
    arm_via,
    direction,
    hip_below,
    joints,
    leg_to,
    polar,
    shoulder_of,
)

STAND_Y = ON_FLOOR + LEG
HANG = Limb(-93.0, -84.0)


def accent(*parts: str) -> frozenset[str]:
    return frozenset(parts)


def knee_of(hip: Point, leg: Limb) -> Point:
    return polar(hip, leg.upper, THIGH * leg.scale)


def ankle_of(hip: Point, leg: Limb) -> Point:
    return polar(knee_of(hip, leg), leg.lower, SHIN * leg.scale)


def hand_of(shoulder: Point, arm: Limb) -> Point:
    elbow = polar(shoulder, arm.upper, UPPER_ARM * arm.scale)
    return polar(elbow, arm.lower, FOREARM * arm.scale)


def mid_foot(hip: Point, leg: Limb) -> Point:
    assert leg.end is not None
    return polar(ankle_of(hip, leg), leg.end, 7.0)


def head_of(pose: Pose) -> Point:
    return joints(pose).head


def on_thigh(hip: Point, leg: Limb, t: float, offset: float) -> Point:
    """A point ``t`` of the way from hip to knee, ``offset`` to the left looking down the thigh."""
    knee = knee_of(hip, leg)
    base = (hip[0] + (knee[0] - hip[0]) * t, hip[1] + (knee[1] - hip[1]) * t)
    return polar(base, leg.upper + 90.0, offset)


def on_body(pose: Pose, t: float, front: float) -> Point:
    """A point on the spine (t: 0 hip .. 1 shoulder), moved ``front`` towards the belly side."""
    return polar(spine_point(joints(pose), t), pose.trunk - 90.0, front)


def behind_hips(hip: Point, trunk: float, up: float) -> Point:
    """Where hands rest on the back of the pelvis or low back."""
    return polar(polar(hip, trunk + 90.0, 9.0), trunk, up)


def hands_behind_head(pose: Pose, elbow_forward: float = 30.0) -> Pose:
    """Fingers laced behind the head; the elbow points ``elbow_forward`` degrees off the spine."""
    shoulder = shoulder_of(pose.hip, pose.trunk)
    elbow = polar(shoulder, pose.trunk - elbow_forward, UPPER_ARM)
    back_of_head = polar(head_of(pose), pose.trunk + 90.0, HEAD_R - 2.0)
    return replace(pose, arm=arm_via(shoulder, elbow, back_of_head))


def kneeling_leg(hip: Point, thigh: float) -> Limb:
    """A leg kneeling with the shin along the floor behind and the toes pointed."""
    knee = polar(hip, thigh, THIGH)
    drop = ON_FLOOR - knee[1]
    shin = direction(knee, (knee[0] - max(0.0, SHIN**2 - drop**2) ** 0.5, ON_FLOOR))
    return Limb(thigh, shin, shin)


def swap_sides(pose: Pose) -> Pose:
    """The other phase of a gait: near and far limbs trade places."""
    assert pose.arm_far is not None
    assert pose.leg_far is not None
    return replace(pose, arm=pose.arm_far, arm_far=pose.arm, leg=pose.leg_far, leg_far=pose.leg)


# --- standing (facing right) ------------------------------------------------------------------


def standing(
    x: float = 0.0,
    *,
    drop: float = 1.0,
    trunk: float = 90.0,
    arm: Limb = HANG,
    leg: Limb | None = None,
    **kwargs: object,
) -> Pose:
    """Upright over the ankles at ``x``; ``drop`` lowers the hips into soft knees."""
    hip = (x, STAND_Y - drop)
    planted = leg_to(hip, (x, ON_FLOOR))
    return Pose(hip=hip, trunk=trunk, arm=arm, leg=leg or planted, **kwargs)  # type: ignore[arg-type]


def planted(hip: Point, ankle_x: float = 0.0, foot: float = 0.0) -> Limb:
    return leg_to(hip, (ankle_x, ON_FLOOR), foot=foot)


def front_standing(*, arm: Limb, arm_far: Limb, trunk: float = 90.0, **kwargs: object) -> Pose:
    """Facing the viewer, feet hip-width apart and turned slightly out."""
    hip = (0.0, ON_FLOOR + LEG - 1.0)
    return Pose(
        hip=hip,
        trunk=trunk,
        arm=arm,
        arm_far=arm_far,
        leg=leg_to((hip[0] - 6.0, hip[1]), (-11.0, ON_FLOOR), foot=195.0),
        leg_far=leg_to((hip[0] + 6.0, hip[1]), (11.0, ON_FLOOR), foot=-15.0),
        view="front",
        pelvis=12.0,
        shoulders=22.0,
        **kwargs,  # type: ignore[arg-type]
    )


def walking(stride: float, *, lean: float = 87.0, brisk: bool = False, hip_y: float = 80.0) -> Pose:
    """Mid-stride: near leg forward on its heel, far leg pushing off behind, arms opposite."""
    hip = (0.0, hip_y)
    swing = 30.0 if brisk else 22.0
    elbow = 80.0 if brisk else 12.0
    return Pose(
        hip=hip,
        trunk=lean,
        head=88.0,
        leg=leg_to(hip, (stride, ON_FLOOR + 2.0), foot=16.0),
        leg_far=leg_to(hip, (-stride, ON_FLOOR + 7.0), foot=-36.0),
        arm=Limb(-90.0 - swing, -90.0 - swing + elbow),
        arm_far=Limb(-90.0 + swing, -90.0 + swing + elbow),
    )


def jogging() -> Pose:
    """Both feet just off the floor: near knee driving forward, far leg folding behind."""
    hip = (0.0, STAND_Y - 4.0)
    return Pose(
        hip=hip,
        trunk=82.0,
        head=86.0,
        leg=Limb(-52.0, -118.0, -40.0),
        leg_far=Limb(-112.0, -165.0, -95.0),
        arm=Limb(-125.0, -40.0),
        arm_far=Limb(-60.0, 30.0),
    )


# --- lying on the back (head to the left) -----------------------------------------------------

SUPINE_HIP: Point = (0.0, LYING)
SUPINE_SHOULDER = shoulder_of(SUPINE_HIP, 180.0)
ARMS_AT_SIDES = Limb(-7.0, -3.0)
HOOK_FOOT: Point = (54.0, ON_FLOOR + 1.0)
STRAIGHT_LEG = leg_to(SUPINE_HIP, (LEG - 1.0, ON_FLOOR + 2.0), foot=80.0)
TABLETOP = Limb(90.0, 0.0, 55.0)


def hook(foot: Point = HOOK_FOOT, hip: Point = SUPINE_HIP) -> Limb:
    """Knee bent, foot flat on the floor."""
    return leg_to(hip, foot, foot=0.0)


def supine(
    *,
    leg: Limb | None = None,
    arm: Limb = ARMS_AT_SIDES,
    trunk: float = 180.0,
    hip: Point = SUPINE_HIP,
    **kwargs: object,
) -> Pose:
    return Pose(hip=hip, trunk=trunk, arm=arm, leg=leg or hook(), **kwargs)  # type: ignore[arg-type]


def hands_on_belly(shoulder: Point = SUPINE_SHOULDER) -> Limb:
    """Elbow resting on the floor beside the body, hand on the lower belly."""
    return arm_via(shoulder, (shoulder[0] + 26.0, ON_FLOOR + 1.0), (-12.0, LYING + 4.0))


def bridge_pose(lift: float = 24.0, **kwargs: object) -> Pose:
    """Shoulders and feet on the floor, hips raised until knees, hips and shoulders line up."""
    shoulder = (SUPINE_SHOULDER[0] + 4.0, LYING)
    trunk = 180.0 + lift
    hip = hip_below(shoulder, trunk)
    knee = polar(hip, trunk - 180.0, THIGH)
    defaults: dict[str, object] = {
        "leg": leg_to(hip, (knee[0] + 2.0, ON_FLOOR + 1.0), foot=0.0),
        "arm": ARMS_AT_SIDES,
        "head": 180.0,
    }
    defaults.update(kwargs)
    return supine(hip=hip, trunk=trunk, **defaults)  # type: ignore[arg-type]


def pillow_head(shoulder: Point, pillow_h: float) -> float:
    """Head direction that rests the back of the head on a pillow ``pillow_h`` high."""
    rise = pillow_h + HEAD_R - shoulder[1]
    return 180.0 - math.degrees(math.asin(rise / (NECK + HEAD_R)))


# --- lying on the front (head to the right) ---------------------------------------------------

PRONE_HIP: Point = (0.0, LYING)
PRONE_LEG = leg_to(PRONE_HIP, (-(LEG - 1.0), ON_FLOOR + 2.0), foot=182.0)


def prone(trunk: float, arm: Limb, **kwargs: object) -> Pose:
    return Pose(hip=PRONE_HIP, trunk=trunk, arm=arm, leg=PRONE_LEG, **kwargs)  # type: ignore[arg-type]


# --- all fours (head to the right) ------------------------------------------------------------

QUAD_HIP: Point = (0.0, ON_FLOOR + THIGH)
QUAD_TRUNK = direction(QUAD_HIP, (TRUNK * 0.985, ON_FLOOR + ARM))
QUAD_SHOULDER = shoulder_of(QUAD_HIP, QUAD_TRUNK)
QUAD_ARM = arm_to(QUAD_SHOULDER, (QUAD_SHOULDER[0], ON_FLOOR))
QUAD_LEG = kneeling_leg(QUAD_HIP, -90.0)


def all_fours(**kwargs: object) -> Pose:
    defaults: dict[str, object] = {"arm": QUAD_ARM, "leg": QUAD_LEG, "head": QUAD_TRUNK - 22.0}
    defaults.update(kwargs)
    return Pose(hip=QUAD_HIP, trunk=QUAD_TRUNK, **defaults)  # type: ignore[arg-type]


# --- sitting on a chair (facing right) --------------------------------------------------------

CHAIR_BACK_X = -10.0
SEAT_HIP: Point = (CHAIR_BACK_X + 9.0, props.SEAT_Y + 6.0)
SEATED_LEG = leg_to(SEAT_HIP, (SEAT_HIP[0] + THIGH + 2.0, ON_FLOOR), foot=0.0)


def seated(trunk: float = 92.0, **kwargs: object) -> Pose:
    """Sitting back on the chair, feet flat, hands resting on the thighs."""
    shoulder = shoulder_of(SEAT_HIP, trunk)
    defaults: dict[str, object] = {
        "leg": SEATED_LEG,
        "arm": arm_to(shoulder, on_thigh(SEAT_HIP, SEATED_LEG, 0.7, 6.0)),
        "head": trunk,
    }
    defaults.update(kwargs)
    return Pose(hip=SEAT_HIP, trunk=trunk, **defaults)  # type: ignore[arg-type]


def chair(back_x: float = CHAIR_BACK_X, back_h: float = 46.0) -> tuple[Shape, ...]:
    return tuple(props.chair(back_x, back_h))


# --- kneeling ---------------------------------------------------------------------------------

CUSHION_H = 7.0


def half_kneeling(shift: float, stride: float = 44.0, tuck: float = 0.0) -> Pose:
    """Near (back) knee on a cushion, far (front) foot flat ahead.

    ``shift`` moves the hips forward over the back knee, opening the front of that hip; the
    near leg is the stretched one, so it carries the accent.
    """
    back_knee = (0.0, ON_FLOOR + CUSHION_H)
    thigh = -90.0 - shift
    hip = polar(back_knee, thigh + 180.0, THIGH)
    shoulder = shoulder_of(hip, 90.0)
    return Pose(
        hip=hip,
        trunk=90.0,
        bend=tuck,
        head=90.0,
        leg=kneeling_leg(hip, thigh),
        leg_far=leg_to(hip, (back_knee[0] + stride, ON_FLOOR), foot=0.0),
        arm=arm_to(shoulder, (hip[0] + 7.0, hip[1] + 6.0)),
        accent=accent("leg"),
    )


def hands_on_front_thigh(pose: Pose) -> Pose:
    assert pose.leg_far is not None
    target = on_thigh(pose.hip, pose.leg_far, 0.8, 6.0)
    return replace(pose, arm=arm_to(shoulder_of(pose.hip, pose.trunk), target))

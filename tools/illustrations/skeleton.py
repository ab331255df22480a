"""Stick-figure geometry: a pose is a hip position plus absolute segment angles.

Coordinates have y pointing up and the floor at y = 0, so contacts with the floor are plain
numbers. Every figure is the right-facing standing figure rotated, never mirrored; that keeps
"flexion" meaning the same thing in every pose, which is what lets ``joint_angles`` check that
knees and elbows only bend the way real ones do.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

Point = tuple[float, float]

HEAD_R = 11.0
NECK = 5.0
TRUNK = 50.0
UPPER_ARM = 26.0
FOREARM = 24.0
THIGH = 42.0
SHIN = 40.0
FOOT = 12.0

LEG = THIGH + SHIN
ARM = UPPER_ARM + FOREARM
ON_FLOOR = 4.0  # centre of a limb line resting on the floor (half the stroke width, plus air)
LYING = HEAD_R  # spine height of a body lying on the floor: the head rests on the floor


def polar(origin: Point, angle_deg: float, length: float) -> Point:
    rad = math.radians(angle_deg)
    return (origin[0] + length * math.cos(rad), origin[1] + length * math.sin(rad))


def direction(start: Point, end: Point) -> float:
    return math.degrees(math.atan2(end[1] - start[1], end[0] - start[0]))


def distance(start: Point, end: Point) -> float:
    return math.hypot(end[0] - start[0], end[1] - start[1])


def normalised(angle_deg: float, low: float = -180.0) -> float:
    """The angle moved into ``[low, low + 360)``."""
    return (angle_deg - low) % 360.0 + low


@dataclass(frozen=True)
class Limb:
    """Absolute angles (degrees, counter-clockwise from +x) of a limb's segments.

    ``end`` is the foot's direction (legs only). ``scale`` (whole limb) and ``lower_scale`` (shin
    or forearm only) shorten segments seen end-on, the only way a flat drawing can show a leg
    pointing towards or away from the viewer.
    """

    upper: float
    lower: float
    end: float | None = None
    scale: float = 1.0
    lower_scale: float = 1.0


def reach(root: Point, target: Point, upper_len: float, lower_len: float, knee: bool) -> Limb:
    """Two-segment inverse kinematics: the angles that put the limb's end on ``target``.

    Knees and elbows bend in opposite senses (a knee folds the shin backwards, an elbow folds the
    forearm forwards), so ``knee`` picks the one of the two solutions a real joint can reach.
    Targets out of reach give the straight limb pointing at them.
    """
    span = distance(root, target)
    aim = direction(root, target)
    if span >= upper_len + lower_len - 1e-6:
        return Limb(aim, aim)
    cos_root = (upper_len**2 + span**2 - lower_len**2) / (2 * upper_len * span)
    spread = math.degrees(math.acos(max(-1.0, min(1.0, cos_root))))
    upper = aim + spread if knee else aim - spread
    joint = polar(root, upper, upper_len)
    return Limb(upper, direction(joint, target))


def leg_to(hip: Point, ankle: Point, foot: float = 0.0) -> Limb:
    limb = reach(hip, ankle, THIGH, SHIN, knee=True)
    return Limb(limb.upper, limb.lower, foot)


def arm_to(shoulder: Point, hand: Point) -> Limb:
    return reach(shoulder, hand, UPPER_ARM, FOREARM, knee=False)


def arm_via(shoulder: Point, elbow_towards: Point, hand_towards: Point) -> Limb:
    """Arm whose elbow lies towards one point and forearm towards another (resting arms)."""
    upper = direction(shoulder, elbow_towards)
    elbow = polar(shoulder, upper, UPPER_ARM)
    return Limb(upper, direction(elbow, hand_towards))


def shoulder_of(hip: Point, trunk: float) -> Point:
    return polar(hip, trunk, TRUNK)


def hip_below(shoulder: Point, trunk: float) -> Point:
    """The hip for a trunk at ``trunk`` degrees whose shoulder must sit at ``shoulder``."""
    return polar(shoulder, trunk + 180.0, TRUNK)


@dataclass(frozen=True)
class Pose:
    """One drawn body position.

    ``bend`` curves the spine: positive rounds the back (flexion), negative arches it. ``head``
    is the direction from the shoulders to the head (default: straight on from the spine).
    ``*_far`` limbs are the ones on the far side, drawn lighter; None hides them behind the near
    limb. ``accent`` names the parts that move (``arm``, ``arm_far``, ``leg``, ``leg_far``,
    ``trunk``, ``core`` (low back), ``upper_back``, ``head``, ``foot``). ``view`` is ``side``,
    ``front``, ``top`` or ``water`` (a swimming stroke, partly out of the side plane); only side
    views are checked against joint ranges. ``pelvis`` and ``shoulders`` spread the hip and
    shoulder joints apart for front and top views.
    """

    hip: Point
    trunk: float
    arm: Limb
    leg: Limb
    arm_far: Limb | None = None
    leg_far: Limb | None = None
    head: float | None = None
    bend: float = 0.0
    accent: frozenset[str] = field(default_factory=frozenset)
    view: str = "side"
    pelvis: float = 0.0
    shoulders: float = 0.0


@dataclass(frozen=True)
class Joints:
    hip: Point
    shoulder: Point
    spine_control: Point
    head: Point
    limbs: dict[str, tuple[Point, ...]]


def _limb_points(root: Point, limb: Limb, upper_len: float, lower_len: float) -> tuple[Point, ...]:
    joint = polar(root, limb.upper, upper_len * limb.scale)
    end = polar(joint, limb.lower, lower_len * limb.scale * limb.lower_scale)
    if limb.end is None:
        return (root, joint, end)
    return (root, joint, end, polar(end, limb.end, FOOT))


def joints(pose: Pose) -> Joints:
    shoulder = shoulder_of(pose.hip, pose.trunk)
    middle = ((pose.hip[0] + shoulder[0]) / 2, (pose.hip[1] + shoulder[1]) / 2)
    control = polar(middle, pose.trunk + 90.0, pose.bend)
    head_dir = pose.head if pose.head is not None else direction(control, shoulder)
    near_hip = polar(pose.hip, pose.trunk + 90.0, pose.pelvis / 2)
    far_hip = polar(pose.hip, pose.trunk - 90.0, pose.pelvis / 2)
    near_shoulder = polar(shoulder, pose.trunk + 90.0, pose.shoulders / 2)
    far_shoulder = polar(shoulder, pose.trunk - 90.0, pose.shoulders / 2)
    limbs: dict[str, tuple[Point, ...]] = {
        "arm": _limb_points(near_shoulder, pose.arm, UPPER_ARM, FOREARM),
        "leg": _limb_points(near_hip, pose.leg, THIGH, SHIN),
    }
    if pose.arm_far is not None:
        limbs["arm_far"] = _limb_points(far_shoulder, pose.arm_far, UPPER_ARM, FOREARM)
    if pose.leg_far is not None:
        limbs["leg_far"] = _limb_points(far_hip, pose.leg_far, THIGH, SHIN)
    return Joints(
        hip=pose.hip,
        shoulder=shoulder,
        spine_control=control,
        head=polar(shoulder, head_dir, NECK + HEAD_R),
        limbs=limbs,
    )


# Anatomical ranges (degrees) a side-view pose must stay within; generous, but they reject a
# knee or elbow bent backwards and a hip or shoulder twisted past what a body does.
JOINT_RANGES: dict[str, tuple[float, float]] = {
    "knee": (-5.0, 160.0),
    "elbow": (-5.0, 160.0),
    "hip": (-45.0, 160.0),
    "shoulder": (-80.0, 200.0),
    "ankle": (-95.0, 40.0),
    "neck": (-60.0, 75.0),
}


def joint_angles(pose: Pose) -> dict[str, float]:
    """Flexion of every drawn joint, keyed like ``knee`` or ``elbow_far``.

    Flexion is measured from the standing figure: hip and shoulder from "hanging along the
    trunk", knee and elbow from straight, ankle from a right angle, neck from the spine.
    """
    body_down = pose.trunk - 180.0
    angles: dict[str, float] = {}
    shoulder_tangent = direction(joints(pose).spine_control, shoulder_of(pose.hip, pose.trunk))
    if pose.head is not None:
        angles["neck"] = normalised(shoulder_tangent - pose.head)
    for suffix, arm in (("", pose.arm), ("_far", pose.arm_far)):
        if arm is not None:
            angles["shoulder" + suffix] = normalised(arm.upper - body_down, -80.0)
            angles["elbow" + suffix] = normalised(arm.lower - arm.upper)
    for suffix, leg in (("", pose.leg), ("_far", pose.leg_far)):
        if leg is not None:
            angles["hip" + suffix] = normalised(leg.upper - body_down)
            angles["knee" + suffix] = normalised(leg.upper - leg.lower)
            if leg.end is not None:
                angles["ankle" + suffix] = normalised(leg.end - leg.lower - 90.0)
    return angles


def out_of_range(pose: Pose) -> list[str]:
    """Joints of a side-view pose bent past ``JOINT_RANGES``; empty when the pose is plausible."""
    if pose.view != "side":
        return []
    problems = []
    for name, value in joint_angles(pose).items():
        low, high = JOINT_RANGES[name.removesuffix("_far")]
        if not low <= value <= high:
            problems.append(f"{name} {value:.0f}° outside {low:.0f}..{high:.0f}")
    return problems

"""The gentler variants added so every exercise has a regression: start and end pose each.

Same conventions as ``poses.py``: figures face right (lying on the back: head to the left),
angles in degrees counter-clockwise from "pointing right", y up, floor at y = 0.
"""

from __future__ import annotations

import math
from dataclasses import replace

import props
from bases import (
    HANG,
    PRONE_HIP,
    SEAT_HIP,
    SEATED_LEG,
    STAND_Y,
    STRAIGHT_LEG,
    SUPINE_HIP,
    SUPINE_SHOULDER,
    accent,
    ankle_of,
    behind_hips,
    chair,
    hook,
    knee_of,
    on_thigh,
    planted,
    prone,
    seated,
    standing,
    supine,
)
from layout import Illustration, Panel
from shapes import ACCENT, Disc, arc_arrow, straight_arrow
from skeleton import (
    LEG,
    ON_FLOOR,
    SHIN,
    THIGH,
    TRUNK,
    Limb,
    Point,
    Pose,
    arm_to,
    arm_via,
    direction,
    leg_to,
    polar,
    shoulder_of,
)


def all_gentler() -> list[Illustration]:
    return [*_trunk_control(), *_mobility(), *_posture(), *_self_massage(), *_yoga()]


# --- trunk control ----------------------------------------------------------------------------


def _trunk_control() -> list[Illustration]:
    hands_under_back = arm_via(SUPINE_SHOULDER, (-24.0, ON_FLOOR + 1.0), (-6.0, ON_FLOOR))
    lying = supine(leg_far=STRAIGHT_LEG, arm=hands_under_back, head=180.0)
    return [
        Illustration(
            "stab_curl_up_head",
            "Curl-up, head lift only (level 1)",
            Panel(lying),
            Panel(replace(lying, head=166.0, accent=accent("head", "core"))),
            captions=("Start", "Hold"),
            ground="mat",
        ),
        Illustration(
            "stab_side_plank_wall",
            "Side plank against a wall",
            _wall_plank(sag=8.0),
            _wall_plank(sag=0.0),
            captions=("Start", "Hold"),
        ),
    ]


WALL_LEAN = 76.0
"""Direction from the feet to the shoulders leaning into the wall (14° off upright)."""


def _wall_plank(sag: float) -> Panel:
    """Seen from the front: feet together, forearm on the wall at the right, body leaning in.

    ``sag`` lets the hips drift towards the wall (the start); 0 is the straight-line hold.
    """
    feet = (0.0, ON_FLOOR)
    shoulder = polar(feet, WALL_LEAN, LEG + TRUNK)
    hip = polar(polar(feet, WALL_LEAN, LEG), WALL_LEAN - 90.0, sag)
    trunk = direction(hip, shoulder)
    far_shoulder = polar(shoulder, trunk - 90.0, 11.0)
    elbow = polar(far_shoulder, -68.0, 26.0)
    near_shoulder = polar(shoulder, trunk + 90.0, 11.0)
    pose = Pose(
        hip=hip,
        trunk=trunk,
        head=trunk,
        arm=arm_via(
            near_shoulder, polar(near_shoulder, 205.0, 20.0), polar(hip, trunk + 90.0, 6.0)
        ),
        arm_far=Limb(-68.0, 90.0),
        leg=leg_to(polar(hip, trunk + 90.0, 5.0), (-3.0, ON_FLOOR), foot=195.0),
        leg_far=leg_to(polar(hip, trunk - 90.0, 5.0), (3.0, ON_FLOOR), foot=-15.0),
        view="front",
        pelvis=10.0,
        shoulders=22.0,
        accent=accent("trunk") if not sag else frozenset(),
    )
    return Panel(pose, props=tuple(props.wall(elbow[0] + 4.5, facing=-1)))


# --- mobility ---------------------------------------------------------------------------------

SEAT_HANDS = (SEAT_HIP[0] + 10.0, props.SEAT_Y + 5.0)


def _seated_hands_on_seat(pose: Pose) -> Pose:
    shoulder = shoulder_of(pose.hip, pose.trunk)
    return replace(pose, arm=arm_to(shoulder, (pose.hip[0] + 10.0, pose.hip[1] + 2.0)))


def _mobility() -> list[Illustration]:
    lifted = leg_to(SEAT_HIP, (SEAT_HIP[0] + THIGH - 2.0, ON_FLOOR + 14.0), foot=-5.0)
    march = _seated_hands_on_seat(
        seated(head=90.0, leg=lifted, leg_far=SEATED_LEG, accent=accent("leg"))
    )
    knee_hands = on_thigh(SEAT_HIP, SEATED_LEG, 1.0, 6.0)
    rounded = seated(trunk=80.0, bend=10.0, head=38.0, accent=accent("trunk"))
    arched = seated(trunk=93.0, bend=-8.0, head=100.0, accent=accent("trunk"))
    hinge_trunk = 55.0
    return [
        Illustration(
            "dyn_seated_march",
            "Seated marching",
            Panel(march, props=chair()),
            Panel(
                replace(march, leg=SEATED_LEG, leg_far=lifted, accent=accent("leg_far")),
                props=chair(),
            ),
            captions=("1", "2"),
            alternating=True,
        ),
        Illustration(
            "dyn_seated_arm_raise",
            "Seated arm raises",
            Panel(seated(head=90.0, arm=HANG, arm_far=HANG), props=chair()),
            Panel(
                seated(
                    head=90.0,
                    arm=Limb(2.0, 4.0),
                    arm_far=Limb(-2.0, 0.0),
                    accent=accent("arm", "arm_far"),
                ),
                props=chair(),
            ),
        ),
        Illustration(
            "dyn_seated_side_reach",
            "Seated side reach",
            _front_seated(trunk=90.0, bend=0.0, arm=Limb(-100.0, -95.0), head=90.0),
            _front_seated(trunk=80.0, bend=6.0, arm=Limb(94.0, 60.0), head=76.0),
        ),
        Illustration(
            "dyn_seated_hinge",
            "Seated forward lean",
            Panel(seated(head=90.0), props=chair()),
            Panel(
                seated(
                    trunk=hinge_trunk,
                    head=hinge_trunk - 8.0,
                    arm=arm_to(
                        shoulder_of(SEAT_HIP, hinge_trunk),
                        on_thigh(SEAT_HIP, SEATED_LEG, 0.95, 6.0),
                    ),
                    accent=accent("trunk"),
                ),
                props=chair(),
            ),
        ),
        Illustration(
            "dyn_split_stance_shift",
            "Supported split-stance weight shift",
            _split_stance(forward=-5.0, drop=3.0, accent_part=""),
            _split_stance(forward=7.0, drop=8.0, accent_part="leg_far"),
            captions=("1", "2"),
            alternating=True,
        ),
        Illustration(
            "dyn_seated_cat_camel",
            "Seated cat–camel",
            Panel(
                replace(rounded, arm=arm_to(shoulder_of(SEAT_HIP, 80.0), knee_hands)),
                props=chair(),
            ),
            Panel(
                replace(arched, arm=arm_to(shoulder_of(SEAT_HIP, 93.0), knee_hands)),
                props=chair(),
            ),
            captions=("1", "2"),
            alternating=True,
        ),
    ]


def _front_seated(*, trunk: float, bend: float, arm: Limb, head: float) -> Panel:
    """Facing the viewer on a chair: thighs come towards the viewer, shins hang to the floor."""
    hip = (0.0, props.SEAT_Y + 6.0)
    seat = tuple(props.chair_beside(0.0, back_h=42.0))
    return Panel(
        Pose(
            hip=hip,
            trunk=trunk,
            bend=bend,
            head=head,
            arm=arm,
            arm_far=Limb(-80.0, -86.0),
            # Thighs come towards the viewer with the knees apart (drawn half long, splayed),
            # shins hang down to the floor.
            leg=Limb(205.0, -92.0, 195.0, 0.5, _shin_to_floor(hip, trunk, 205.0, near=True)),
            leg_far=Limb(-25.0, -88.0, -15.0, 0.5, _shin_to_floor(hip, trunk, -25.0, near=False)),
            view="front",
            pelvis=14.0,
            shoulders=22.0,
            accent=accent("arm") if bend else frozenset(),
        ),
        beside=seat,
    )


def _shin_to_floor(hip: Point, trunk: float, thigh: float, *, near: bool) -> float:
    """Shin scale that puts a front-view foot on the floor, whatever the pelvis's tilt."""
    side_hip = polar(hip, trunk + (90.0 if near else -90.0), 7.0)
    knee_y = side_hip[1] + THIGH * 0.5 * math.sin(math.radians(thigh))
    return (knee_y - ON_FLOOR) / (SHIN * 0.5)


def _split_stance(*, forward: float, drop: float, accent_part: str) -> Panel:
    """One foot a stride ahead (the far one), back heel up; the chair stands beside the hips."""
    hip = (forward, STAND_Y - drop)
    shoulder = shoulder_of(hip, 90.0)
    return Panel(
        Pose(
            hip=hip,
            trunk=90.0,
            head=90.0,
            leg=leg_to(hip, (-28.0, ON_FLOOR + 6.0), foot=-40.0),
            leg_far=leg_to(hip, (26.0, ON_FLOOR), foot=0.0),
            arm=HANG,
            arm_far=arm_to(shoulder, (6.0, props.SEAT_Y + 46.0)),
            accent=accent(accent_part) if accent_part else frozenset(),
        ),
        beside=tuple(props.chair_beside(2.0)),
    )


# --- posture ----------------------------------------------------------------------------------


def _posture() -> list[Illustration]:
    high_seat = 48.0
    stand_chair = tuple(props.chair(-60.0, seat_y=high_seat))
    sit_hip = (-40.0, high_seat + 6.0)
    sit_leg = planted(sit_hip)
    sit_trunk = 66.0
    pushing = arm_to(shoulder_of(sit_hip, sit_trunk), on_thigh(sit_hip, sit_leg, 0.75, 6.0))
    standing_hands = arm_to(shoulder_of((0.0, STAND_Y - 1.0), 90.0), (6.0, STAND_Y - 22.0))
    return [
        Illustration(
            "post_reach_up",
            "Standing reach up",
            Panel(standing(head=90.0, arm_far=HANG)),
            Panel(
                standing(
                    head=90.0,
                    arm=Limb(60.0, 66.0),
                    arm_far=Limb(56.0, 62.0),
                    accent=accent("arm", "arm_far"),
                )
            ),
        ),
        Illustration(
            "post_prone_lying",
            "Lying on your front",
            Panel(prone(0.0, Limb(183.0, 181.0), head=0.0)),
            _prone_on_pillow(),
            captions=("Option 1", "Option 2"),
            alternating=True,
            ground="mat",
        ),
        Illustration(
            "post_sit_to_stand_supported",
            "Sit-to-stand with hand support",
            Panel(
                Pose(
                    hip=sit_hip,
                    trunk=sit_trunk,
                    head=72.0,
                    leg=sit_leg,
                    arm=pushing,
                    accent=accent("arm"),
                ),
                props=stand_chair,
            ),
            Panel(standing(head=90.0, arm=standing_hands), props=stand_chair),
        ),
        Illustration(
            "post_hip_flexor_standing",
            "Standing hip flexor stretch",
            _standing_stretch(shift=0.0, tuck=0.0),
            _standing_stretch(shift=7.0, tuck=2.0),
            captions=("Start", "Hold"),
        ),
    ]


def _prone_on_pillow() -> Panel:
    """Lying on the front with a thin pillow under the belly, arms by the sides."""
    pillow = props.cushion((PRONE_HIP[0] + 20.0, 3.8), w=30.0, h=6.0)
    return Panel(prone(0.0, Limb(183.0, 181.0), head=0.0), props=tuple(pillow))


def _standing_stretch(shift: float, tuck: float) -> Panel:
    """Split stance with the stretched (near) leg behind, heel up; the chair beside the hips."""
    hip = (shift, STAND_Y - 4.0 - shift * 0.4)
    shoulder = shoulder_of(hip, 90.0)
    return Panel(
        Pose(
            hip=hip,
            trunk=90.0,
            bend=tuck,
            head=90.0,
            leg=leg_to(hip, (-32.0, ON_FLOOR + 6.0), foot=-40.0),
            leg_far=leg_to(hip, (24.0, ON_FLOOR), foot=0.0),
            arm=HANG,
            arm_far=arm_to(shoulder, (4.0, props.SEAT_Y + 46.0)),
            accent=accent("leg"),
        ),
        beside=tuple(props.chair_beside(0.0)),
    )


# --- self-massage -----------------------------------------------------------------------------


def _self_massage() -> list[Illustration]:
    upright = standing(head=90.0)
    shoulder = shoulder_of(upright.hip, 90.0)

    def knuckles(low: float, circling: bool) -> Panel:
        fist = behind_hips(upright.hip, 90.0, low)
        rub = arc_arrow(polar(fist, 180.0, 7.0), 8.0, 120.0, 330.0) if circling else []
        pose = replace(upright, arm=arm_to(shoulder, fist), accent=accent("arm"))
        return Panel(pose, overlay=(Disc(fist, 5.0, ACCENT), *rub))

    def stroke(up: float, arrow: bool) -> Panel:
        hands = behind_hips(upright.hip, 90.0, up)
        pose = replace(upright, arm=arm_to(shoulder, hands), accent=accent("arm"))
        behind = polar(hands, 180.0, 9.0)
        overlay = tuple(straight_arrow(behind, polar(behind, -90.0, 14.0))) if arrow else ()
        return Panel(pose, overlay=overlay)

    return [
        Illustration(
            "mass_hands_glute",
            "Knuckle massage for the buttock",
            knuckles(-1.0, circling=False),
            knuckles(-1.0, circling=True),
            captions=("Place", "Circles"),
        ),
        Illustration(
            "mass_stroke_low_back",
            "Light stroking, low back",
            stroke(18.0, arrow=True),
            stroke(4.0, arrow=False),
        ),
        Illustration(
            "mass_ball_upper_back_wall",
            "Massage ball against a wall, upper back",
            _ball_on_wall(drop=1.0),
            _ball_on_wall(drop=9.0),
            captions=("1", "2"),
            alternating=True,
        ),
        Illustration(
            "mass_hands_calf",
            "Hand massage for the calves",
            _calf_on_stool(0.85),
            _calf_on_stool(0.2),
        ),
    ]


BALL_R = 6.0
WALL_TRUNK = 97.0


def _ball_on_wall(drop: float) -> Panel:
    """Leaning back on a ball at shoulder-blade height; bending the knees rolls it along."""
    hip = (0.0, STAND_Y - drop)
    # The ball sits against the upper back (70 % up the trunk) and against the wall face.
    contact = polar(hip, WALL_TRUNK, TRUNK * 0.7)
    ball = polar(contact, WALL_TRUNK + 90.0, 3.5 + BALL_R)
    wall_face = _ball_wall_face()
    pose = Pose(
        hip=hip,
        trunk=WALL_TRUNK,
        head=90.0,
        leg=planted(hip, 16.0),
        arm=HANG,
        accent=accent("trunk"),
    )
    return Panel(pose, props=(*props.wall(wall_face), *props.ball(ball, BALL_R)))


def _ball_wall_face() -> float:
    contact = polar((0.0, STAND_Y - 1.0), WALL_TRUNK, TRUNK * 0.7)
    return polar(contact, WALL_TRUNK + 90.0, 3.5 + BALL_R)[0] - BALL_R


def _calf_on_stool(along: float) -> Panel:
    """Seated, one heel on a low stool, leaning forward with both hands around the calf.

    ``along`` is where the hands are on the shin, from the knee (0) to the ankle (1).
    """
    stool_x, stool_h = 58.0, 22.0
    leg = leg_to(SEAT_HIP, (stool_x + 9.0, stool_h + 4.0), foot=75.0)
    knee, ankle = knee_of(SEAT_HIP, leg), ankle_of(SEAT_HIP, leg)
    on_calf: Point = (
        knee[0] + (ankle[0] - knee[0]) * along,
        knee[1] + (ankle[1] - knee[1]) * along + 5.0,
    )
    trunk = 50.0
    pose = seated(
        trunk=trunk,
        head=trunk - 10.0,
        leg=leg,
        leg_far=SEATED_LEG,
        arm=arm_to(shoulder_of(SEAT_HIP, trunk), on_calf),
        accent=accent("arm"),
    )
    return Panel(pose, props=(*chair(), *props.stool(stool_x, h=stool_h)))


# --- yoga -------------------------------------------------------------------------------------


def _yoga() -> list[Illustration]:
    def held(leg: Limb) -> Panel:
        hands = on_thigh(SUPINE_HIP, leg, 0.95, -4.0)
        pose = supine(
            leg=leg,
            leg_far=hook(),
            arm=arm_to(SUPINE_SHOULDER, hands),
            head=180.0,
            accent=accent("leg"),
        )
        return Panel(pose)

    return [
        Illustration(
            "yoga_hamstring_bent_knee",
            "Lying hamstring stretch, hands behind the thigh",
            held(Limb(108.0, 22.0, 112.0)),
            held(Limb(106.0, 66.0, 156.0)),
            captions=("Start", "Hold"),
            ground="mat",
        ),
    ]

"""The 45 catalogue exercises as data: a start and an end pose each, plus props.

Positions follow the steps in the clinical brief (§5). Angles are absolute degrees,
counter-clockwise from "pointing right", y up, floor at y = 0; figures face right (lying on the
back: head to the left). Captions: "Start"/"End" for repetitions, "Start"/"Hold" for holds, and
the phase names for continuous or alternating movements (double-headed arrow).
"""

from __future__ import annotations

import math
from dataclasses import replace

import props
from bases import (
    CHAIR_BACK_X,
    CUSHION_H,
    HANG,
    PRONE_HIP,
    QUAD_ARM,
    QUAD_LEG,
    QUAD_TRUNK,
    SEAT_HIP,
    SEATED_LEG,
    STAND_Y,
    STRAIGHT_LEG,
    SUPINE_HIP,
    SUPINE_SHOULDER,
    TABLETOP,
    accent,
    all_fours,
    ankle_of,
    behind_hips,
    bridge_pose,
    chair,
    front_standing,
    half_kneeling,
    hand_of,
    hands_behind_head,
    hands_on_belly,
    hands_on_front_thigh,
    head_of,
    hook,
    jogging,
    knee_of,
    kneeling_leg,
    mid_foot,
    on_body,
    on_thigh,
    pillow_head,
    planted,
    prone,
    seated,
    standing,
    supine,
    swap_sides,
    walking,
)
from layout import Illustration, Panel
from shapes import ACCENT, Disc, Shape, arc_arrow, straight_arrow
from skeleton import (
    HEAD_R,
    LYING,
    ON_FLOOR,
    THIGH,
    UPPER_ARM,
    Limb,
    Point,
    Pose,
    arm_to,
    arm_via,
    direction,
    hip_below,
    leg_to,
    polar,
    shoulder_of,
)


def _stabilisation() -> list[Illustration]:
    belly = hands_on_belly()
    bridged = bridge_pose()
    march_knee = knee_of(bridged.hip, bridged.leg)
    march_leg = leg_to(bridged.hip, (march_knee[0] - 4.0, ON_FLOOR + 13.0), foot=5.0)
    curl = supine(trunk=170.0, bend=-3.0)
    curl_arm = arm_via(shoulder_of(SUPINE_HIP, 170.0), (-24.0, ON_FLOOR + 1.0), (-6.0, ON_FLOOR))
    bird_arm = Limb(QUAD_TRUNK + 5.0, QUAD_TRUNK + 5.0)
    bird_leg = Limb(180.0 + QUAD_TRUNK - 6.0, 180.0 + QUAD_TRUNK - 6.0, 270.0 + QUAD_TRUNK - 6.0)
    tilt = tuple(arc_arrow((4.0, LYING + 2.0), 17.0, 25.0, 115.0))
    return [
        Illustration(
            "stab_pelvic_tilt",
            "Pelvic tilt (lying)",
            Panel(supine(bend=-7.0, head=180.0)),
            Panel(supine(bend=3.0, head=180.0, accent=accent("core")), overlay=tilt),
            ground="mat",
        ),
        Illustration(
            "stab_brace_breathe",
            "Gentle abdominal brace with breathing",
            Panel(supine(arm=belly)),
            Panel(supine(arm=belly, accent=accent("core"))),
            captions=("Start", "Hold"),
            ground="mat",
        ),
        Illustration(
            "stab_heel_slide",
            "Heel slides (dead bug, level 1)",
            Panel(supine(leg_far=hook(), accent=accent("leg"))),
            Panel(supine(leg=STRAIGHT_LEG, leg_far=hook(), accent=accent("leg"))),
            ground="mat",
        ),
        Illustration(
            "stab_toe_tap",
            "Bent-knee toe taps (dead bug, level 2)",
            Panel(supine(leg=TABLETOP, leg_far=TABLETOP, accent=accent("leg"))),
            Panel(
                supine(
                    leg=leg_to(SUPINE_HIP, (34.0, ON_FLOOR + 8.0), foot=-40.0),
                    leg_far=TABLETOP,
                    accent=accent("leg"),
                )
            ),
            ground="mat",
        ),
        Illustration(
            "stab_dead_bug",
            "Dead bug, opposite arm and leg (level 3)",
            Panel(
                supine(
                    leg=TABLETOP,
                    leg_far=TABLETOP,
                    arm=Limb(90.0, 90.0),
                    arm_far=Limb(90.0, 90.0),
                    accent=accent("arm", "leg_far"),
                )
            ),
            Panel(
                supine(
                    leg=TABLETOP,
                    leg_far=Limb(14.0, 10.0, 60.0),
                    arm=Limb(150.0, 154.0),
                    arm_far=Limb(90.0, 90.0),
                    accent=accent("arm", "leg_far"),
                )
            ),
            ground="mat",
        ),
        Illustration(
            "stab_curl_up",
            "McGill-style curl-up",
            Panel(supine(leg_far=STRAIGHT_LEG)),
            Panel(replace(curl, leg_far=STRAIGHT_LEG, arm=curl_arm, accent=accent("trunk"))),
            captions=("Start", "Hold"),
            ground="mat",
        ),
        Illustration(
            "stab_bird_dog_basic",
            "Bird dog, one limb at a time",
            Panel(all_fours()),
            Panel(all_fours(leg=bird_leg, leg_far=QUAD_LEG, accent=accent("leg"))),
            captions=("Start", "Hold"),
            ground="mat",
        ),
        Illustration(
            "stab_bird_dog",
            "Bird dog, opposite arm and leg",
            Panel(all_fours()),
            Panel(
                all_fours(
                    arm=bird_arm,
                    arm_far=QUAD_ARM,
                    leg_far=bird_leg,
                    accent=accent("arm", "leg_far"),
                )
            ),
            captions=("Start", "Hold"),
            ground="mat",
        ),
        Illustration(
            "stab_side_plank_knees",
            "Side plank from the knees",
            Panel(side_plank(lifted=False)),
            Panel(side_plank(lifted=True)),
            captions=("Start", "Hold"),
            ground="mat",
        ),
        Illustration(
            "stab_glute_bridge",
            "Glute bridge",
            Panel(supine()),
            Panel(replace(bridged, accent=accent("trunk"))),
            ground="mat",
        ),
        Illustration(
            "stab_bridge_march",
            "Bridge with march",
            Panel(replace(bridged, leg_far=bridged.leg)),
            Panel(replace(bridged, leg=march_leg, leg_far=bridged.leg, accent=accent("leg"))),
            ground="mat",
        ),
    ]


def side_plank(*, lifted: bool) -> Pose:
    """Seen from the front: on the forearm, elbow under the shoulder, top hand on the hip.

    The shins lie on the floor pointing away from the viewer, so they are drawn as a short
    stub along the floor (never rising: the knees, not the feet, are the support).
    """
    elbow = (0.0, ON_FLOOR)
    shoulder = (elbow[0], elbow[1] + UPPER_ARM)
    knee = (-86.0, ON_FLOOR + 1.0)
    if lifted:
        trunk = direction(knee, shoulder)
        hip = polar(knee, trunk, THIGH)
    else:
        trunk = direction((knee[0] + THIGH - 2.0, LYING - 2.0), shoulder)
        hip = hip_below(shoulder, trunk)
    elbow_up = polar(shoulder, trunk + 150.0, UPPER_ARM)
    return Pose(
        hip=hip,
        trunk=trunk,
        head=trunk + 8.0,
        arm=Limb(-90.0, 0.0),
        arm_far=arm_via(shoulder, elbow_up, polar(hip, trunk + 90.0, 6.0)),
        leg=Limb(direction(hip, knee), 183.0, None, 1.0, 0.3),
        view="front",
        accent=accent("trunk") if lifted else frozenset(),
    )


def _mobility() -> list[Illustration]:
    marching = standing(
        leg=Limb(-20.0, -105.0, -15.0),
        leg_far=planted((0.0, STAND_Y - 1.0)),
        arm=Limb(-120.0, -100.0),
        arm_far=Limb(-58.0, -25.0),
        head=90.0,
        accent=accent("leg"),
    )
    swing_chair = tuple(props.chair_beside(0.0))
    hold_chair = arm_to(shoulder_of((0.0, STAND_Y - 1.0), 90.0), (10.0, props.SEAT_Y + 46.0))
    hinge_hip = (-16.0, STAND_Y - 6.0)
    hinge_leg = planted(hinge_hip)
    hinge_trunk = 45.0
    upright_hands = arm_to(shoulder_of((0.0, STAND_Y - 1.0), 90.0), (7.0, STAND_Y - 20.0))
    hinge_hands = arm_to(
        shoulder_of(hinge_hip, hinge_trunk), on_thigh(hinge_hip, hinge_leg, 0.85, 7.0)
    )
    return [
        Illustration(
            "dyn_march",
            "Marching on the spot",
            Panel(marching),
            Panel(replace(swap_sides(marching), accent=accent("leg_far"))),
            captions=("1", "2"),
            alternating=True,
        ),
        Illustration(
            "dyn_arm_swings",
            "Arm swings and circles",
            Panel(standing(arm=Limb(55.0, 65.0), accent=accent("arm"))),
            Panel(standing(arm=Limb(-135.0, -125.0), accent=accent("arm"))),
            captions=("1", "2"),
            alternating=True,
        ),
        Illustration(
            "dyn_overhead_side_reach",
            "Overhead reach with side lean",
            Panel(front_standing(arm=Limb(-100.0, -95.0), arm_far=Limb(-80.0, -85.0))),
            Panel(
                front_standing(
                    trunk=76.0,
                    bend=8.0,
                    head=72.0,
                    arm=Limb(92.0, 50.0),
                    arm_far=Limb(-72.0, -95.0),
                    accent=accent("arm"),
                )
            ),
        ),
        Illustration(
            "dyn_leg_swing",
            "Supported leg swings (front to back)",
            Panel(
                standing(
                    leg=Limb(-55.0, -68.0, 15.0),
                    leg_far=planted((0.0, STAND_Y - 1.0)),
                    arm_far=hold_chair,
                    accent=accent("leg"),
                ),
                beside=swing_chair,
            ),
            Panel(
                standing(
                    leg=Limb(-115.0, -122.0, -40.0),
                    leg_far=planted((0.0, STAND_Y - 1.0)),
                    arm_far=hold_chair,
                    accent=accent("leg"),
                ),
                beside=swing_chair,
            ),
            captions=("1", "2"),
            alternating=True,
        ),
        Illustration(
            "dyn_hip_hinge_reach",
            "Hip hinge (easy forward bend)",
            Panel(standing(arm=upright_hands, head=90.0)),
            Panel(
                Pose(
                    hip=hinge_hip,
                    trunk=hinge_trunk,
                    head=hinge_trunk - 6.0,
                    leg=hinge_leg,
                    arm=hinge_hands,
                    accent=accent("trunk"),
                )
            ),
        ),
        Illustration(
            "dyn_lunge_reach",
            "Supported split-stance lunge with reach",
            Panel(replace(_lunge(lowered=False), accent=frozenset()), props=chair(40.0)),
            Panel(_lunge(lowered=True), props=chair(40.0)),
        ),
        Illustration(
            "dyn_cat_camel",
            "Cat–camel (cat–cow)",
            Panel(all_fours(bend=12.0, head=-60.0, accent=accent("trunk"))),
            Panel(all_fours(bend=-8.0, head=QUAD_TRUNK + 16.0, accent=accent("trunk"))),
            captions=("1", "2"),
            alternating=True,
            ground="mat",
        ),
        Illustration(
            "dyn_knee_rolls",
            "Lying knee rolls",
            Panel(knees_from_above(0.0)),
            Panel(knees_from_above(0.65)),
            ground="top_mat",
        ),
    ]


def _lunge(*, lowered: bool) -> Pose:
    """Split stance, near leg behind on the ball of the foot, far hand on a chair back."""
    hip = (0.0, STAND_Y - (18.0 if lowered else 5.0))
    shoulder = shoulder_of(hip, 90.0)
    return Pose(
        hip=hip,
        trunk=90.0,
        head=90.0,
        leg=leg_to(hip, (-32.0, ON_FLOOR + 7.0), foot=-40.0),
        leg_far=leg_to(hip, (30.0, ON_FLOOR), foot=0.0),
        arm=Limb(55.0, 70.0) if lowered else HANG,
        arm_far=arm_to(shoulder, (37.0, props.SEAT_Y + 46.0)),
        accent=accent("arm"),
    )


def knees_from_above(roll: float) -> Pose:
    """Lying on the back seen from above, arms out; ``roll`` 0..1 lowers the knees to the right."""
    scale = 0.62 + roll * 0.38
    return Pose(
        hip=(0.0, 0.0),
        trunk=90.0,
        head=90.0,
        arm=Limb(180.0, 180.0),
        arm_far=Limb(0.0, 0.0),
        leg=Limb(-88.0 + roll * 68.0, -92.0 - roll * 14.0, None, scale),
        leg_far=Limb(-92.0 + roll * 77.0, -88.0 - roll * 30.0, None, scale),
        view="top",
        pelvis=12.0,
        shoulders=22.0,
        accent=accent("leg", "leg_far"),
    )


def _posture() -> list[Illustration]:
    upright = standing(head=90.0)
    on_back = arm_to(shoulder_of(upright.hip, 90.0), behind_hips(upright.hip, 90.0, 4.0))
    lean_hip = (5.0, STAND_Y - 3.0)
    lean_trunk = 104.0
    lean_hands = arm_to(shoulder_of(lean_hip, lean_trunk), behind_hips(lean_hip, lean_trunk, 4.0))
    sphinx_shoulder = (47.0, ON_FLOOR + UPPER_ARM)
    sphinx_trunk = direction(PRONE_HIP, sphinx_shoulder)
    press_hand = (44.0, ON_FLOOR)
    thoracic = chair(back_h=THORACIC_BACKREST_H)
    pumping = leg_to(SEAT_HIP, (SEAT_HIP[0] + 70.0, ON_FLOOR + 6.0))
    pump_arc = tuple(arc_arrow(ankle_of(SEAT_HIP, pumping), 15.0, 20.0, 110.0, both=True))
    stand_chair = chair(-60.0)
    sit_hip = (-40.0, SEAT_HIP[1])
    wall_angel = props.wall_backdrop(0.0)
    return [
        Illustration(
            "post_standing_extension",
            "Standing back extension",
            Panel(replace(upright, arm=on_back)),
            Panel(
                Pose(
                    hip=lean_hip,
                    trunk=lean_trunk,
                    bend=-8.0,
                    head=97.0,
                    leg=planted(lean_hip),
                    arm=lean_hands,
                    accent=accent("trunk"),
                )
            ),
        ),
        Illustration(
            "post_sphinx",
            "Sphinx (lying on elbows)",
            Panel(prone(0.0, Limb(183.0, 181.0), head=0.0)),
            Panel(
                prone(
                    sphinx_trunk,
                    Limb(-90.0, 0.0),
                    bend=-5.0,
                    head=sphinx_trunk - 10.0,
                    accent=accent("trunk"),
                )
            ),
            captions=("Start", "Hold"),
            ground="mat",
        ),
        Illustration(
            "post_press_up",
            "Prone press-up",
            Panel(prone(0.0, arm_to(shoulder_of(PRONE_HIP, 0.0), press_hand), head=0.0)),
            Panel(
                prone(
                    48.0,
                    arm_to(shoulder_of(PRONE_HIP, 48.0), press_hand),
                    bend=-6.0,
                    head=40.0,
                    accent=accent("trunk"),
                )
            ),
            ground="mat",
        ),
        Illustration(
            "post_thoracic_chair",
            "Seated upper-back extension over chair",
            Panel(hands_behind_head(thoracic_sit(lean=0.0), 45.0), props=thoracic),
            Panel(hands_behind_head(thoracic_sit(lean=14.0), 45.0), props=thoracic),
        ),
        Illustration(
            "post_wall_angel",
            "Wall slides with chin nod",
            Panel(
                front_standing(
                    arm=Limb(178.0, 92.0), arm_far=Limb(2.0, 88.0), accent=accent("arm", "arm_far")
                ),
                props=wall_angel,
            ),
            Panel(
                front_standing(
                    arm=Limb(140.0, 110.0),
                    arm_far=Limb(40.0, 70.0),
                    accent=accent("arm", "arm_far"),
                ),
                props=wall_angel,
            ),
        ),
        Illustration(
            "post_ankle_pumps",
            "Ankle pumps (dorsiflexion and plantarflexion)",
            Panel(
                seated(
                    leg=replace(pumping, end=pumping.lower + 115.0),
                    leg_far=SEATED_LEG,
                    accent=accent("foot"),
                ),
                props=chair(),
                overlay=pump_arc,
            ),
            Panel(
                seated(
                    leg=replace(pumping, end=pumping.lower + 45.0),
                    leg_far=SEATED_LEG,
                    accent=accent("foot"),
                ),
                props=chair(),
                overlay=pump_arc,
            ),
            captions=("1", "2"),
            alternating=True,
        ),
        Illustration(
            "post_sit_to_stand",
            "Sit-to-stand",
            Panel(
                Pose(
                    hip=sit_hip,
                    trunk=68.0,
                    head=74.0,
                    leg=planted(sit_hip),
                    arm=Limb(-30.0, -12.0),
                ),
                props=stand_chair,
            ),
            Panel(standing(head=90.0), props=stand_chair),
        ),
        Illustration(
            "post_hip_flexor_stretch",
            "Half-kneeling hip flexor stretch",
            Panel(half_kneeling(shift=0.0), props=_knee_cushion()),
            Panel(half_kneeling(shift=16.0, tuck=2.0), props=_knee_cushion()),
            captions=("Start", "Hold"),
        ),
    ]


THORACIC_BACKREST_H = 36.0
"""The backrest top meets the mid-back (about 60 % up the trunk), below the shoulder blades."""


def thoracic_sit(lean: float) -> Pose:
    """Sitting well back against the backrest; ``lean`` tips only the upper back over its top.

    The spine's curve is set so it leaves the hip straight up (the low back stays neutral,
    supported by the chair) and bends back only above the backrest.
    """
    hip = (CHAIR_BACK_X + 6.0, props.SEAT_Y + 6.0)
    trunk = 90.0 + lean
    middle = polar(hip, trunk, 25.0)
    bend = (middle[0] - hip[0]) / math.cos(math.radians(trunk + 90.0)) if lean else 0.0
    return Pose(
        hip=hip,
        trunk=trunk,
        bend=-abs(bend),
        head=90.0 + 2.0 * lean,
        leg=leg_to(hip, (hip[0] + 44.0, ON_FLOOR), foot=0.0),
        arm=HANG,
        accent=accent("upper_back") if lean else frozenset(),
    )


def _knee_cushion() -> tuple[Shape, ...]:
    return tuple(props.cushion((0.0, CUSHION_H / 2 + 0.5), w=26.0, h=CUSHION_H))


def _self_massage() -> list[Illustration]:
    ball_at = (-12.0, STAND_Y - 10.0)
    wall = props.wall(ball_at[0] - 6.5) + props.ball(ball_at)

    def against_wall(drop: float, trunk: float) -> Pose:
        hip = (0.0, STAND_Y - drop)
        return Pose(
            hip=hip, trunk=trunk, head=90.0, leg=planted(hip, 16.0), arm=HANG, accent=frozenset()
        )

    def kneading(up: float) -> Panel:
        pose = standing(head=90.0)
        hands = behind_hips(pose.hip, 90.0, up)
        rub = arc_arrow(polar(hands, 180.0, 6.0), 8.0, 120.0, 330.0)
        return Panel(
            replace(pose, arm=arm_to(shoulder_of(pose.hip, 90.0), hands), accent=accent("arm")),
            overlay=tuple(rub),
        )

    return [
        Illustration(
            "mass_ball_glute",
            "Massage ball for the buttock",
            Panel(against_wall(1.0, 91.0), props=tuple(wall)),
            Panel(against_wall(9.0, 96.0), props=tuple(wall)),
            captions=("Start", "Hold"),
        ),
        Illustration(
            "mass_hands_low_back",
            "Hand self-massage, low back muscles",
            kneading(16.0),
            kneading(3.0),
            captions=("1", "2"),
            alternating=True,
        ),
        Illustration(
            "mass_roller_upper_back",
            "Foam roller for the upper back",
            _roller_back(SUPINE_HIP),
            _roller_back((SUPINE_HIP[0] - 9.0, LYING + 6.0)),
            captions=("1", "2"),
            alternating=True,
            ground="mat",
        ),
        Illustration(
            "mass_roller_calf",
            "Roller or ball for the calves",
            _roller_calf(THIGH + 8.0),
            _roller_calf(THIGH + 30.0),
            captions=("1", "2"),
            alternating=True,
        ),
    ]


ROLLER_R = 9.0


def _roller_back(hip: Point) -> Panel:
    """Lying back over a roller under the shoulder blades, hands behind the head."""
    roller = (-34.0, ROLLER_R)
    over = (roller[0], roller[1] + ROLLER_R + 4.5)
    trunk = direction(hip, over)
    pose = supine(trunk=trunk, hip=hip, head=trunk + 4.0, leg=hook(hip=hip))
    return Panel(hands_behind_head(pose, 70.0), props=tuple(props.roller(roller, ROLLER_R)))


def _roller_calf(along: float) -> Panel:
    """Sitting on the floor, leaning back on the hands, near calf on the roller."""
    roller = (0.0, ROLLER_R)
    rise = roller[1] + ROLLER_R + 4.0 - LYING
    angle = direction((0.0, 0.0), ((along**2 - rise**2) ** 0.5, rise))
    hip = polar((roller[0], roller[1] + ROLLER_R + 4.0), angle + 180.0, along)
    trunk = 118.0
    shoulder = shoulder_of(hip, trunk)
    return Panel(
        Pose(
            hip=hip,
            trunk=trunk,
            head=100.0,
            leg=Limb(angle, angle, angle + 70.0),
            leg_far=leg_to(
                hip, (min(hip[0] + 50.0, roller[0] - ROLLER_R - 12.0), ON_FLOOR + 1.0), foot=0.0
            ),
            arm=arm_to(shoulder, (hip[0] - 20.0, ON_FLOOR)),
            accent=accent("leg"),
        ),
        props=tuple(props.roller(roller, ROLLER_R)),
    )


def _aerobic() -> list[Illustration]:
    easy = walking(24.0)
    brisk = walking(30.0, lean=84.0, brisk=True, hip_y=78.0)
    return [
        Illustration(
            "aer_walk_easy",
            "Easy walk",
            Panel(easy),
            Panel(swap_sides(easy)),
            captions=("1", "2"),
            alternating=True,
        ),
        Illustration(
            "aer_walk_brisk_intervals",
            "Brisk walk intervals",
            Panel(easy),
            Panel(brisk),
            captions=("Easy", "Brisk"),
            alternating=True,
        ),
        Illustration(
            "aer_cycle",
            "Stationary or outdoor cycling",
            _cycling(-75.0),
            _cycling(105.0),
            captions=("1", "2"),
            alternating=True,
        ),
        Illustration(
            "aer_walk_jog",
            "Walk–jog intervals",
            Panel(easy),
            Panel(jogging()),
            captions=("Walk", "Jog"),
            alternating=True,
        ),
        Illustration(
            "aer_swim",
            "Swimming or water walking",
            _swimming(first=True),
            _swimming(first=False),
            captions=("1", "2"),
            alternating=True,
            ground="none",
        ),
    ]


def _cycling(near_pedal: float) -> Panel:
    hip = (-15.0, 92.0)
    trunk = 60.0
    grip = (42.0, 96.0)
    near, far = props.pedal(near_pedal), props.pedal(near_pedal + 180.0)
    return Panel(
        Pose(
            hip=hip,
            trunk=trunk,
            head=72.0,
            leg=leg_to(hip, polar(near, 180.0, 3.0), foot=-8.0),
            leg_far=leg_to(hip, polar(far, 180.0, 3.0), foot=-8.0),
            arm=arm_to(shoulder_of(hip, trunk), grip),
            accent=accent("leg"),
        ),
        beside=tuple(props.bike(near_pedal)),
    )


def _swimming(*, first: bool) -> Panel:
    """Front crawl: one arm reaching forward under water, the other recovering over it."""
    reach = Limb(-4.0, -6.0)
    recover = Limb(70.0, 10.0)
    pull = Limb(-120.0, -160.0)
    pose = Pose(
        hip=(0.0, 0.0),
        trunk=2.0,
        head=-2.0,
        arm=recover if first else reach,
        arm_far=reach if first else pull,
        leg=Limb(176.0 if first else 183.0, 178.0 if first else 186.0, 180.0),
        leg_far=Limb(183.0 if first else 176.0, 186.0 if first else 178.0, 180.0),
        view="water",
        accent=accent("arm"),
    )
    return Panel(pose, props=tuple(props.water(-100.0, 100.0, 6.0)))


def _yoga() -> list[Illustration]:
    knee = (0.0, ON_FLOOR)
    heel_hip = polar(knee, 152.0, THIGH)
    thigh = direction(heel_hip, knee)
    kneel = kneeling_leg(heel_hip, thigh)
    # Between heels and buttocks: it rests on the shins and the hips sit on it.
    seat_top = heel_hip[1] - 4.0
    seat_bottom = ON_FLOOR + 4.0
    cushion = tuple(
        props.cushion((heel_hip[0], (seat_top + seat_bottom) / 2), w=20.0, h=seat_top - seat_bottom)
    )
    tall = Pose(
        hip=heel_hip,
        trunk=90.0,
        head=90.0,
        leg=kneel,
        arm=arm_to(shoulder_of(heel_hip, 90.0), on_thigh(heel_hip, kneel, 0.75, 6.0)),
    )
    fold_trunk = -8.0
    fold_shoulder = shoulder_of(heel_hip, fold_trunk)
    folded = Pose(
        hip=heel_hip,
        trunk=fold_trunk,
        bend=6.0,
        head=-20.0,
        leg=kneel,
        arm=arm_via(
            fold_shoulder,
            (fold_shoulder[0] + 22.0, ON_FLOOR),
            (fold_shoulder[0] + 60.0, ON_FLOOR),
        ),
        accent=accent("trunk"),
    )
    strap_bent = Limb(96.0, 30.0, 120.0)
    strap_straight = Limb(80.0, 74.0, 164.0)
    chest = shoulder_of(SUPINE_HIP, 180.0)

    def strap_panel(leg: Limb) -> Panel:
        foot = mid_foot(SUPINE_HIP, leg)
        hands = polar(chest, direction(chest, foot), 34.0)
        pose = supine(leg=leg, leg_far=hook(), arm=arm_to(chest, hands), accent=accent("leg"))
        return Panel(pose, overlay=tuple(props.strap(hands, foot)))

    hugged = Limb(114.0, -22.0, 15.0)
    hug_hands = on_thigh(SUPINE_HIP, hugged, 1.0, -2.0)
    pillow = tuple(props.cushion((SUPINE_SHOULDER[0] - 15.0, 4.5), w=26.0, h=8.0))
    rest_head = pillow_head(SUPINE_SHOULDER, 8.0)
    on_chair = Limb(80.0, -2.0, 70.0)
    calf_knee = knee_of(SUPINE_HIP, on_chair)
    on_chair_x = calf_knee[0]
    seat = calf_knee[1] - 7.5
    twist_knee = polar((0.0, 0.0), -15.0, THIGH)
    return [
        Illustration(
            "yoga_child_pose",
            "Supported child's pose",
            Panel(tall, props=cushion),
            Panel(folded, props=cushion),
            captions=("Start", "Hold"),
            ground="mat",
        ),
        Illustration(
            "yoga_low_lunge",
            "Supported low lunge",
            Panel(hands_on_front_thigh(half_kneeling(0.0, stride=52.0)), props=_knee_cushion()),
            Panel(hands_on_front_thigh(half_kneeling(22.0, stride=52.0)), props=_knee_cushion()),
            captions=("Start", "Hold"),
            ground="mat",
        ),
        Illustration(
            "yoga_supine_hamstring",
            "Lying hamstring stretch with strap",
            strap_panel(strap_bent),
            strap_panel(strap_straight),
            captions=("Start", "Hold"),
            ground="mat",
        ),
        Illustration(
            "yoga_supine_twist",
            "Supported lying twist",
            Panel(knees_from_above(0.0)),
            Panel(
                knees_from_above(1.0),
                props=tuple(props.cushion((twist_knee[0] + 4.0, twist_knee[1]), w=16.0, h=30.0)),
            ),
            captions=("Start", "Hold"),
            ground="top_mat",
        ),
        Illustration(
            "yoga_knees_to_chest",
            "Knees to chest",
            Panel(supine()),
            Panel(
                supine(
                    leg=hugged,
                    arm=arm_to(SUPINE_SHOULDER, hug_hands),
                    accent=accent("leg", "leg_far"),
                )
            ),
            captions=("Start", "Hold"),
            ground="mat",
        ),
        Illustration(
            "yoga_rest",
            "Constructive rest",
            Panel(supine(head=rest_head), props=pillow),
            Panel(
                supine(head=rest_head, leg=on_chair),
                props=pillow + tuple(props.chair(on_chair_x + 52.0, seat_y=seat, facing=-1)),
            ),
            captions=("Option 1", "Option 2"),
            alternating=True,
            ground="mat",
        ),
    ]


def seated_forward(pose: Pose, forward: float) -> Pose:
    """The same seated pose, sitting ``forward`` further towards the front of the seat."""
    hip = (pose.hip[0] + forward, pose.hip[1])
    return replace(pose, hip=hip, leg=leg_to(hip, (hip[0] + THIGH + 2.0, ON_FLOOR), foot=0.0))


def _breathing() -> list[Illustration]:
    def breath(inhale: bool) -> Panel:
        base = seated_forward(seated(head=90.0), 9.0)
        shoulder = shoulder_of(base.hip, base.trunk)
        belly = on_body(base, 0.3, 9.0)
        chest = on_body(base, 0.78, 8.0)
        pose = replace(base, arm=arm_to(shoulder, belly), arm_far=arm_to(shoulder, chest))
        nose = polar(head_of(pose), 0.0, HEAD_R + 4.0)
        far_air = polar(nose, 0.0, 14.0)
        air = straight_arrow(far_air, nose) if inhale else straight_arrow(nose, far_air)
        bulge = props.belly(on_body(base, 0.3, 12.0), 5.0 if inhale else 1.5, base.trunk - 90.0)
        return Panel(pose, props=chair(), overlay=tuple(bulge + air))

    def pmr(tense: bool) -> Panel:
        base = seated(head=90.0)
        if not tense:
            return Panel(base, props=chair())
        fist_arm = Limb(-80.0, 20.0)
        fist = hand_of(shoulder_of(base.hip, base.trunk), fist_arm)
        return Panel(
            replace(base, arm=fist_arm, accent=accent("arm")),
            props=chair(),
            overlay=(Disc(fist, 5.5, ACCENT),),
        )

    def scan(at_feet: bool) -> Panel:
        pose = supine(leg=STRAIGHT_LEG, head=180.0)
        spot = mid_foot(SUPINE_HIP, STRAIGHT_LEG) if at_feet else head_of(pose)
        return Panel(
            replace(pose, accent=accent("foot") if at_feet else accent("head")),
            props=tuple(props.glow(spot, 20.0)),
        )

    return [
        Illustration(
            "breath_paced",
            "Slow belly breathing (paced)",
            breath(inhale=True),
            breath(inhale=False),
            captions=("In", "Out"),
            alternating=True,
        ),
        Illustration(
            "breath_pmr",
            "Short progressive muscle relaxation",
            pmr(tense=True),
            pmr(tense=False),
            captions=("Tense", "Relax"),
            alternating=True,
        ),
        Illustration(
            "breath_body_scan",
            "Body scan",
            scan(at_feet=True),
            scan(at_feet=False),
            ground="mat",
        ),
    ]


def all_catalogue() -> list[Illustration]:
    """Every exercise of the catalogue, in the brief's order, then the gentler variants."""
    from gentler import all_gentler

    return [
        *_stabilisation(),
        *_mobility(),
        *_posture(),
        *_self_massage(),
        *_aerobic(),
        *_yoga(),
        *_breathing(),
        *all_gentler(),
    ]

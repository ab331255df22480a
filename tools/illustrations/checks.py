"""Checks that refuse a drawing a physiotherapist would reject, before any SVG is written.

Joint ranges (``skeleton.out_of_range``) catch a knee bent backwards. These catch the rest of
what went wrong in earlier drawings: a limb passing through a chair, a cushion floating behind
the body, shins pointing up from a kneeling knee, an arm that seems to grow out of the head, a
backrest at the wrong height for an upper-back stretch, and a stretch that moves the whole spine
when the text says only the upper back moves. All geometry is in figure coordinates (y up).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from layout import Illustration, Panel
from shapes import (
    ACCENT_GLOW,
    BACKDROP,
    BODY_WIDTH,
    CUSHION,
    PROP_WIDTH,
    WATER,
    Box,
    ChairBack,
    Disc,
    Shape,
    Stroke,
    spine_point,
)
from skeleton import (
    HEAD_R,
    ON_FLOOR,
    TRUNK,
    Point,
    Pose,
    direction,
    distance,
    joints,
    normalised,
    out_of_range,
)

Segment = tuple[Point, Point]

CHECKED_VIEWS = ("side", "front")
SPINE_BEND = (-10.0, 14.0)
"""How far the drawn spine may curve (arch .. round); more reads as a broken back."""
FLOOR_SLACK = 1.5
KNEELING_KNEE_Y = ON_FLOOR + 8.5
"""A knee this low rests on the floor or a cushion; its shin must then lie along the floor."""
SHIN_ON_FLOOR_Y = ON_FLOOR + 6.0
ARM_FROM_HEAD_DEG = 25.0
"""A raised upper arm this close to the neck's direction looks as if it grew out of the head."""
UPPER_ARM_RAISED = 10.0
"""An elbow this much higher than its shoulder makes a raised arm (hanging and resting arms are
drawn alongside the head or trunk by design, e.g. reaching forward in child's pose)."""
PIERCE_SLACK = 2.0
"""How far a body line may press into a prop's outline (soft contact), in figure units."""
END_CONTACT = 6.0
"""Hands and feet may touch a prop's outline: crossings this close to a limb's end are grips."""
REST_GAP = BODY_WIDTH / 2 + 4.0
"""A body point resting on a cushion sits at most this far above the cushion's top."""
BACKREST_LOW_T = 0.45
"""A seated figure's backrest reaches at least this far up the trunk (mid-back or higher)."""
BACKREST_CONTACT = BODY_WIDTH / 2 + PROP_WIDTH / 2 + 2.0
LOW_BACK_STILL_DEG = 4.0
"""Leaning back over a backrest: where the spine leaves the hip, it turns at most this much."""
BESIDE_SPREAD = 24.0
"""A prop drawn beside the body (further from the viewer) is centred this close to the hips."""
NOT_SOLID = {BACKDROP, WATER, ACCENT_GLOW}


def problems(art: Illustration) -> list[str]:
    """Everything wrong with one illustration, as ``id panel: message`` lines."""
    found = []
    for label, panel in (("start", art.start), ("end", art.end)):
        found += [f"{art.id} {label}: {message}" for message in panel_problems(panel)]
    found += [f"{art.id}: {message}" for message in _low_back_moves(art)]
    return found


def panel_problems(panel: Panel) -> list[str]:
    pose = panel.pose
    if pose.view not in CHECKED_VIEWS:
        return []
    found = list(out_of_range(pose))
    if pose.view == "side" and not SPINE_BEND[0] <= pose.bend <= SPINE_BEND[1]:
        found.append(f"spine bend {pose.bend:.0f} outside {SPINE_BEND[0]:.0f}..{SPINE_BEND[1]:.0f}")
    found += _below_floor(pose)
    found += _kneeling_shins(pose)
    if pose.view == "side":
        found += _arm_from_head(pose)
    found += _crossed_props(panel)
    found += _floating_cushions(panel)
    found += _backrest(panel)
    found += _beside_props(panel)
    return found


# --- the body as points and segments ---------------------------------------------------------


def spine_points(pose: Pose, count: int = 10) -> list[Point]:
    j = joints(pose)
    return [spine_point(j, i / count) for i in range(count + 1)]


def body_segments(pose: Pose) -> Iterator[tuple[str, Segment, bool]]:
    """Every drawn body line as (part, segment, ends_in_hand_or_foot)."""
    spine = spine_points(pose)
    for a, b in pairwise(spine):
        yield "trunk", (a, b), False
    for part, points in joints(pose).limbs.items():
        last = len(points) - 2
        for index, (a, b) in enumerate(pairwise(points)):
            yield part, (a, b), index >= last - (1 if part.startswith("leg") else 0)


def _below_floor(pose: Pose) -> list[str]:
    j = joints(pose)
    found = []
    for part, points in j.limbs.items():
        low = min(y for _, y in points[:3])
        if low < ON_FLOOR - FLOOR_SLACK:
            found.append(f"{part} goes {ON_FLOOR - low:.0f} below the floor")
        if len(points) == 4 and points[3][1] < -FLOOR_SLACK:
            found.append(f"{part}: the toes dig into the floor")
    if j.head[1] < HEAD_R - FLOOR_SLACK:
        found.append("head sinks into the floor")
    if min(y for _, y in spine_points(pose)) < ON_FLOOR - FLOOR_SLACK:
        found.append("trunk sinks into the floor")
    return found


def _kneeling_shins(pose: Pose) -> list[str]:
    """A knee on the floor (hip well above it) has its shin on the floor, not pointing up."""
    found = []
    for part, points in joints(pose).limbs.items():
        if not part.startswith("leg"):
            continue
        hip, knee, ankle = points[0], points[1], points[2]
        if knee[1] <= KNEELING_KNEE_Y and hip[1] - knee[1] > 10.0 and ankle[1] > SHIN_ON_FLOOR_Y:
            found.append(f"{part}: kneeling on the knee, but the shin points up off the floor")
    return found


def _arm_from_head(pose: Pose) -> list[str]:
    """A raised arm must leave the shoulder clearly apart from the neck and head."""
    j = joints(pose)
    neck = direction(j.shoulder, j.head)
    found = []
    for part, points in j.limbs.items():
        if not part.startswith("arm"):
            continue
        upper = direction(points[0], points[1])
        raised = points[1][1] - points[0][1] > UPPER_ARM_RAISED
        apart = abs(normalised(upper - neck))
        if raised and apart < ARM_FROM_HEAD_DEG:
            found.append(
                f"{part} rises {apart:.0f}° from the neck line: it looks rooted in the head"
            )
    return found


# --- props ------------------------------------------------------------------------------------


def _segments_of(shape: Stroke) -> list[Segment]:
    points = shape.points()
    return list(pairwise(points))


def _crossing(s: Segment, t: Segment) -> Point | None:
    (x1, y1), (x2, y2) = s
    (x3, y3), (x4, y4) = t
    denominator = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4)
    if abs(denominator) < 1e-9:
        return None
    u = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / denominator
    v = -((x1 - x2) * (y1 - y3) - (y1 - y2) * (x1 - x3)) / denominator
    if 0.0 <= u <= 1.0 and 0.0 <= v <= 1.0:
        return (x1 + u * (x2 - x1), y1 + u * (y2 - y1))
    return None


def _point_to_segment(p: Point, s: Segment) -> float:
    (x1, y1), (x2, y2) = s
    dx, dy = x2 - x1, y2 - y1
    length_sq = dx * dx + dy * dy
    t = (
        0.0
        if length_sq == 0
        else max(0.0, min(1.0, ((p[0] - x1) * dx + (p[1] - y1) * dy) / length_sq))
    )
    return distance(p, (x1 + t * dx, y1 + t * dy))


def _through_box(s: Segment, box: Box) -> bool:
    """Does the segment enter the box shrunk by the contact slack? (sampled; boxes are small)"""
    x0, y0 = box.corner[0] + PIERCE_SLACK, box.corner[1] + PIERCE_SLACK
    x1, y1 = box.corner[0] + box.w - PIERCE_SLACK, box.corner[1] + box.h - PIERCE_SLACK
    steps = max(2, int(distance(*s) / 1.5))
    for i in range(steps + 1):
        x = s[0][0] + (s[1][0] - s[0][0]) * i / steps
        y = s[0][1] + (s[1][1] - s[0][1]) * i / steps
        if x0 < x < x1 and y0 < y < y1:
            return True
    return False


def _solid(shape: Shape) -> bool:
    colour = shape.fill if isinstance(shape, Box | Disc) else shape.color
    return colour not in NOT_SOLID


def _crossed_props(panel: Panel) -> list[str]:
    """No body line passes through a prop in the body's own plane (a chair, wall, cushion)."""
    found = []
    for shape in panel.props:
        if not _solid(shape):
            continue
        for part, segment, has_end in body_segments(panel.pose):
            if _pierces(shape, segment, has_end):
                found.append(f"{part} passes through a {_prop_name(shape)}")
                break
    return found


def _pierces(shape: Shape, segment: Segment, has_end: bool) -> bool:
    if isinstance(shape, Stroke):
        for edge in _segments_of(shape):
            hit = _crossing(segment, edge)
            if hit is None:
                continue
            if has_end and distance(hit, segment[1]) <= END_CONTACT:
                continue  # a hand or foot resting on it
            return True
        return False
    if isinstance(shape, Box):
        return _through_box(segment, shape)
    return _point_to_segment(shape.center, segment) < shape.r - PIERCE_SLACK


def _prop_name(shape: Shape) -> str:
    if isinstance(shape, ChairBack):
        return "chair back"
    if isinstance(shape, Box):
        return "cushion" if shape.fill == CUSHION else "wall or block"
    if isinstance(shape, Disc):
        return "ball or roller"
    return "chair or prop"


def _resting_points(pose: Pose) -> list[Point]:
    j = joints(pose)
    points = spine_points(pose) + [p for limb in j.limbs.values() for p in limb]
    return [*points, (j.head[0], j.head[1] - HEAD_R + BODY_WIDTH / 2)]


def _floating_cushions(panel: Panel) -> list[str]:
    """Every cushion carries part of the body: something rests on its top, within its width."""
    if panel.pose.view != "side":
        return []
    found = []
    points = _resting_points(panel.pose)
    for shape in panel.props:
        if not (isinstance(shape, Box) and shape.fill == CUSHION):
            continue
        top = shape.corner[1] + shape.h
        left, right = shape.corner[0] - 2.0, shape.corner[0] + shape.w + 2.0
        if not any(left <= x <= right and top - 1.0 <= y <= top + REST_GAP for x, y in points):
            found.append(f"a cushion at x={shape.corner[0] + shape.w / 2:.0f} supports nothing")
    return found


def _chair_backs(panel: Panel) -> list[ChairBack]:
    return [shape for shape in panel.props if isinstance(shape, ChairBack)]


def _seated_on(pose: Pose, chair: ChairBack) -> bool:
    seat_x, seat_y = chair.seat
    facing = 1.0 if chair.top[0] < seat_x else -1.0
    ahead = (pose.hip[0] - seat_x) * facing
    return 0.0 <= ahead <= 30.0 and 2.0 <= pose.hip[1] - seat_y <= 10.0


def _backrest(panel: Panel) -> list[str]:
    """Seated on a chair: the backrest reaches mid-back, and a lean back rests on its top."""
    pose = panel.pose
    if pose.view != "side":
        return []
    found = []
    for chair in _chair_backs(panel):
        if not _seated_on(pose, chair):
            continue
        reach = (chair.top[1] - pose.hip[1]) / TRUNK
        if reach < BACKREST_LOW_T:
            found.append(
                f"backrest top at {reach:.0%} of the trunk: below mid-back (low-back height)"
            )
        shoulder_x = joints(pose).shoulder[0]
        if shoulder_x < pose.hip[0] - 4.0:  # leaning back
            gap, t = _nearest_on_spine(pose, chair.top)
            if gap > BACKREST_CONTACT:
                found.append(f"leans back but the back is {gap:.0f} away from the backrest top")
            elif not BACKREST_LOW_T <= t <= 0.85:
                found.append(f"leans over the backrest at {t:.0%} of the trunk, not the mid-back")
    return found


def _nearest_on_spine(pose: Pose, point: Point) -> tuple[float, float]:
    points = spine_points(pose, 40)
    best = min(range(len(points)), key=lambda i: distance(points[i], point))
    return distance(points[best], point), best / 40


def _beside_props(panel: Panel) -> list[str]:
    """A prop drawn beside the body stands at the body, not in front of or behind it."""
    if not panel.beside:
        return []
    xs = [x for shape in panel.beside for x, _ in shape.points()]
    centre = (min(xs) + max(xs)) / 2
    if abs(centre - panel.pose.hip[0]) > BESIDE_SPREAD:
        return [f"the prop beside the body is {centre - panel.pose.hip[0]:.0f} from the hips"]
    return []


def _low_back_moves(art: Illustration) -> list[str]:
    """Leaning back over a backrest moves the upper back: the low back keeps its curve.

    The spine leaves the hip along the line to its curve's control point; if that line turns
    between the panels, the low back has arched (or rounded) instead of staying supported.
    """
    start, end = art.start.pose, art.end.pose
    chairs = _chair_backs(art.end)
    if start.view != "side" or not chairs or not _seated_on(end, chairs[0]):
        return []
    if joints(end).shoulder[0] >= end.hip[0] - 4.0:
        return []
    turned = [direction(pose.hip, joints(pose).spine_control) for pose in (start, end)]
    change = abs(normalised(turned[1] - turned[0]))
    if change > LOW_BACK_STILL_DEG:
        return [f"the low back turns {change:.0f}° as the back leans: only the upper back moves"]
    return []

"""Drawable shapes in figure coordinates (y up) and how a pose becomes shapes.

Shapes stay in figure coordinates until ``svg.py`` places them in a panel, so bounding boxes
for centring are computed on the same numbers the poses are written in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from skeleton import HEAD_R, Joints, Point, Pose, joints, polar

FIGURE = "#37474f"
FIGURE_FAR = "#78909c"
PROP = "#90a4ae"
PROP_FILL = "#cfd8dc"
ACCENT = "#1e88e5"
ACCENT_FAR = "#64b5f6"
ACCENT_GLOW = "#bbdefb"
WATER = "#e3f2fd"
CUSHION = "#b0bec5"
BACKDROP = "#e4e9ec"  # a wall or mat seen face-on

BODY_WIDTH = 7.0
PROP_WIDTH = 3.5


@dataclass(frozen=True)
class Stroke:
    """An open or closed path of straight (``L``) and quadratic (``Q``) pieces."""

    start: Point
    pieces: tuple[tuple[Point, ...], ...]  # one point: line to it; two: control point, end
    color: str
    width: float
    fill: str = "none"
    closed: bool = False

    def points(self) -> list[Point]:
        return [self.start, *(p for piece in self.pieces for p in piece)]


@dataclass(frozen=True)
class Disc:
    center: Point
    r: float
    fill: str
    stroke: str = "none"
    width: float = 0.0

    def points(self) -> list[Point]:
        x, y = self.center
        return [(x - self.r, y - self.r), (x + self.r, y + self.r)]


@dataclass(frozen=True)
class Box:
    """Axis-aligned rounded rectangle given by its lower-left corner (y up)."""

    corner: Point
    w: float
    h: float
    fill: str
    rx: float = 0.0

    def points(self) -> list[Point]:
        x, y = self.corner
        return [(x, y), (x + self.w, y + self.h)]


@dataclass(frozen=True)
class ChairBack(Stroke):
    """A chair's backrest and rear leg, as one path: top of the backrest, seat level, floor.

    A separate type so the checks can find where a seated figure's back meets the backrest.
    """

    @property
    def top(self) -> Point:
        return self.start

    @property
    def seat(self) -> Point:
        return self.pieces[0][0]


Shape = Stroke | Disc | Box


def line(*points: Point, color: str = PROP, width: float = PROP_WIDTH) -> Stroke:
    return Stroke(points[0], tuple((p,) for p in points[1:]), color, width)


def polygon(*points: Point, color: str) -> Stroke:
    return Stroke(points[0], tuple((p,) for p in points[1:]), "none", 0.0, fill=color, closed=True)


def arrow_head(tip: Point, heading: float, size: float, color: str) -> Stroke:
    return polygon(
        tip,
        polar(tip, heading + 150.0, size),
        polar(tip, heading - 150.0, size),
        color=color,
    )


def arc_arrow(
    center: Point, r: float, start: float, end: float, color: str = ACCENT, both: bool = False
) -> list[Shape]:
    """A curved arrow around ``center`` from angle ``start`` to ``end`` (degrees, y up)."""
    steps = max(3, int(abs(end - start) / 20))
    pts = [polar(center, start + (end - start) * i / steps, r) for i in range(steps + 1)]
    sense = 90.0 if end > start else -90.0
    shapes: list[Shape] = [line(*pts, color=color, width=2.5)]
    shapes.append(arrow_head(polar(pts[-1], end + sense, 2.0), end + sense, 6.0, color))
    if both:
        shapes.append(arrow_head(polar(pts[0], start - sense, 2.0), start - sense, 6.0, color))
    return shapes


def straight_arrow(start: Point, end: Point, color: str = ACCENT) -> list[Shape]:
    heading = math.degrees(math.atan2(end[1] - start[1], end[0] - start[0]))
    return [
        line(start, polar(end, heading + 180, 3.0), color=color, width=2.5),
        arrow_head(end, heading, 6.0, color),
    ]


def _color(part: str, pose: Pose) -> str:
    far = part.endswith("_far") and pose.view == "side"
    if part in pose.accent:
        return ACCENT_FAR if far else ACCENT
    return FIGURE_FAR if far else FIGURE


def spine_point(j: Joints, t: float) -> Point:
    """Point at parameter ``t`` (0 = hip, 1 = shoulder) on the curved spine."""
    (x0, y0), (x1, y1), (x2, y2) = j.hip, j.spine_control, j.shoulder
    a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t**2
    return (a * x0 + b * x1 + c * x2, a * y0 + b * y1 + c * y2)


def figure(pose: Pose) -> list[Shape]:
    """The body as shapes, back to front: far limbs, spine and head, near limbs."""
    j = joints(pose)
    shapes: list[Shape] = []
    for part in ("leg_far", "arm_far"):
        if part in j.limbs:
            shapes.append(line(*j.limbs[part], color=_color(part, pose), width=BODY_WIDTH))
    spine_color = _color("trunk", pose)
    for width, part in ((pose.pelvis, "leg"), (pose.shoulders, "arm")):
        if width:
            ends = (j.limbs[part][0], j.limbs.get(part + "_far", j.limbs[part])[0])
            shapes.append(line(*ends, color=FIGURE, width=BODY_WIDTH))
    shapes.append(Stroke(j.hip, ((j.spine_control, j.shoulder),), spine_color, BODY_WIDTH))
    if "core" in pose.accent:
        low_back = [spine_point(j, t / 4) for t in range(3)]
        shapes.append(line(*low_back, color=ACCENT, width=BODY_WIDTH))
    if "upper_back" in pose.accent:
        upper_back = [spine_point(j, 0.55 + 0.45 * t / 6) for t in range(7)]
        shapes.append(line(*upper_back, color=ACCENT, width=BODY_WIDTH))
    shapes.append(Disc(j.head, HEAD_R, _color("head", pose)))
    for part in ("leg", "arm"):
        shapes.append(line(*j.limbs[part], color=_color(part, pose), width=BODY_WIDTH))
    if "foot" in pose.accent:
        shapes.append(line(*j.limbs["leg"][-2:], color=ACCENT, width=BODY_WIDTH))
    return shapes

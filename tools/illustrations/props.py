"""Equipment drawn around the figure: chair, wall, ball, roller, cushion, strap, bike, water.

All in figure coordinates (y up, floor at y = 0). Poses place props explicitly, so a chair or
a wall keeps exactly the same place in both panels while the body moves.
"""

from __future__ import annotations

from shapes import (
    ACCENT_FAR,
    ACCENT_GLOW,
    BACKDROP,
    CUSHION,
    PROP,
    PROP_FILL,
    PROP_WIDTH,
    WATER,
    Box,
    ChairBack,
    Disc,
    Shape,
    Stroke,
    line,
)
from skeleton import Point, polar

SEAT_Y = 38.0
SEAT_DEPTH = 32.0
FLOOR_GAP = 1.5  # chair feet and wheels end on the floor line, not under it


def chair(
    back_x: float, back_h: float = 46.0, seat_y: float = SEAT_Y, facing: int = 1
) -> list[Shape]:
    """A side-on chair; ``back_x`` is where the backrest and rear legs stand.

    ``facing`` 1 turns the seat to the right (someone sits on it facing right), -1 to the left.
    """
    front_x = back_x + facing * SEAT_DEPTH
    top = (back_x - 3 * facing, seat_y + back_h)
    return [
        ChairBack(top, (((back_x, seat_y),), ((back_x, FLOOR_GAP),)), PROP, PROP_WIDTH),
        line((back_x, seat_y), (front_x, seat_y), (front_x, FLOOR_GAP)),
    ]


def chair_beside(center_x: float, back_h: float = 46.0, seat_y: float = SEAT_Y) -> list[Shape]:
    """A chair standing beside the figure (further from the viewer), seen from its back.

    Drawn lighter and behind the body, so a near limb passes in front of it, never through it.
    """
    half = 11.0
    left, right = center_x - half, center_x + half
    top = seat_y + back_h
    return [
        line((left, FLOOR_GAP), (left, top), color=PROP_FILL),
        line((right, FLOOR_GAP), (right, top), color=PROP_FILL),
        line((left, top), (right, top), color=PROP_FILL, width=5.0),
        line((left, seat_y + back_h * 0.55), (right, seat_y + back_h * 0.55), color=PROP_FILL),
        line((left, seat_y), (right, seat_y), color=PROP_FILL),
    ]


def stool(x: float, w: float = 26.0, h: float = 22.0) -> list[Shape]:
    """A low stool or step, ``x`` its left edge."""
    return [Box((x, FLOOR_GAP), w, h - FLOOR_GAP, PROP_FILL, rx=2)]


def wall(face_x: float, height: float = 180.0, facing: int = 1) -> list[Shape]:
    """A wall whose surface is at ``face_x``, extending to the left (``facing`` -1: right)."""
    return [Box((face_x - 8 if facing == 1 else face_x, 0), 8, height, PROP_FILL)]


def wall_backdrop(center_x: float, w: float = 150.0, h: float = 180.0) -> list[Shape]:
    """The wall seen face-on behind a figure facing the viewer."""
    return [Box((center_x - w / 2, 0), w, h, BACKDROP, rx=4)]


def ball(center: Point, r: float = 6.0) -> list[Shape]:
    return [Disc(center, r, ACCENT_FAR)]


def roller(center: Point, r: float = 9.0) -> list[Shape]:
    return [Disc(center, r, PROP_FILL, stroke=PROP, width=2.5), Disc(center, 2.5, PROP)]


def cushion(center: Point, w: float = 24.0, h: float = 8.0) -> list[Shape]:
    x, y = center
    return [Box((x - w / 2, y - h / 2), w, h, CUSHION, rx=min(w, h) / 2)]


def strap(hand: Point, foot: Point) -> list[Shape]:
    return [line(hand, foot, color=PROP, width=2.5)]


def glow(center: Point, r: float) -> list[Shape]:
    return [Disc(center, r, ACCENT_GLOW)]


def belly(center: Point, size: float, angle: float) -> list[Shape]:
    """A bulge in front of the belly: how far the breath lifts it."""
    a = polar(center, angle + 90, 9)
    b = polar(center, angle - 90, 9)
    tip = polar(center, angle, size * 2)
    return [Stroke(a, ((tip, b),), ACCENT_FAR, 3.0)]


def water(x0: float, x1: float, surface: float, depth: float = 44.0) -> list[Shape]:
    """Pool water with a gently waved surface line."""
    waves = []
    step = 24.0
    x = x0
    while x < x1:
        waves.append(((x + step / 4, surface + 3), (x + step / 2, surface)))
        waves.append(((x + 3 * step / 4, surface - 3), (x + step, surface)))
        x += step
    return [
        Box((x0, surface - depth), x1 - x0, depth, WATER, rx=6),
        Stroke((x0, surface), tuple(waves), ACCENT_FAR, 2.5),
    ]


WHEEL_R = 30.0
BB: Point = (0.0, 28.0)  # bottom bracket: the crank axle
CRANK = 11.0


def pedal(angle: float) -> Point:
    return polar(BB, angle, CRANK)


def bike(near_pedal: float) -> list[Shape]:
    """A bicycle seen from its right side, riding to the right; cranks set by the near pedal."""
    rear = (-50.0, WHEEL_R + FLOOR_GAP)
    front = (54.0, WHEEL_R + FLOOR_GAP)
    seat_top = (-13.0, 82.0)
    head_top = (36.0, 80.0)
    head_low = (39.0, 69.0)
    width = PROP_WIDTH
    near, far = pedal(near_pedal), pedal(near_pedal + 180)
    return [
        Disc(rear, WHEEL_R, "none", stroke=PROP, width=width),
        Disc(front, WHEEL_R, "none", stroke=PROP, width=width),
        line(BB, far, color=PROP, width=width),
        line(rear, BB, seat_top, rear),
        line(seat_top, head_top, head_low, BB),
        line(head_low, front),
        line((-22.0, 85.0), (-6.0, 85.0), width=5.0),  # saddle
        line(seat_top, (-15.0, 85.0)),
        line(head_top, (34.0, 94.0), (44.0, 96.0)),  # stem and handlebar
        line(BB, near, color=PROP, width=width),
        Disc(BB, 4.0, PROP),
    ]

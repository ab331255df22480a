"""Two panels on one light card: places the shapes of each pose and writes the SVG text.

The card background is drawn into the file so an illustration reads the same on light and dark
themes. Only presentation attributes are used (no CSS, markers or references), because Qt's
SVG renderer implements SVG Tiny and ignores the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from shapes import ACCENT, BACKDROP, PROP, PROP_FILL, Box, Disc, Shape, Stroke, figure
from skeleton import Pose

WIDTH, HEIGHT = 480, 240
PANEL = 240
MARGIN = 16.0
FLOOR_Y = 214.0
TOP_Y = 34.0  # below the caption
MAT_H = 4.0
CARD = "#f5f7f8"
DIVIDER = "#dde3e6"
CAPTION = "#546e7a"


@dataclass(frozen=True)
class Panel:
    pose: Pose
    props: tuple[Shape, ...] = ()  # behind the figure, in its plane: limbs must not cross them
    overlay: tuple[Shape, ...] = ()  # in front of it (straps, motion arrows)
    beside: tuple[Shape, ...] = ()  # further from the viewer (a chair beside, a bike's frame)

    def shapes(self) -> list[Shape]:
        return [*self.beside, *self.props, *figure(self.pose), *self.overlay]


@dataclass(frozen=True)
class Illustration:
    """One exercise: two panels sharing one coordinate frame, so still things stay put.

    ``ground`` is ``floor``, ``mat`` (a mat on the floor), ``top_mat`` (a mat seen from above)
    or ``none``. ``alternating`` draws a double-headed arrow: the panels are two phases of a
    continuous movement rather than a start and an end.
    """

    id: str
    title: str
    start: Panel
    end: Panel
    captions: tuple[str, str] = ("Start", "End")
    alternating: bool = False
    ground: str = "floor"


def _bounds(shapes: list[Shape]) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for shape in shapes:
        pad = shape.width / 2 if isinstance(shape, Stroke) else 0.0
        for x, y in shape.points():
            xs += [x - pad, x + pad]
            ys += [y - pad, y + pad]
    return min(xs), min(ys), max(xs), max(ys)


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text.removesuffix(".0") if text != "-0.0" else "0"


class _Placer:
    """Figure coordinates (y up) to panel coordinates (y down), the same for both panels."""

    def __init__(self, art: Illustration) -> None:
        figure_shapes = art.start.shapes() + art.end.shapes()
        x0, y0, x1, y1 = _bounds(figure_shapes)
        self.mat_span = (x0 - 8, x1 + 8)
        lift = MAT_H if art.ground == "mat" else 0.0
        grounded = art.ground in ("floor", "mat")
        room_w = PANEL - 2 * MARGIN
        if grounded:
            room_h = FLOOR_Y - TOP_Y
            self.scale = min(1.0, room_w / (x1 - x0), room_h / (y1 + lift))
            self.y_origin = FLOOR_Y - lift * self.scale
        else:
            room_h = HEIGHT - MARGIN - TOP_Y
            self.scale = min(1.0, room_w / (x1 - x0), room_h / (y1 - y0))
            self.y_origin = (TOP_Y + HEIGHT - MARGIN) / 2 + self.scale * (y0 + y1) / 2
        self.x_origin = PANEL / 2 - self.scale * (x0 + x1) / 2
        self.bounds = (x0, y0, x1, y1)

    def point(self, x: float, y: float) -> str:
        return f"{_num(self.x_origin + self.scale * x)} {_num(self.y_origin - self.scale * y)}"

    def length(self, value: float) -> str:
        return _num(value * self.scale)

    def element(self, shape: Shape) -> str:
        if isinstance(shape, Disc):
            cx, cy = self.point(*shape.center).split()
            extra = ""
            if shape.stroke != "none":
                extra = f' stroke="{shape.stroke}" stroke-width="{self.length(shape.width)}"'
            return (
                f'<circle cx="{cx}" cy="{cy}" r="{self.length(shape.r)}" '
                f'fill="{shape.fill}"{extra}/>'
            )
        if isinstance(shape, Box):
            x, y = self.point(shape.corner[0], shape.corner[1] + shape.h).split()
            rx = f' rx="{self.length(shape.rx)}"' if shape.rx else ""
            return (
                f'<rect x="{x}" y="{y}" width="{self.length(shape.w)}" '
                f'height="{self.length(shape.h)}"{rx} fill="{shape.fill}"/>'
            )
        d = "M" + self.point(*shape.start)
        for piece in shape.pieces:
            d += ("Q" if len(piece) == 2 else "L") + " ".join(self.point(*p) for p in piece)
        if shape.closed:
            return f'<path d="{d}Z" fill="{shape.fill}"/>'
        return f'<path d="{d}" stroke="{shape.color}" stroke-width="{self.length(shape.width)}"/>'


def _ground(art: Illustration, placer: _Placer) -> list[str]:
    if art.ground == "top_mat":
        x0, y0, x1, y1 = placer.bounds
        mat = Box((x0 - 10, y0 - 10), x1 - x0 + 20, y1 - y0 + 20, BACKDROP, rx=6)
        return [placer.element(mat)]
    parts = []
    if art.ground in ("floor", "mat"):
        parts.append(
            f'<path d="M{_num(MARGIN - 4)} {_num(FLOOR_Y)}H{_num(PANEL - MARGIN + 4)}" '
            f'stroke="{PROP}" stroke-width="3"/>'
        )
    if art.ground == "mat":
        x0, x1 = placer.mat_span
        parts.append(placer.element(Box((x0, 0.0), x1 - x0, MAT_H, PROP_FILL, rx=2)))
    return parts


def _arrow(alternating: bool) -> str:
    cx, cy = PANEL, HEIGHT / 2
    head = f'<path d="M{cx + 10} {cy}l-7 -5v10z" fill="{ACCENT}"/>'
    tail = f'<path d="M{cx - 10} {cy}l7 -5v10z" fill="{ACCENT}"/>' if alternating else ""
    start = cx - 4 if alternating else cx - 9
    return (
        f'<circle cx="{cx}" cy="{cy}" r="14" fill="{CARD}"/>'
        f'<path d="M{start} {cy}H{cx + 4}" stroke="{ACCENT}" stroke-width="2.5"/>{head}{tail}'
    )


def render(art: Illustration) -> str:
    """The complete SVG document for one illustration."""
    placer = _Placer(art)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}">',
        f"<title>{escape(art.title)}</title>",
        f'<rect width="{WIDTH}" height="{HEIGHT}" rx="14" fill="{CARD}"/>',
        f'<path d="M{PANEL} 14V{HEIGHT - 14}" stroke="{DIVIDER}" stroke-width="1.5"/>',
    ]
    for offset, panel, caption in (
        (0, art.start, art.captions[0]),
        (PANEL, art.end, art.captions[1]),
    ):
        out.append(
            f'<g transform="translate({offset} 0)" fill="none" stroke-linecap="round" '
            f'stroke-linejoin="round">'
        )
        out.append(
            f'<text x="{_num(MARGIN)}" y="26" font-family="sans-serif" font-size="13" '
            f'font-weight="bold" fill="{CAPTION}" stroke="none">{escape(caption)}</text>'
        )
        out.extend(_ground(art, placer))
        out.extend(placer.element(shape) for shape in panel.shapes())
        out.append("</g>")
    out.append(_arrow(art.alternating))
    out.append("</svg>")
    return "\n".join(out) + "\n"

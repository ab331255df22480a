"""Write resources/illustrations/<exercise_id>.svg for every exercise in ``poses.py``.

Run from anywhere: ``python tools/illustrations/generate.py [output_dir]``. Standard library
only, so the illustrations can be regenerated without the app's dependencies. A drawing that
fails a check in ``checks.py`` (a joint past its range, a limb through a prop, a floating
cushion, a backrest at the wrong height, ...) stops the run instead of producing a wrong picture.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from checks import problems  # noqa: E402
from layout import Illustration, render  # noqa: E402
from poses import all_catalogue  # noqa: E402

DEFAULT_OUTPUT = HERE.parent.parent / "resources" / "illustrations"


def implausible(art: Illustration) -> list[str]:
    """Everything the checks reject in either panel, as readable messages."""
    return problems(art)


def write_all(output: Path) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for art in all_catalogue():
        target = output / f"{art.id}.svg"
        target.write_text(render(art), encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    problems = [problem for art in all_catalogue() for problem in implausible(art)]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    output = Path(argv[0]) if argv else DEFAULT_OUTPUT
    written = write_all(output)
    print(f"Wrote {len(written)} illustrations to {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""The pose generator's checks reject the drawings a physiotherapist sent back.

Each test rebuilds one of the old drawings from the generator's own parts, exactly as it was
drawn before, and shows that ``checks.problems`` now refuses it (while the redrawn version, in
``poses.py``, passes: see ``test_illustrations.test_generated_poses_pass_every_check``).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

GENERATOR_DIR = Path(__file__).resolve().parents[2] / "tools" / "illustrations"


@pytest.fixture(scope="module")
def gen() -> Iterator[dict[str, ModuleType]]:
    """The generator's modules, imported the way the script runs them."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(GENERATOR_DIR))
        names = ("bases", "checks", "layout", "poses", "props", "shapes", "skeleton")
        yield {name: importlib.import_module(name) for name in names}
    for name, module in list(sys.modules.items()):
        if str(getattr(module, "__file__", "")).startswith(str(GENERATOR_DIR)):
            del sys.modules[name]


def _art(gen: dict[str, ModuleType], start: object, end: object) -> object:
    return gen["layout"].Illustration("old", "Old drawing", start, end)


def _problems(gen: dict[str, ModuleType], start: object, end: object) -> list[str]:
    return gen["checks"].problems(_art(gen, start, end))


def test_old_upper_back_extension_is_refused(gen: dict[str, ModuleType]) -> None:
    """Backrest at low-back height and the whole spine arching: three problems."""
    bases, layout = gen["bases"], gen["layout"]
    low_chair = bases.chair(back_h=28.0)
    start = layout.Panel(bases.hands_behind_head(bases.seated(head=90.0), 45.0), props=low_chair)
    arched = bases.seated(trunk=104.0, bend=-9.0, head=110.0)
    end = layout.Panel(bases.hands_behind_head(arched, 45.0), props=low_chair)
    found = " | ".join(_problems(gen, start, end))
    assert "below mid-back" in found
    assert "away from the backrest top" in found
    assert "only the upper back moves" in found


def test_backrest_rule_passes_the_redrawn_version(gen: dict[str, ModuleType]) -> None:
    """Same rules, the redrawn chair and pose: nothing to report."""
    poses, layout, bases = gen["poses"], gen["layout"], gen["bases"]
    chair = bases.chair(back_h=poses.THORACIC_BACKREST_H)
    start = layout.Panel(poses.thoracic_sit(lean=0.0), props=chair)
    end = layout.Panel(poses.thoracic_sit(lean=14.0), props=chair)
    assert _problems(gen, start, end) == []


def test_old_leg_swing_through_the_chair_is_refused(gen: dict[str, ModuleType]) -> None:
    """The chair stood in front of the person, in the leg's plane: the swing went through it."""
    bases, layout, skeleton = gen["bases"], gen["layout"], gen["skeleton"]
    chair = bases.chair(26.0, back_h=52.0)
    hip = (0.0, bases.STAND_Y - 1.0)
    hold = skeleton.arm_to(skeleton.shoulder_of(hip, 90.0), (24.0, gen["props"].SEAT_Y + 52.0))
    swing = bases.standing(
        leg=skeleton.Limb(-55.0, -68.0, 15.0), leg_far=bases.planted(hip), arm_far=hold
    )
    panel = layout.Panel(swing, props=chair)
    assert any("passes through a chair" in p for p in _problems(gen, panel, panel))


def test_a_chair_beside_must_stand_at_the_hips(gen: dict[str, ModuleType]) -> None:
    """A chair drawn as 'beside' the body but placed far in front of it is refused too."""
    bases, layout = gen["bases"], gen["layout"]
    panel = layout.Panel(bases.standing(), beside=tuple(gen["props"].chair_beside(60.0)))
    assert any("beside the body" in p for p in _problems(gen, panel, panel))


def test_old_side_plank_shins_pointing_up_are_refused(gen: dict[str, ModuleType]) -> None:
    """Kneeling on the knees with the shins drawn rising off the floor."""
    poses, layout, skeleton = gen["poses"], gen["layout"], gen["skeleton"]
    new = poses.side_plank(lifted=True)
    j = skeleton.joints(new)
    knee = j.limbs["leg"][1]
    old_leg = skeleton.Limb(skeleton.direction(new.hip, knee), 110.0, None, 1.0, 0.4)
    old = layout.Panel(gen["poses"].replace(new, leg=old_leg))
    assert any("shin points up" in p for p in _problems(gen, old, old))
    redrawn = layout.Panel(new)
    assert _problems(gen, redrawn, redrawn) == []


def test_old_lunge_arm_rising_from_the_head_is_refused(gen: dict[str, ModuleType]) -> None:
    """The raised arm drawn straight up through the head."""
    poses, layout, skeleton = gen["poses"], gen["layout"], gen["skeleton"]
    lowered = poses._lunge(lowered=True)
    old = layout.Panel(poses.replace(lowered, arm=skeleton.Limb(84.0, 88.0)))
    assert any("rooted in the head" in p for p in _problems(gen, old, old))
    assert _problems(gen, layout.Panel(lowered), layout.Panel(lowered)) == []


def test_old_child_pose_cushion_behind_the_body_is_refused(gen: dict[str, ModuleType]) -> None:
    """A cushion that nothing rests on (it sat behind the kneeling person) is refused."""
    bases, layout, skeleton, props = gen["bases"], gen["layout"], gen["skeleton"], gen["props"]
    knee = (0.0, skeleton.ON_FLOOR)
    heel_hip = skeleton.polar(knee, 141.0, skeleton.THIGH)
    kneel = bases.kneeling_leg(heel_hip, skeleton.direction(heel_hip, knee))
    tall = skeleton.Pose(hip=heel_hip, trunk=90.0, head=90.0, leg=kneel, arm=bases.HANG)
    cushion = tuple(props.cushion((heel_hip[0] - 2.0, 15.0), w=22.0, h=10.0))
    panel = layout.Panel(tall, props=cushion)
    assert any("supports nothing" in p for p in _problems(gen, panel, panel))

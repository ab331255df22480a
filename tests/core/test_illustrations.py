"""The bundled exercise illustrations: present, well-formed, self-contained and up to date."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

from backtimer import assets
from backtimer.library.loader import load_library

SVG_NS = "{http://www.w3.org/2000/svg}"
GENERATOR_DIR = Path(__file__).resolve().parents[2] / "tools" / "illustrations"
MAX_BYTES = 8 * 1024

# The 45 exercise ids of the clinical brief's catalogue (§5); one illustration each.
CATALOGUE_IDS = (
    "stab_pelvic_tilt",
    "stab_brace_breathe",
    "stab_heel_slide",
    "stab_toe_tap",
    "stab_dead_bug",
    "stab_curl_up",
    "stab_bird_dog_basic",
    "stab_bird_dog",
    "stab_side_plank_knees",
    "stab_glute_bridge",
    "stab_bridge_march",
    "dyn_march",
    "dyn_arm_swings",
    "dyn_overhead_side_reach",
    "dyn_leg_swing",
    "dyn_hip_hinge_reach",
    "dyn_lunge_reach",
    "dyn_cat_camel",
    "dyn_knee_rolls",
    "post_standing_extension",
    "post_sphinx",
    "post_press_up",
    "post_thoracic_chair",
    "post_wall_angel",
    "post_ankle_pumps",
    "post_sit_to_stand",
    "post_hip_flexor_stretch",
    "mass_ball_glute",
    "mass_hands_low_back",
    "mass_roller_upper_back",
    "mass_roller_calf",
    "aer_walk_easy",
    "aer_walk_brisk_intervals",
    "aer_cycle",
    "aer_walk_jog",
    "aer_swim",
    "yoga_child_pose",
    "yoga_low_lunge",
    "yoga_supine_hamstring",
    "yoga_supine_twist",
    "yoga_knees_to_chest",
    "yoga_rest",
    "breath_paced",
    "breath_pmr",
    "breath_body_scan",
)
# The gentler variants added so every exercise outside aerobic and breathing has a regression.
GENTLER_IDS = (
    "stab_curl_up_head",
    "stab_side_plank_wall",
    "dyn_seated_march",
    "dyn_seated_arm_raise",
    "dyn_seated_side_reach",
    "dyn_seated_hinge",
    "dyn_split_stance_shift",
    "dyn_seated_cat_camel",
    "post_reach_up",
    "post_prone_lying",
    "post_sit_to_stand_supported",
    "post_hip_flexor_standing",
    "mass_hands_glute",
    "mass_stroke_low_back",
    "mass_ball_upper_back_wall",
    "mass_hands_calf",
    "yoga_hamstring_bent_knee",
)
ALL_IDS = CATALOGUE_IDS + GENTLER_IDS
CATALOGUE_FILES = [f"{exercise_id}.svg" for exercise_id in ALL_IDS]
FORBIDDEN_ELEMENTS = {"script", "image", "foreignObject", "use", "style", "a"}
EXTERNAL_MARKERS = ("http:", "https:", "file:", "data:", "url(", "javascript:")


def _parse(name: str) -> ElementTree.Element:
    return ElementTree.fromstring(assets.illustration(name).read_bytes())


def test_catalogue_has_45_distinct_exercises() -> None:
    """The id table itself matches the brief: 45 exercises, none listed twice."""
    assert len(set(CATALOGUE_IDS)) == len(CATALOGUE_IDS) == 45
    assert not set(GENTLER_IDS) & set(CATALOGUE_IDS)


@pytest.mark.parametrize("name", CATALOGUE_FILES)
def test_catalogue_illustration_is_bundled(name: str) -> None:
    """Every catalogue exercise ships an illustration named after its id."""
    assert assets.illustration(name).is_file()


def test_every_library_illustration_is_bundled() -> None:
    """Each ``illustration`` a bundled exercise names exists in resources/illustrations."""
    library = load_library(None)
    named = {exercise.illustration for exercise in library.exercises.values()}
    assert None not in named, "every bundled exercise should have an illustration"
    missing = sorted(name for name in named if name and not assets.illustration(name).is_file())
    assert missing == []


@pytest.mark.parametrize("name", CATALOGUE_FILES)
def test_illustration_is_a_titled_svg(name: str) -> None:
    """Each file is SVG with a viewBox and a non-empty <title> for screen readers."""
    root = _parse(name)
    assert root.tag == f"{SVG_NS}svg"
    assert len(root.get("viewBox", "").split()) == 4
    title = root.find(f"{SVG_NS}title")
    assert title is not None
    assert (title.text or "").strip()


@pytest.mark.parametrize("name", CATALOGUE_FILES)
def test_illustration_references_nothing_external(name: str) -> None:
    """No scripts, images, links or URLs: the file renders the same offline and is safe."""
    for element in _parse(name).iter():
        local = element.tag.removeprefix(SVG_NS)
        assert local not in FORBIDDEN_ELEMENTS, local
        for attribute, value in element.attrib.items():
            assert not attribute.endswith("href"), attribute
            assert not any(marker in value.lower() for marker in EXTERNAL_MARKERS), value
        text = (element.text or "").lower()
        assert not any(marker in text for marker in EXTERNAL_MARKERS), text


@pytest.mark.parametrize("name", CATALOGUE_FILES)
def test_illustration_is_small(name: str) -> None:
    """Files stay under 8 KB so the library view loads them instantly."""
    assert len(assets.illustration(name).read_bytes()) < MAX_BYTES


@pytest.fixture(scope="module")
def generator() -> Iterator[ModuleType]:
    """The stdlib-only generator in tools/illustrations, imported the way the script runs it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(GENERATOR_DIR))
        yield importlib.import_module("generate")
    for name, module in list(sys.modules.items()):
        if str(getattr(module, "__file__", "")).startswith(str(GENERATOR_DIR)):
            del sys.modules[name]


def test_generator_covers_exactly_the_library(generator: ModuleType) -> None:
    """The generator draws one illustration per bundled exercise, no more, no fewer."""
    drawn = [art.id for art in generator.all_catalogue()]
    assert sorted(drawn) == sorted(ALL_IDS) == sorted(load_library(None).exercises)


def test_generated_poses_pass_every_check(generator: ModuleType) -> None:
    """No joint past its range, limb through a prop, floating cushion or misplaced backrest."""
    problems = [p for art in generator.all_catalogue() for p in generator.implausible(art)]
    assert problems == []


def test_bundled_files_match_the_generator(generator: ModuleType, tmp_path: Path) -> None:
    """The committed SVGs are exactly what the generator writes (no stale or hand-edited file)."""
    generator.write_all(tmp_path)
    stale = [
        path.name
        for path in sorted(tmp_path.glob("*.svg"))
        if path.read_bytes() != assets.illustration(path.name).read_bytes()
    ]
    assert stale == []

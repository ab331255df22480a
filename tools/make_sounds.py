"""Generate the workout cue sounds in ``resources/sounds/`` (run: ``python tools/make_sounds.py``).

The sounds are synthesised rather than recorded so that their licence is ours, the repository holds
the recipe and not only the result, and a change of pitch or length is one edit and one run. Each
note is a soft bell: a fundamental with a quieter octave, a raised-cosine attack and release (so
no sound starts or stops with a click) and an exponential decay in between. The output is byte-for-
byte reproducible: no randomness, no timestamps.
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44_100
MAX_LENGTH_S = 0.6
ATTACK_S = 0.008
RELEASE_S = 0.03
PEAK = 0.5  # of full scale: leaves headroom for the volume setting and for overlapping notes


@dataclass(frozen=True)
class Note:
    """One bell-like note starting at ``at_s``."""

    frequency_hz: float
    at_s: float
    length_s: float
    gain: float = 1.0
    decay_per_s: float = 6.0


# Pitches of the A440 scale, named so the recipes below read as music.
C5, E5, G5, A5, C6, E6 = 523.25, 659.26, 783.99, 880.0, 1046.5, 1318.5
G4 = 392.0

RECIPES: dict[str, tuple[Note, ...]] = {
    # Rising fourth: "go".
    "start": (Note(E5, 0.0, 0.16), Note(A5, 0.12, 0.3)),
    # The same interval falling: "done".
    "end": (Note(A5, 0.0, 0.16), Note(E5, 0.12, 0.3)),
    # One low, slow-decaying tone: calm, clearly not "go".
    "rest": (Note(G4, 0.0, 0.5, gain=0.8, decay_per_s=4.0),),
    # A short high blip for 3-2-1, quiet because it comes three times in a row.
    "tick": (Note(E6, 0.0, 0.07, gain=0.6, decay_per_s=20.0),),
    # Two quick blips a step lower than the tick.
    "halfway": (
        Note(C6, 0.0, 0.08, gain=0.7, decay_per_s=15.0),
        Note(C6, 0.13, 0.08, gain=0.7, decay_per_s=15.0),
    ),
    # A major arpeggio, C-E-G, ringing into each other.
    "finish": (Note(C5, 0.0, 0.3), Note(E5, 0.12, 0.3), Note(G5, 0.24, 0.34)),
}


def envelope(t: float, length_s: float, decay_per_s: float) -> float:
    """Soft attack, exponential decay, soft release to exactly zero at ``length_s``."""
    if t < 0.0 or t >= length_s:
        return 0.0
    level = math.exp(-decay_per_s * t)
    if t < ATTACK_S:
        level *= 0.5 - 0.5 * math.cos(math.pi * t / ATTACK_S)
    remaining = length_s - t
    if remaining < RELEASE_S:
        level *= 0.5 - 0.5 * math.cos(math.pi * remaining / RELEASE_S)
    return level


def render(notes: Sequence[Note]) -> list[float]:
    """Mix the notes into samples in [-PEAK, PEAK]."""
    length_s = max(note.at_s + note.length_s for note in notes)
    if length_s > MAX_LENGTH_S:
        raise ValueError(f"sound is {length_s:.2f} s, longer than {MAX_LENGTH_S} s")
    samples = [0.0] * math.ceil(length_s * SAMPLE_RATE)
    for note in notes:
        first = round(note.at_s * SAMPLE_RATE)
        for offset in range(math.ceil(note.length_s * SAMPLE_RATE)):
            t = offset / SAMPLE_RATE
            phase = 2 * math.pi * note.frequency_hz * t
            tone = math.sin(phase) + 0.25 * math.sin(2 * phase) + 0.08 * math.sin(3 * phase)
            samples[first + offset] += (
                note.gain * envelope(t, note.length_s, note.decay_per_s) * tone
            )
    loudest = max(abs(sample) for sample in samples)
    loudest_gain = max(note.gain for note in notes)
    scale = PEAK * loudest_gain / loudest
    return [sample * scale for sample in samples]


def write_wav(path: Path, samples: Sequence[float]) -> None:
    """16-bit mono PCM, the format every audio backend plays."""
    frames = b"".join(struct.pack("<h", round(sample * 32767)) for sample in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(frames)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "resources" / "sounds",
        help="folder to write the WAV files into (default: resources/sounds)",
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, notes in RECIPES.items():
        samples = render(notes)
        write_wav(args.out / f"{name}.wav", samples)
        print(f"{name}.wav  {len(samples) / SAMPLE_RATE:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

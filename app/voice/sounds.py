"""The breathing cues (a sound for each phase: rising in, falling out) and any sound at the voice's volume."""

from __future__ import annotations

import sys
import wave
from array import array
from pathlib import Path

# resources/sounds/make_cues.py writes these; a top-up is more breathing in.
CUE_FOR_KIND = {
    "in": "cue-in.wav", "top-up": "cue-in.wav", "out": "cue-out.wav", "hold": "cue-hold.wav", "rest": "cue-rest.wav",
}  # fmt: skip


def phase_cues(folder: Path) -> dict[str, Path]:
    """Each phase kind's cue in `folder` (a kind whose file is missing has none: the words still come)."""
    return {kind: folder / name for kind, name in CUE_FOR_KIND.items() if (folder / name).is_file()}


def at_volume(sound: Path, volume: float, folder: Path) -> Path:
    """`sound` at `volume` (0 to 1 of its own level), as the voice's volume setting asks; made once, in `folder`.

    A file that can't be read as 16-bit WAV is played as it is.
    """
    level = round(max(0.0, min(1.0, volume)) * 100)
    target = folder / f"{sound.stem}-at-{level}.wav"
    if level == 100 or target.exists():
        return sound if level == 100 else target
    try:
        with wave.open(str(sound), "rb") as source:
            params = source.getparams()
            frames = source.readframes(source.getnframes())
    except (OSError, EOFError, wave.Error):
        return sound
    if params.sampwidth != 2:
        return sound
    samples = array("h")
    samples.frombytes(frames)
    if sys.byteorder == "big":
        samples.byteswap()  # WAV's samples are little-endian
    quieter = array("h", (s * level // 100 for s in samples))
    if sys.byteorder == "big":
        quieter.byteswap()
    partial = target.with_suffix(".part")
    with wave.open(str(partial), "wb") as out:
        out.setparams(params)
        out.writeframes(quieter.tobytes())
    partial.replace(target)
    return target

"""Is FILE real, spoken sound in a WAV file? `python packaging/check_speech_wav.py FILE`: exit 0 if so.

The installers workflow (.github/workflows/installers.yml) runs it on the WAV that a built Steady
writes with `--speak "Breathe in" --to out.wav` on Windows and macOS, where nobody listens, and
tests/packaging/test_installers_workflow.py runs it here. It says what it found on stdout; a file
that is not a WAV, is cut short, lasts under MIN_SECONDS or is (nearly) silent gets one line
saying so on stderr and exit code 1.

Standard library only, so any Python 3.11 or newer runs it, with nothing of Steady installed.
"""

from __future__ import annotations

import array
import math
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

MIN_SECONDS = 0.3  # "Breathe in" spoken lasts about 1 s; a blip or an empty file is far shorter
MIN_RMS = 0.01  # of full scale (-40 dBFS): spoken words at the default volume measure about 0.07 here
TYPECODES = {2: "h", 4: "i"}  # signed little-endian samples of 16 and 32 bits (8-bit WAV is unsigned)


class NotSpeechError(Exception):
    """The file is not a WAV of real sound; the message says why, in plain words."""


@dataclass(frozen=True)
class Sound:
    """What a WAV file holds: its length, format, and loudness (RMS and peak, 0..1 of full scale)."""

    seconds: float
    rate: int
    channels: int
    bits: int
    rms: float
    peak: float


def _samples(frames: bytes, width: int) -> list[int] | array.array:
    """The PCM samples of `frames`, as signed integers (a WAV's 8-bit samples are unsigned)."""
    if width == 1:
        return [b - 128 for b in frames]
    if width == 3:
        return [int.from_bytes(frames[i : i + 3], "little", signed=True) for i in range(0, len(frames), 3)]
    samples = array.array(TYPECODES[width], frames)
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def measure(path: Path) -> Sound:
    """Read a WAV file whole; raise NotSpeechError when it is not a complete, plain PCM WAV."""
    try:
        with path.open("rb") as file:
            head = file.read(12)
    except OSError as error:
        raise NotSpeechError(f"cannot be read ({error.strerror or error})") from error
    if not head:
        raise NotSpeechError("is empty")
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        # macOS's speech engine (NSSpeechSynthesizer, pyttsx3's nsss driver) writes AIFF whatever the name says.
        raise NotSpeechError("is an AIFF file, not a WAV (a RIFF/WAVE header was expected)")
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise NotSpeechError(f"is not a WAV file: it begins with {head!r}, not a RIFF/WAVE header")
    try:
        with wave.open(str(path), "rb") as reader:
            channels, width, rate, declared = (
                reader.getnchannels(), reader.getsampwidth(), reader.getframerate(), reader.getnframes(),
            )  # fmt: skip
            frames = reader.readframes(declared)
    except (wave.Error, EOFError) as error:
        why = str(error) or type(error).__name__
        raise NotSpeechError(f"has a damaged or truncated header, or is not plain PCM ({why})") from error
    if not channels or not rate or width not in (1, 2, 3, 4):
        raise NotSpeechError(f"has an impossible format ({channels} channels, {rate} Hz, {width}-byte samples)")
    frame_size = channels * width
    if len(frames) < declared * frame_size:
        held = len(frames) // frame_size
        raise NotSpeechError(f"is truncated: its header promises {declared} frames of audio, it holds {held}")
    samples = _samples(frames[: len(frames) - len(frames) % width], width)
    full_scale = float(1 << (8 * width - 1))
    rms = math.sqrt(sum(s * s for s in samples) / max(1, len(samples))) / full_scale
    peak = max((abs(s) for s in samples), default=0) / full_scale
    return Sound(len(frames) / frame_size / rate, rate, channels, 8 * width, rms, peak)


def problem(sound: Sound) -> str | None:
    """Why this sound is not a spoken prompt (too short, or silent), or None when it is one."""
    if sound.seconds < MIN_SECONDS:
        return f"holds only {sound.seconds:.3f} s of audio (a spoken prompt lasts at least {MIN_SECONDS} s)"
    if sound.rms < MIN_RMS:
        return f"is silent: RMS {sound.rms:.4f}, peak {sound.peak:.4f} of full scale (speech is above {MIN_RMS} RMS)"
    return None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: check_speech_wav.py FILE.wav", file=sys.stderr)
        return 2
    path = Path(args[0])
    try:
        sound = measure(path)
    except NotSpeechError as error:
        print(f"check_speech_wav: {path} {error}", file=sys.stderr)
        return 1
    print(
        f"{path}: {sound.seconds:.2f} s, {sound.rate} Hz, {sound.channels} channel(s), {sound.bits}-bit; "
        f"RMS {sound.rms:.4f}, peak {sound.peak:.4f}"
    )
    reason = problem(sound)
    if reason is not None:
        print(f"check_speech_wav: {path} {reason}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Turns text into a WAV file with pyttsx3 (espeak-ng on Linux). Blocking: never call it from the UI."""

from __future__ import annotations

import subprocess
import threading
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.voice.quiet import quiet_engine

SYNTH_TIMEOUT = 10.0  # seconds one prompt may take to synthesize


class NoVoiceForLanguageError(Exception):
    """The engine has no voice for the language of the words (the words then stay on screen only)."""

    def __init__(self, language: str) -> None:
        super().__init__(f"no voice for the language {language!r} is installed")
        self.language = language


CALM_PITCH = 40  # of espeak-ng's 0-99 (its own is 50): a little lower, for slow, calm prompts (docs/VOICE.md)


@dataclass(frozen=True)
class VoiceOptions:
    """How the voice sounds: which voice ("" for the engine's default), words a minute, loudness 0-1.

    `language` ("de") picks the engine's first voice for that language when no voice is chosen.
    """

    voice: str = ""
    rate: int = 150
    volume: float = 0.8
    language: str = ""
    pitch: int = CALM_PITCH


class Synthesizer:
    """One pyttsx3 engine with one fixed voice, rate and volume, used only for `save_to_file`.

    pyttsx3's `say` and `stop` are unreliable (pyttsx3 #262, #403, #193, #402). Its espeak
    driver (2.99) runs espeak asynchronously, and changing the rate or volume between two
    files in one process was measured here to be ignored for the next few files, or the
    previous file's audio to arrive in the next. So the options are set once, before the
    first file, and a process that needs other options starts a new engine process.
    """

    def __init__(self, options: VoiceOptions, driver: str | None = None) -> None:
        self.options = options
        with quiet_engine():  # pyttsx3's import and start may print (comtypes does, on Windows)
            import pyttsx3

            engine = pyttsx3.init(driver) if driver else pyttsx3.init()
            voice = options.voice
            if not voice and options.language:
                voice = _voice_for_language(engine, options.language)
                if not voice:  # the default voice would read the words with another language's sounds
                    raise NoVoiceForLanguageError(options.language)
            if voice:
                engine.setProperty("voice", voice)
            engine.setProperty("rate", int(options.rate))
            engine.setProperty("volume", max(0.0, min(1.0, float(options.volume))))
            _set_pitch(engine, options.pitch)
        self._engine = engine
        self.voice = voice  # who speaks: the chosen voice, the language's, or "" for the engine's default
        self._finished = threading.Event()
        engine.connect("finished-utterance", lambda **_: self._finished.set())

    def to_file(self, text: str, path: Path) -> None:
        """Write `text`, spoken, to the WAV file `path`."""
        self._finished.clear()
        _forget_stale_stop(self._engine)
        with quiet_engine():
            # The same rate and volume again, just before the words: now and then (twice seen: once in CI on
            # Debian 13, once here in about 50 workers) a worker's first setting was lost, at espeak's own rate.
            self._engine.setProperty("rate", int(self.options.rate))
            self._engine.setProperty("volume", max(0.0, min(1.0, float(self.options.volume))))
            _set_pitch(self._engine, self.options.pitch)
            self._engine.save_to_file(text, str(path))
            self._engine.runAndWait()
            # runAndWait can return before espeak has finished: wait for the utterance's end.
            if not self._finished.wait(SYNTH_TIMEOUT):
                raise RuntimeError(f"the speech engine did not finish within {SYNTH_TIMEOUT:g} s")
        if not path.exists() or path.stat().st_size <= 44:
            raise RuntimeError("the speech engine produced no sound")
        as_wav(path)
        true_rate = espeak_sample_rate(self._engine)
        if true_rate:
            with_sample_rate(path, true_rate)

    def voices(self) -> list[dict[str, str]]:
        """The voices the engine offers: id, name and language; with espeak-ng, the installed MBROLA ones too."""
        with quiet_engine():
            offered = list(self._engine.getProperty("voices") or [])
        found = []
        for voice in offered:
            languages = [str(lang) for lang in (getattr(voice, "languages", None) or [])]
            found.append({"id": str(voice.id), "name": str(voice.name), "language": languages[0] if languages else ""})
        return found + mbrola_voices(espeak_data_folder(self._engine))


def as_wav(path: Path, run: Callable[..., Any] = subprocess.run) -> None:
    """Make `path` a WAV if the engine wrote another format: macOS's voices write AIFF, whatever the name.

    afplay plays either, but a file asked for as .wav (`steady --speak --to`) must be one; macOS's own
    afconvert turns it into 16-bit WAV in place.
    """
    with path.open("rb") as sound:
        head = sound.read(4)
    if head != b"FORM":
        return
    aiff = path.with_name(path.name + ".aiff")
    path.replace(aiff)
    try:
        run(["afconvert", "-f", "WAVE", "-d", "LEI16", str(aiff), str(path)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as error:
        aiff.replace(path)
        raise RuntimeError(f"the speech could not be turned into a WAV file ({type(error).__name__})") from None
    aiff.unlink()


MBROLA_FOLDERS = (
    Path("/usr/share/mbrola"),
    Path("/usr/local/share/mbrola"),
)  # where Debian and a local install put them


def espeak_data_folder(engine: Any) -> Path | None:
    """espeak-ng's data folder, as the library says (None for another driver)."""
    if not _is_espeak(engine):
        return None
    import ctypes

    from pyttsx3.drivers import _espeak

    info = getattr(getattr(_espeak, "dll", None), "espeak_Info", None)
    if info is None:
        return None
    path = ctypes.c_char_p()
    info(ctypes.byref(path))
    return Path(path.value.decode()) if path.value else None


def mbrola_voices(data: Path | None, databases: tuple[Path, ...] = MBROLA_FOLDERS) -> list[dict[str, str]]:
    """espeak-ng's MBROLA voices whose MBROLA data is installed (espeak-ng describes them all; pyttsx3 lists none).

    MBROLA and its voices come from Debian's contrib and non-free (no sale, no bundling): used where a
    person installed them, never shipped.
    """
    found = []
    for file in sorted((data / "voices" / "mb").glob("mb-*")) if data is not None else []:
        fields: dict[str, str] = {}
        for line in file.read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.strip().partition(" ")
            fields.setdefault(key, value.strip())
        database = fields.get("mbrola", "").split(" ")[0]
        if database and any((folder / database / database).is_file() for folder in databases):
            language = fields.get("language", "").split(" ")[0]
            found.append({"id": f"mb/{file.name}", "name": fields.get("name", file.name), "language": language})
    return found


def espeak_sample_rate(engine: Any) -> int:
    """The rate espeak-ng's last speech really came at (MBROLA voices: 16 000 Hz); 0 for another driver.

    pyttsx3 2.99's espeak driver writes every WAV header at 22 050 Hz (pyttsx3 issue 220), so an
    MBROLA voice played 1.38 times too fast and too high; espeak-ng tells the true rate after speaking.
    """
    if not _is_espeak(engine):
        return 0
    from pyttsx3.drivers import _espeak

    ask = getattr(getattr(_espeak, "dll", None), "espeak_ng_GetSampleRate", None)
    return int(ask()) if ask is not None else 0


def with_sample_rate(path: Path, rate: int) -> None:
    """Make the WAV header at `path` say `rate` where it says another (the samples stay as they are)."""
    with wave.open(str(path), "rb") as sound:
        if sound.getframerate() == rate:
            return
        params, frames = sound.getparams(), sound.readframes(sound.getnframes())
    with wave.open(str(path), "wb") as sound:
        sound.setparams(params._replace(framerate=rate))
        sound.writeframes(frames)


def _is_espeak(engine: Any) -> bool:
    """Whether pyttsx3 speaks through espeak-ng here (not Windows' SAPI or macOS's voices)."""
    return type(getattr(getattr(engine, "proxy", None), "_driver", None)).__module__ == "pyttsx3.drivers.espeak"


def _set_pitch(engine: Any, pitch: int) -> None:
    """espeak-ng's pitch; other engines (Windows' SAPI, macOS's voices) have none to set, and keep their own."""
    if _is_espeak(engine):
        engine.setProperty("pitch", max(0, min(99, int(pitch))))


def _forget_stale_stop(engine: Any) -> None:
    """Drop a stop request pyttsx3's espeak driver kept from the last file; Steady never asks it to stop.

    pyttsx3 2.99 ends each run with the driver's stop(), which, while espeak is still busy, leaves
    `_stopping` set; the next file is then cancelled as it starts and comes out empty. Measured
    here: 8 of 50 workers asked for two prompts lost the second before this, none of 50 after.
    """
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    if type(driver).__module__ == "pyttsx3.drivers.espeak" and getattr(driver, "_stopping", False):
        driver._stopping = False


MAIN_VARIANT = {"pt": "pt-br"}  # Steady's Portuguese is Brazil's; elsewhere the language's own country comes first


def _voice_for_language(engine: Any, language: str) -> str:
    """The id of the engine's voice for `language` ("de" matches "de" and "de-AT"); "" if none.

    The language's main variant first ("fr-fr" before "fr-be", Brazil's for "pt"), then the bare language,
    then any other region. espeak-ng's MBROLA voices ("mb/mb-de1") come last: they need data that is
    often not installed.
    """
    main = MAIN_VARIANT.get(language, f"{language}-{language}")
    found: list[tuple[int, str]] = []
    for order, voice in enumerate(engine.getProperty("voices") or []):
        for spoken in getattr(voice, "languages", None) or []:
            code = (spoken.decode(errors="replace") if isinstance(spoken, bytes) else str(spoken)).lower()
            code = code.replace("_", "-")
            if code.split("-")[0] == language:
                rank = 0 if code == main else 1 if code == language else 2
                found.append(((rank + (3 if "mb-" in str(voice.id) else 0)) * 10000 + order, str(voice.id)))
    return min(found)[1] if found else ""

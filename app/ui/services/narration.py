"""Connects an exercise's phases and steps to the voice: what to say, when, and when to be quiet."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal

from app.core.exercise import Exercise
from app.core.playback import Finished
from app.core.prompts import VoiceWords, phases_of, prompt_for, texts_for
from app.core.session import PhaseStarted
from app.core.words import QT_TRANSLATE_NOOP
from app.storage.settings import Settings
from app.ui.i18n import _t
from app.voice.player import VoicePlayer

# The player's reasons a person meets most, said in their language (the rare technical ones stay as written).
SAID = (
    QT_TRANSLATE_NOOP("Voice", "no sound output was found on this computer"),
    QT_TRANSLATE_NOOP("Voice", "the espeak-ng speech library is not installed (package libespeak-ng1)"),
)


def in_words(reason: str) -> str:
    """A reason for no voice, in the interface's language where it is one of the common ones."""
    return "; ".join(_t("Voice", part) if part in SAID else part for part in reason.split("; "))


class Narrator(QObject):
    """Reads prompts aloud through a `VoicePlayer` while the person has the voice on.

    Signals:
        unavailable(str): the voice can't be used; the words stay on screen. Emitted once.
        enabled_changed(bool): the voice was switched on or off.
    """

    unavailable = Signal(str)
    enabled_changed = Signal(bool)

    def __init__(
        self,
        player: VoicePlayer | None,
        words: VoiceWords,
        settings: Settings,
        chime: Path | None = None,
        parent: QObject | None = None,
        cues: Mapping[str, Path] | None = None,
    ) -> None:
        """`cues`: each phase kind's sound (rising in, falling out); `chime`, the one sound for any phase without."""
        super().__init__(parent)
        self.player = player
        self.words = words
        self.settings = settings
        self.chime = chime
        self.cues = dict(cues or {})
        self.eyes_closed = False  # for eyes closed: each phase's cue, with the words only if the voice is on
        self._override: bool | None = None
        if player is not None:
            player.unavailable.connect(lambda reason: self.unavailable.emit(self._no_voice_words() or in_words(reason)))

    @property
    def enabled(self) -> bool:
        if self._override is not None:
            return self._override
        return bool(self.settings.get("voice/enabled"))

    @property
    def reason(self) -> str:
        """Why the voice can't be used ("" when it can)."""
        if self.player is None:
            return _t("Voice", "the voice is not set up")
        return self._no_voice_words() or in_words(self.player.reason)

    def _no_voice_words(self) -> str:
        """With no voice for the words' language, that, in the person's language ("keine Stimme für Deutsch")."""
        language = self.player.no_voice_for if self.player is not None else ""
        if not language:
            return ""
        name = QLocale(language).nativeLanguageName() or language
        return _t("Voice", "this computer has no voice for {language}").format(language=name)

    def set_enabled(self, enabled: bool, remember: bool = True) -> None:
        """Switch the voice on or off; `remember` keeps the choice for next time."""
        if remember:
            self._override = None
            self.settings.set("voice/enabled", enabled)
        else:
            self._override = enabled  # `--voice` / `--no-voice` for this run only
        if not enabled:
            self.silence()
        elif self.player is not None:
            self.player.warm_up()
        self.enabled_changed.emit(enabled)

    def prepare(self, exercise: Exercise, notice_wording: bool = False) -> None:
        """Make the exercise's prompts ready before they are needed."""
        if self.enabled and self.player is not None:
            texts = texts_for(exercise, self.words, notice_wording)
            self.player.prepare(texts)
            if self._sounds() == "with-words":
                for phase in phases_of(exercise):
                    sound = self.sound_for(phase.kind.value)
                    if sound is not None:
                        self.player.prepare([self.words.for_phase(phase)], sound)

    def _sounds(self) -> str:
        """Where the phases' sounds go: "off", "with-words" or "instead" (the setting, or eyes-closed mode's)."""
        if self.eyes_closed:
            return "with-words" if self.enabled else "instead"
        return str(self.settings.get("voice/chime"))

    def speak_for(self, event: object, notice_wording: bool = False) -> None:
        """A phase or step began, or the exercise finished: say its prompt, or its sound, or both."""
        if self.player is None or not (self.enabled or self.eyes_closed):
            return
        if isinstance(event, Finished) and self.eyes_closed and not self.enabled:
            self.player.say(self.words.closing)  # with eyes closed, the end is heard even with the voice off
            return
        sound = self.sound_for(event.segment.phase.kind.value) if isinstance(event, PhaseStarted) else None
        chime = self._sounds() if sound is not None else "off"
        if chime == "instead":
            assert sound is not None and isinstance(event, PhaseStarted)
            self.player.play_file(sound, event.segment.duration - event.late_by)
            return
        if not self.enabled:
            return  # eyes closed with the voice off: the sounds alone
        prompt = prompt_for(event, self.words, notice_wording)
        if prompt is not None:
            self.player.say(prompt.text, prompt.limit, sound if chime == "with-words" else None)

    def sound_for(self, kind: str) -> Path | None:
        """The sound that begins a phase of `kind`: its own cue, else the one chime."""
        return self.cues.get(kind, self.chime)

    def say_once(self, words: str) -> None:
        """Say `words` now, whether or not the voice is on for the prompts (the person asked for them)."""
        if self.player is not None and words:
            self.player.say(words)

    def finished(self) -> None:
        self.speak_for(Finished(0.0))

    def silence(self) -> None:
        if self.player is not None:
            self.player.stop()

    def sample(self) -> None:
        """Say the sample line with the current settings (for the settings dialog)."""
        if self.player is not None and self.words.sample:
            self.player.say(self.words.sample)

"""Every setting declared once: key, type, default, allowed values and help text.

The settings store checks values against these declarations and the settings dialog is
built from them, so adding a setting is one edit here.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from app.core.words import QT_TRANSLATE_NOOP


class SettingSpec(NamedTuple):  # read before the first frame: a NamedTuple is made far sooner than a dataclass
    """One setting; the settings store and the settings dialog read this declaration."""

    key: str
    default: Any
    label: str
    help: str
    choices: tuple[str, ...] = ()
    choice_labels: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    unit: str = ""
    hidden: bool = False  # kept, but not shown in the settings dialog

    @property
    def section(self) -> str:
        return self.key.split("/", 1)[0]

    def clean(self, value: Any) -> Any:
        """The value if it is allowed for this setting, else the default."""
        if isinstance(self.default, bool):
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.lower() in ("true", "false"):
                return value.lower() == "true"
            return self.default
        if self.choices:
            return value if value in self.choices else self.default
        if isinstance(self.default, int):
            try:
                number = int(value)
            except (TypeError, ValueError):
                return self.default
            if isinstance(value, bool) or (self.minimum is not None and number < self.minimum):
                return self.default
            return self.default if self.maximum is not None and number > self.maximum else number
        return value if isinstance(value, type(self.default)) else self.default

    def label_for(self, choice: str) -> str:
        """The words shown for one of the choices."""
        if self.choice_labels and choice in self.choices:
            return self.choice_labels[self.choices.index(choice)]
        return choice


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "appearance/theme", "system",
        QT_TRANSLATE_NOOP("Settings", "Colours"),
        QT_TRANSLATE_NOOP("Settings", "Light, dark or high-contrast colours, or follow the system."),
        ("system", "light", "dark", "contrast"),
        (QT_TRANSLATE_NOOP("Settings", "Follow the system"), QT_TRANSLATE_NOOP("Settings", "Light"),
         QT_TRANSLATE_NOOP("Settings", "Dark"), QT_TRANSLATE_NOOP("Settings", "High contrast")),
    ),
    SettingSpec(
        "appearance/text_size", 100,
        QT_TRANSLATE_NOOP("Settings", "Text size"),
        QT_TRANSLATE_NOOP("Settings", "Make all text and buttons larger."),
        minimum=100, maximum=200, unit="%",
    ),
    SettingSpec(
        "appearance/language", "system",
        QT_TRANSLATE_NOOP("Settings", "Language"),
        QT_TRANSLATE_NOOP("Settings", "The language of Steady's words. Takes effect when Steady opens."),
        ("system", "en", "de", "es", "fr", "it", "nl", "pt"),
        (QT_TRANSLATE_NOOP("Settings", "Follow the system"), "English", "Deutsch", "Español", "Français",
         "Italiano", "Nederlands", "Português (Brasil)"),  # each language in its own words
    ),
    SettingSpec(
        "appearance/motion", "system",
        QT_TRANSLATE_NOOP("Settings", "Motion"),
        QT_TRANSLATE_NOOP("Settings", "A moving pacer, or a still one (a countdown and a progress bar), "
                          "or follow the system's reduce-motion preference."),
        ("system", "moving", "still"),
        (QT_TRANSLATE_NOOP("Settings", "Follow the system"), QT_TRANSLATE_NOOP("Settings", "Moving"),
         QT_TRANSLATE_NOOP("Settings", "Still")),
    ),
    SettingSpec(
        "breathing/skip_holds", False,
        QT_TRANSLATE_NOOP("Settings", "Skip the holds"),
        QT_TRANSLATE_NOOP("Settings", "Leave out breath holds in patterns that have them (box, 4-7-8)."),
    ),
    SettingSpec(
        "steps/notice_wording", False,
        QT_TRANSLATE_NOOP("Settings", "“Notice” wording"),
        QT_TRANSLATE_NOOP("Settings", "In 5-4-3-2-1 grounding, say “notice” instead of “see” and “hear”, "
                          "for anyone who can't see or hear."),
    ),
    SettingSpec(
        "keys/single_key", True,
        QT_TRANSLATE_NOOP("Settings", "Single-key shortcuts"),
        QT_TRANSLATE_NOOP("Settings", "Keys like Space, S or V act on their own. Turn off if you press keys by "
                          "accident; the Ctrl shortcuts and Tab still work."),
    ),
    SettingSpec(
        "keys/announce", True,
        QT_TRANSLATE_NOOP("Settings", "Tell screen readers"),
        QT_TRANSLATE_NOOP("Settings", "Screen readers say each new breathing phase and step as it begins."),
    ),
    SettingSpec(
        "voice/enabled", False,
        QT_TRANSLATE_NOOP("Settings", "Read the prompts aloud"),
        QT_TRANSLATE_NOOP("Settings", "A calm offline voice says each phase and step. Off until you turn it on."),
    ),
    SettingSpec(
        "voice/chime", "off",
        QT_TRANSLATE_NOOP("Settings", "Chime"),
        QT_TRANSLATE_NOOP("Settings", "A soft sound as each breathing phase begins (rising to breathe in, falling "
                          "to breathe out), with the words or instead of them."),
        ("off", "with-words", "instead"),
        (QT_TRANSLATE_NOOP("Settings", "No chime"), QT_TRANSLATE_NOOP("Settings", "Chime and words"),
         QT_TRANSLATE_NOOP("Settings", "Chime instead of words")),
    ),
    SettingSpec(
        "voice/voice", "",
        QT_TRANSLATE_NOOP("Settings", "Voice"),
        QT_TRANSLATE_NOOP("Settings", "Which voice reads the prompts; empty for the usual one."),
    ),
    SettingSpec(
        "care/checkins", True,
        QT_TRANSLATE_NOOP("Settings", "Ask how I feel before and after"),
        QT_TRANSLATE_NOOP("Settings", "A 0 to 10 check-in before and after each exercise; one key skips it. "
                          "Your answers stay on this computer."),
    ),
    SettingSpec(
        "care/country", "",
        QT_TRANSLATE_NOOP("Settings", "Country for helplines"),
        QT_TRANSLATE_NOOP("Settings", "Which country's helplines to show first."),
        hidden=True,
    ),
    SettingSpec(
        "care/welcomed", False,
        QT_TRANSLATE_NOOP("Settings", "Welcome shown"),
        QT_TRANSLATE_NOOP("Settings", "The first-run welcome has been seen."),
        hidden=True,
    ),
    SettingSpec(
        "window/told_on_top", False,
        QT_TRANSLATE_NOOP("Settings", "Told how to keep the small window on top"),
        QT_TRANSLATE_NOOP("Settings", "Where the desktop can't keep it on top (Wayland), Steady has said how, once."),
        hidden=True,
    ),
    SettingSpec(
        "window/placement", "",
        QT_TRANSLATE_NOOP("Settings", "Where the window was"),
        QT_TRANSLATE_NOOP("Settings", "The window's screen, position, size and whether it was maximised."),
        hidden=True,
    ),
    SettingSpec(
        "voice/rate", 125,
        QT_TRANSLATE_NOOP("Settings", "Speed"),
        QT_TRANSLATE_NOOP("Settings", "How fast the voice speaks."),
        minimum=80, maximum=220, unit=QT_TRANSLATE_NOOP("Settings", "words a minute"),
    ),
    SettingSpec(
        "voice/volume", 80,
        QT_TRANSLATE_NOOP("Settings", "Volume"),
        QT_TRANSLATE_NOOP("Settings", "How loud the voice is."),
        minimum=10, maximum=100, unit="%",
    ),
)  # fmt: skip

SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}

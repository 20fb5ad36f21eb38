"""Every setting declared once: key, type, default, allowed values and help text.

The settings store checks values against these declarations and the settings dialog is
built from them, so adding a setting is one edit here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SettingSpec:
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
        "appearance/theme", "system", "Colours", "Light or dark colours, or follow the system.",
        ("system", "light", "dark"), ("Follow the system", "Light", "Dark"),
    ),
    SettingSpec(
        "appearance/motion", "system", "Motion",
        "A moving pacer, or a still one (a countdown and a progress bar), or follow the system's "
        "reduce-motion preference.",
        ("system", "moving", "still"), ("Follow the system", "Moving", "Still"),
    ),
    SettingSpec(
        "breathing/skip_holds", False, "Skip the holds",
        "Leave out breath holds in patterns that have them (box, 4-7-8).",
    ),
    SettingSpec(
        "steps/notice_wording", False, "“Notice” wording",
        "In 5-4-3-2-1 grounding, say “notice” instead of “see” and “hear”, for anyone who can't see or hear.",
    ),
    SettingSpec(
        "voice/enabled", False, "Read the prompts aloud",
        "A calm offline voice says each phase and step. Off until you turn it on.",
    ),
    SettingSpec(
        "voice/chime", "off", "Chime",
        "A soft chime when a breathing phase changes, with the words or instead of them.",
        ("off", "with-words", "instead"), ("No chime", "Chime and words", "Chime instead of words"),
    ),
    SettingSpec("voice/voice", "", "Voice", "Which voice reads the prompts; empty for the usual one."),
    SettingSpec(
        "care/checkins", True, "Ask how I feel before and after",
        "A 0 to 10 check-in before and after each exercise; one key skips it. Your answers stay on this computer.",
    ),
    SettingSpec("care/country", "", "Country for helplines", "Which country's helplines to show first.", hidden=True),
    SettingSpec("care/welcomed", False, "Welcome shown", "The first-run welcome has been seen.", hidden=True),
    SettingSpec(
        "voice/rate", 140, "Speed", "How fast the voice speaks.", minimum=80, maximum=220, unit="words a minute",
    ),
    SettingSpec("voice/volume", 80, "Volume", "How loud the voice is.", minimum=10, maximum=100, unit="%"),
)  # fmt: skip

SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}

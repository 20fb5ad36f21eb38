"""Every setting declared once: key, type, default, allowed values and help text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SettingSpec:
    """One setting; the settings store and any settings screen read this declaration."""

    key: str
    default: Any
    label: str
    help: str
    choices: tuple[str, ...] = ()

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
        return value if isinstance(value, type(self.default)) else self.default


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "appearance/theme",
        "system",
        "Colours",
        "Light or dark colours, or follow the system.",
        ("system", "light", "dark"),
    ),
    SettingSpec(
        "appearance/motion",
        "system",
        "Motion",
        "A moving pacer, a still one (countdown and progress bar), or follow the system's reduce-motion preference.",
        ("system", "moving", "still"),
    ),
    SettingSpec(
        "breathing/skip_holds",
        False,
        "Skip the holds",
        "Leave out breath holds in patterns that have them (box, 4-7-8).",
    ),
    SettingSpec(
        "steps/notice_wording",
        False,
        "“Notice” wording",
        "In 5-4-3-2-1 grounding, say “notice” instead of “see” and “hear”, for anyone who can't see or hear.",
    ),
)

SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}

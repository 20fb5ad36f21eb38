"""Colours and the style sheet for light, dark and high contrast, following the system unless told."""

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
    """A QPalette matching `p`, so native parts (menus, dialogs) agree with the style sheet."""
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
    return pal


def style_sheet(p: Palette, scale: float = 1.0) -> str:
    """The application style sheet; `scale` enlarges every size for larger text."""

    def px(value: float) -> str:
        return f"{round(value * scale)}px"

    def roomy(value: float) -> str:  # big words and the space around text grow half as fast, so all still fits
        return f"{round(value * (1 + (scale - 1) / 2))}px"

    return f"""
QWidget {{ background: {p.background}; color: {p.text}; font-size: {px(18)}; }}
QMenuBar, QMenu {{ background: {p.surface}; color: {p.text}; }}
QMenu::item:selected, QMenuBar::item:selected {{ background: {p.accent}; color: {p.accent_text}; }}
QLabel#heading {{ font-size: {roomy(34)}; font-weight: 600; }}
QLabel#subheading {{ font-size: {px(22)}; font-weight: 600; }}
QLabel#lead {{ font-size: {px(21)}; }}
QLabel#muted {{ color: {p.muted}; }}
QLabel#hint {{ color: {p.muted}; font-size: {roomy(18)}; }}
QLabel#phase {{ font-size: {roomy(40)}; font-weight: 600; }}
QLabel#countdown {{ font-size: {roomy(30)}; color: {p.muted}; }}
QLabel#gentle {{ color: {p.muted}; font-style: italic; }}
QLabel#steptext {{ font-size: {roomy(32)}; font-weight: 600; }}
QLabel#memory {{ font-size: {px(24)}; font-style: italic; }}
QLabel#bigdots {{ font-size: {roomy(56)}; color: {p.accent}; }}
QPushButton#link {{ border: none; background: transparent; color: {p.accent}; text-decoration: underline;
    padding: {px(6)} {px(4)}; min-height: {px(34)}; }}
QPushButton#link:focus {{ border: 3px solid {p.focus}; }}
QPushButton#help {{ border-color: {p.accent}; color: {p.accent}; padding: {px(6)} {px(16)};
    min-height: {px(30)}; font-weight: 600; }}
QPushButton#rating {{ font-size: {px(22)}; padding: {px(6)}; }}
QPushButton#chip {{ padding: {px(8)} {px(14)}; border-radius: {px(18)}; }}
QPushButton#chip:checked {{ background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; }}
QLabel#keycap {{ font-weight: 600; border: 2px solid {p.border}; border-radius: {px(6)};
    padding: {px(2)} {px(10)}; background: {p.surface}; }}
QLabel#bigcount {{ font-size: {roomy(96)}; font-weight: 500; }}
QFrame#cautions {{ background: {p.caution_bg}; border-radius: {px(12)}; }}
QFrame#cautions QLabel {{ background: transparent; }}
QPushButton {{
    background: {p.surface}; color: {p.text}; border: 2px solid {p.border};
    border-radius: {px(12)}; padding: {roomy(10)} {roomy(22)}; min-height: 28px;
}}
QPushButton:hover {{ border-color: {p.accent}; }}
QPushButton:focus {{ border: 3px solid {p.focus}; }}
QPushButton#primary {{ background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; font-weight: 600; }}
QPushButton#primary:hover {{ background: {p.accent_hover}; }}
QPushButton#primary:focus {{ border: 3px solid {p.focus}; }}
QPushButton:disabled, QPushButton#primary:disabled {{ background: {p.background}; color: {p.muted};
    border: 2px dashed {p.border}; font-weight: 400; }}
QPushButton#choice, QPushButton#door {{ padding: 0; }}
QLabel#choicetitle {{ background: transparent; font-weight: 600; }}
QLabel#choicedetail {{ background: transparent; color: {p.muted}; font-size: {px(16)}; }}
QPushButton#door QLabel#choicetitle, QPushButton#primary QLabel#choicetitle {{ font-size: {px(22)}; }}
QPushButton#primary QLabel {{ color: {p.accent_text}; }}
QPushButton#length {{ padding: {px(8)} {px(16)}; min-width: {px(64)}; }}
QPushButton#length:checked {{ background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; }}
QPushButton#help:focus, QPushButton#rating:focus, QPushButton#chip:focus, QPushButton#chip:checked:focus,
QPushButton#length:focus, QPushButton#length:checked:focus, QPushButton#choice:focus, QPushButton#door:focus {{
    border: 3px solid {p.focus}; }}
QCheckBox {{ spacing: {px(12)}; padding: {px(6)}; min-height: {px(34)}; }}
QCheckBox::indicator {{ width: {px(24)}; height: {px(24)}; border: 2px solid {p.border}; border-radius: {px(6)};
    background: {p.surface}; }}
QCheckBox::indicator:checked {{ background: {p.accent}; border-color: {p.accent}; }}
QCheckBox:focus {{ border: 3px solid {p.focus}; border-radius: {px(8)}; }}
QProgressBar {{ background: {p.track}; border: 2px solid {p.border}; border-radius: {px(7)}; max-height: {px(14)};
    min-height: {px(14)}; text-align: center; color: transparent; }}
QProgressBar::chunk {{ background: {p.accent}; border-radius: {px(5)}; }}
QComboBox, QSpinBox {{ min-height: {px(34)}; padding: {px(4)} {px(10)}; border: 2px solid {p.border};
    border-radius: {px(8)}; background: {p.surface}; color: {p.text}; }}
QComboBox:focus, QSpinBox:focus {{ border: 3px solid {p.focus}; }}
QComboBox QAbstractItemView {{ background: {p.surface}; color: {p.text}; selection-background-color: {p.accent};
    selection-color: {p.accent_text}; }}
QLineEdit, QListWidget {{ min-height: {px(34)}; padding: {px(4)} {px(10)}; border: 2px solid {p.border};
    border-radius: {px(8)}; background: {p.surface}; color: {p.text}; }}
QLineEdit:focus, QListWidget:focus {{ border: 3px solid {p.focus}; }}
QListWidget::item {{ padding: {px(6)} {px(4)}; }}
QListWidget::item:selected {{ background: {p.accent}; color: {p.accent_text}; }}
QLabel#problem {{ background: {p.caution_bg}; border-left: 4px solid {p.focus}; padding: {px(4)} {px(10)}; }}
QScrollArea {{ border: 3px solid transparent; border-radius: {px(8)}; }}
QScrollArea:focus {{ border: 3px solid {p.focus}; }}
QScrollBar:vertical {{ background: {p.background}; width: {px(14)}; margin: 0; }}
QScrollBar::handle:vertical {{ background: {p.border}; border-radius: {px(6)}; min-height: {px(40)}; margin: {px(2)}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""

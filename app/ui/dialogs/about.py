"""What Steady is for and what it keeps: the first-run welcome and About Steady."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__
from app.storage.settings import Settings
from app.ui.i18n import _t


def purpose() -> str:
    return _t(
        "Window",
        "Steady is for general relaxation and grounding, for your wellbeing. It is not a medical device, "
        "does not diagnose or treat anything, and is not a substitute for therapy or care.",
    )


def privacy() -> str:
    return _t(
        "Window",
        "Everything stays on this computer, in files only you can read: no account, no network, no analytics. "
        "You can export your history or delete all of it at any time (Steady → My history).",
    )


def welcome_if_new(settings: Settings, parent: QWidget) -> QMessageBox | None:
    """The first time Steady opens: what it is for, and what it keeps (CONTENT.md §5)."""
    if settings.get("care/welcomed"):
        return None
    settings.set("care/welcomed", True)
    welcome = QMessageBox(
        QMessageBox.Icon.NoIcon, _t("Window", "Welcome to Steady"), f"<p>{purpose()}</p><p>{privacy()}</p>"
    )
    welcome.setParent(parent, welcome.windowFlags())
    welcome.open()  # not exec(): nothing waits behind it, and Enter closes it
    return welcome


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        _t("Window", "About Steady"),
        f"<h3>Steady {__version__}</h3><p>"
        + _t(
            "Window",
            "A calm companion for moments of tears or overwhelm: crying is OK, and gentle "
            "exercises are here if you want a moment to steady yourself.",
        )
        + f"</p><p>{purpose()}</p><p>{privacy()}</p>",
    )

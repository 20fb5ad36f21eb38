"""The voice on an exercise screen: its switch (a button, and a tick on the ready page) and its calm notice."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QWidget

from app.ui.i18n import _t
from app.ui.parts.widgets import button, label

if TYPE_CHECKING:
    from app.ui.services.narration import Narrator


class VoiceControls(QObject):
    """Keeps every switch showing whether the voice is on, and says once, calmly, when it can't be heard."""

    def __init__(self, narrator: Narrator | None, prepare: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.narrator = narrator
        self.prepare = prepare  # make the exercise's prompts ready (again: the voice was just turned on)
        self.button = button(
            _t("Exercise", "Voice"), description=_t("Exercise", "Read the prompts aloud, or not (V)"),
            other_texts=(_t("Exercise", "Voice: on"), _t("Exercise", "Voice: off")),
        )  # fmt: skip
        self.button.setCheckable(True)
        self.note = label("", "muted", centred=True)
        self.note.hide()
        self.switches: list[QAbstractButton] = []
        self.add_switch(self.button)

    def add_switch(self, switch: QAbstractButton) -> None:
        switch.setVisible(self.narrator is not None)
        switch.toggled.connect(self._toggled)
        self.switches.append(switch)

    def follow(self) -> None:
        """Show the voice's state now and from now on (once every switch is made)."""
        narrator = self.narrator
        if narrator is None:
            return
        self.show(narrator.enabled)
        narrator.unavailable.connect(self.unavailable)
        narrator.enabled_changed.connect(self.show)
        if narrator.reason:
            self.unavailable(narrator.reason)
        self.prepare()

    def tell_switches(self, tell: Callable[[bool], None], running: Callable[[], bool]) -> None:
        """While `running()`, a switch of the button (V) is told: it holds from now on, as Settings shows."""

        def switched(on: bool) -> None:
            if running() and self.narrator is not None and not self.narrator.reason:
                tell(on)

        self.button.toggled.connect(switched)

    def _toggled(self, on: bool) -> None:
        if self.narrator is not None and on != self.narrator.enabled:
            self.narrator.set_enabled(on)
            self.prepare()

    def show(self, on: bool) -> None:
        for switch in self.switches:
            if switch.isChecked() != on:
                switch.setChecked(on)
        self.button.setText(_t("Exercise", "Voice: on") if on else _t("Exercise", "Voice: off"))
        self.button.setAccessibleName(self.button.text())

    def unavailable(self, reason: str) -> None:
        self.note.setText(
            _t("Exercise", "The voice isn't available right now ({reason}), so the words stay on screen.").format(
                reason=reason
            )
        )
        self.note.show()

"""The settings dialog, built from the declarations in app/core/preferences.py."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.preferences import SETTINGS, SettingSpec
from app.storage.settings import Settings
from app.ui.narration import Narrator
from app.ui.widgets import button, label

SECTIONS = {
    "appearance": "How it looks", "breathing": "Breathing", "steps": "Steps", "voice": "Voice", "care": "Check-ins",
}  # fmt: skip


class SettingsDialog(QDialog):
    """Every setting with its help text; a change applies at once and is kept."""

    def __init__(self, settings: Settings, narrator: Narrator | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.narrator = narrator
        self.setWindowTitle("Settings")
        self.resize(640, 720)
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        groups: dict[str, QFormLayout] = {}
        for spec in SETTINGS:
            if spec.hidden:
                continue
            if spec.section not in groups:
                box = QGroupBox(SECTIONS.get(spec.section, spec.section.title()))
                groups[spec.section] = QFormLayout(box)
                layout.addWidget(box)
            editor = self._editor(spec)
            editor.setAccessibleName(spec.label)
            editor.setAccessibleDescription(spec.help)
            editor.setToolTip(spec.help)
            self.editors[spec.key] = editor
            if isinstance(editor, QCheckBox):
                groups[spec.section].addRow(editor)
            else:
                groups[spec.section].addRow(spec.label, editor)
            groups[spec.section].addRow(label(spec.help, "muted"))
        if narrator is not None:
            self.sample_button = button("Try the voice", description="Hear the voice with these settings")
            self.sample_button.clicked.connect(narrator.sample)
            groups["voice"].addRow(self.sample_button)
            if narrator.reason:
                groups["voice"].addRow(label(f"The voice isn't available right now: {narrator.reason}.", "muted"))
            elif narrator.player is not None:
                narrator.player.voices_ready.connect(self._fill_voices)
                narrator.player.ask_for_voices()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _editor(self, spec: SettingSpec) -> QWidget:
        value = self.settings.get(spec.key)
        if isinstance(spec.default, bool):
            box = QCheckBox(spec.label)
            box.setChecked(value)
            box.toggled.connect(lambda on, k=spec.key: self.settings.set(k, on))
            return box
        if spec.choices or spec.key == "voice/voice":
            combo = QComboBox()
            choices = spec.choices or ("",)
            for choice in choices:
                combo.addItem(spec.label_for(choice) if choice else "The usual voice", choice)
            if value not in choices:
                combo.addItem(value, value)
            combo.setCurrentIndex(combo.findData(value))
            combo.currentIndexChanged.connect(lambda _i, k=spec.key, c=combo: self.settings.set(k, c.currentData()))
            return combo
        spin = QSpinBox()
        spin.setRange(spec.minimum or 0, spec.maximum or 1000)
        spin.setValue(value)
        if spec.unit:
            spin.setSuffix(f" {spec.unit}")
        spin.valueChanged.connect(lambda v, k=spec.key: self.settings.set(k, v))
        return spin

    def _fill_voices(self, voices: list[dict[str, str]]) -> None:
        combo = self.editors["voice/voice"]
        assert isinstance(combo, QComboBox)
        current = self.settings.get("voice/voice")
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("The usual voice", "")
        for voice in sorted(voices, key=lambda v: v.get("name", "")):
            combo.addItem(f"{voice.get('name', '')} ({voice.get('language', '')})", voice.get("id", ""))
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

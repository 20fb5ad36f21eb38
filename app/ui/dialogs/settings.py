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
from app.core.words import QT_TRANSLATE_NOOP
from app.storage.settings import Settings
from app.ui.i18n import _t
from app.ui.parts.accessibility import name_inner_parts
from app.ui.parts.widgets import button, label, scrolling
from app.ui.services.narration import Narrator

SECTIONS = {
    "appearance": QT_TRANSLATE_NOOP("Settings", "How it looks"),
    "breathing": QT_TRANSLATE_NOOP("Settings", "Breathing"),
    "steps": QT_TRANSLATE_NOOP("Settings", "Steps"),
    "keys": QT_TRANSLATE_NOOP("Settings", "Keys"),
    "voice": QT_TRANSLATE_NOOP("Settings", "Voice"),
    "care": QT_TRANSLATE_NOOP("Settings", "Check-ins"),
}


class SettingsDialog(QDialog):
    """Every setting with its help text; a change applies at once and is kept."""

    def __init__(self, settings: Settings, narrator: Narrator | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.narrator = narrator
        self.setWindowTitle(_t("Settings", "Settings"))
        wide = round(700 * settings.get("appearance/text_size") / 100)  # wider with larger text, within the window
        self.resize(
            min(wide, parent.width()) if parent is not None else wide,
            min(760, parent.height()) if parent is not None else 760,
        )
        self.editors: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        content = QWidget()  # the settings scroll; the Close button stays in view
        layout = QVBoxLayout(content)
        groups: dict[str, QFormLayout] = {}
        for spec in SETTINGS:
            if spec.hidden:
                continue
            if spec.section not in groups:
                box = QGroupBox(_t("Settings", SECTIONS.get(spec.section, spec.section.title())))
                groups[spec.section] = QFormLayout(box)
                groups[spec.section].setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: stacked
                layout.addWidget(box)
            editor = self._editor(spec)
            words, help_text = _t("Settings", spec.label), _t("Settings", spec.help)
            editor.setAccessibleName(words)
            editor.setAccessibleDescription(help_text)
            name_inner_parts(editor)
            editor.setToolTip(help_text)
            self.editors[spec.key] = editor
            if isinstance(editor, QCheckBox):
                groups[spec.section].addRow(editor)
            else:
                groups[spec.section].addRow(words, editor)
            groups[spec.section].addRow(label(help_text, "muted"))
        if narrator is not None:
            self.sample_button = button(
                _t("Settings", "Try the voice"), description=_t("Settings", "Hear the voice with these settings")
            )
            self.sample_button.clicked.connect(narrator.sample)
            groups["voice"].addRow(self.sample_button)
            if narrator.reason:
                groups["voice"].addRow(
                    label(
                        _t("Settings", "The voice isn't available right now: {reason}.").format(reason=narrator.reason),
                        "muted",
                    )
                )
            elif narrator.player is not None:
                narrator.player.voices_ready.connect(self._fill_voices)
                narrator.player.ask_for_voices()
        outer.addWidget(scrolling(content, _t("Settings", "Settings")), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            _t("Settings", "Close the settings; every change is already kept (Esc)")
        )
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _editor(self, spec: SettingSpec) -> QWidget:
        value = self.settings.get(spec.key)
        if isinstance(spec.default, bool):
            box = QCheckBox(_t("Settings", spec.label))
            box.setChecked(value)
            box.toggled.connect(lambda on, k=spec.key: self.settings.set(k, on))
            return box
        if spec.choices or spec.key == "voice/voice":
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)  # may be narrower than its longest choice, so large text fits
            choices = spec.choices or ("",)
            for choice in choices:
                combo.addItem(
                    _t("Settings", spec.label_for(choice)) if choice else _t("Settings", "The usual voice"), choice
                )
            if value not in choices:
                combo.addItem(value, value)
            combo.setCurrentIndex(combo.findData(value))
            combo.currentIndexChanged.connect(lambda _i, k=spec.key, c=combo: self.settings.set(k, c.currentData()))
            return combo
        spin = QSpinBox()
        spin.setRange(spec.minimum or 0, spec.maximum or 1000)
        spin.setValue(value)
        if spec.unit:
            spin.setSuffix(" " + _t("Settings", spec.unit))
        spin.valueChanged.connect(lambda v, k=spec.key: self.settings.set(k, v))
        return spin

    def _fill_voices(self, voices: list[dict[str, str]]) -> None:
        combo = self.editors["voice/voice"]
        assert isinstance(combo, QComboBox)
        current = self.settings.get("voice/voice")
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_t("Settings", "The usual voice"), "")
        for voice in sorted(voices, key=lambda v: v.get("name", "")):
            combo.addItem(f"{voice.get('name', '')} ({voice.get('language', '')})", voice.get("id", ""))
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

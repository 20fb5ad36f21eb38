"""'Need help now?': the local emergency number first, then helplines for the chosen country."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFrame, QLabel, QVBoxLayout, QWidget

from app.storage.care import Care, Country
from app.storage.settings import Settings
from app.ui.i18n import _t, language_in_use, written_date
from app.ui.parts.accessibility import name_inner_parts
from app.ui.parts.widgets import label, scrolling


def territory_code(locale: QLocale) -> str:
    """The two-letter country of a locale ("de_AT" gives "AT"); "" for the C locale, which names none."""
    if locale.territory() == QLocale.Country.AnyTerritory:
        return ""
    return QLocale.territoryToCode(locale.territory())


def default_country(care: Care, chosen: str, system: QLocale | None = None, language: str | None = None) -> str:
    """The country to show first; nothing here looks up where the person is.

    The one chosen before; else the system locale's country (de_AT: Austria); else the home
    country of the language Steady speaks (German: Germany); else the first listed.
    """
    if care.country(chosen):
        return chosen
    for locale in (system if system is not None else QLocale.system(), QLocale(language or language_in_use())):
        code = territory_code(locale)
        if care.country(code):
            return code
    return care.countries[0].code if care.countries else ""


class HelpPanel(QDialog):
    """Works offline: everything it shows is stored with Steady, each entry with its checked date."""

    def __init__(
        self, care: Care, settings: Settings, parent: QWidget | None = None, system: QLocale | None = None
    ) -> None:
        """`system` stands in for the machine's locale (tests); the panel never asks where the person is."""
        super().__init__(parent)
        self.care = care
        self.settings = settings
        self.setWindowTitle(_t("Help", "Need help now?"))
        self.setMinimumWidth(560)
        self.resize(700, min(760, parent.height()) if parent is not None else 760)
        outer = QVBoxLayout(self)
        content = QWidget()  # scrolls when the text is large; the Close button stays in view
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)  # room beside the scroll bar, so no edge is cut
        layout.setSpacing(12)
        layout.addWidget(label(_t("Help", "Need help now?"), "heading"))
        self.emergency = label("", "subheading")
        self.emergency.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label(care.emergency_note, "lead"))
        layout.addWidget(self.emergency)
        layout.addWidget(label(_t("Help", "Your country (no location is looked up):"), "muted"))
        self.country_box = QComboBox()
        self.country_box.setAccessibleName(_t("Help", "Your country"))
        name_inner_parts(self.country_box)
        for country in care.countries:
            self.country_box.addItem(country.name, country.code)
        layout.addWidget(self.country_box)
        self.lines = QFrame()
        self.lines.setObjectName("cautions")
        self.lines_layout = QVBoxLayout(self.lines)
        layout.addWidget(self.lines)
        directory = care.directory
        layout.addWidget(
            label(
                _t("Help", "Anywhere else: {name} ({address}). {text}").format(
                    name=directory.get("name"), address=directory.get("address"), text=directory.get("text", "")
                )
            )
        )
        layout.addWidget(label(care.any_distress_note, "muted"))
        layout.addStretch(1)
        self.scroll = scrolling(content, _t("Help", "Need help now?"))
        outer.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            _t("Help", "Close this list (Esc)")
        )
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        outer.addWidget(label(_t("Help", "Esc closes"), "muted", centred=True))
        code = default_country(care, settings.get("care/country"), system)
        self.country_box.setCurrentIndex(max(0, self.country_box.findData(code)))
        self.country_box.currentIndexChanged.connect(self._on_country)  # after: only the person's own pick is kept
        self._show(care.country(code))
        self.country_box.setFocus()  # the first control, with its ring: the dialog itself is nothing to be on

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # With large text the panel scrolls: the focused control is scrolled into view (only as far as it takes).
        QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(self.country_box, 0, 8))

    def _on_country(self, _index: int) -> None:
        code = self.country_box.currentData()
        self.settings.set("care/country", code)
        self._show(self.care.country(code))

    def _show(self, country: Country | None) -> None:
        while self.lines_layout.count():
            old = self.lines_layout.takeAt(0).widget()
            if old is not None:
                old.hide()
                old.deleteLater()
        if country is None:
            self.emergency.setText(_t("Help", "Call your local emergency number."))
            return
        self.emergency.setText(
            _t("Help", "Emergency in {country}: {number}").format(country=country.name, number=country.emergency)
        )
        for helpline in country.helplines:
            hours = f" ({helpline.hours})" if helpline.hours else ""
            line = QLabel(f"<b>{helpline.name}</b>: {helpline.contact}{hours}")
            line.setWordWrap(True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._add(line)
        if not country.helplines:
            self._add(label(_t("Help", "No helpline for this country is stored yet: please use the directory below.")))
        checked = (
            _t("Help", "Last checked {date}.").format(date=written_date(country.last_verified))
            if country.last_verified
            else _t("Help", "Not yet checked.")
        )
        self._add(label(f"{country.note} {checked}".strip(), "muted"))

    def _add(self, widget: QWidget) -> None:
        self.lines_layout.addWidget(widget)
        widget.show()  # at once, not on the next turn of the event loop

    @property
    def shown_text(self) -> str:
        """Everything the panel says right now, for tests and screen readers."""
        return "\n".join(w.text() for w in self.findChildren(QLabel) if w.isVisibleTo(self))

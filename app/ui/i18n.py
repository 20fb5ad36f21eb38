"""Which language Steady's interface speaks: Qt translators chosen from the system or a setting.

Every string a person reads goes through `_t(context, text)`; `make translations` collects them
into resources/translations/steady_*.ts (lupdate knows `_t` as an alias of `translate`).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTranslator

from app.storage.data_language import LANGUAGES, use_language
from app.storage.resources import resource

# Each of LANGUAGES has a steady_XX.qm; English is the source, its .qm has only the plural forms.
QT_OWN_NAMES = {"pt": ("pt_BR", "pt_PT")}  # Qt's own translation files where they don't go by the bare language


def _t(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the chosen language (`n` picks a plural form for "%n" texts)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def _tn(context: str, text: str, disambiguation: str | None, kind: type[int], n: int) -> str:
    """A "%n" text in the form for `n`: `_tn("Steps", "%n steps", None, int, count)`.

    lupdate's Python reader takes a plain name in the 4th place of `_t(context, text, None, n)`
    for an old "encoding" argument and misses the plural, so plurals name `int` there and the count after it.
    """
    return QCoreApplication.translate(context, text, disambiguation, kind(n))


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the setting if it names one we have, else the system's first we have."""
    if setting in LANGUAGES:
        return setting
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-", 1)[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


_installed: list[QTranslator] = []
_in_use = "en"


def language_in_use() -> str:
    """The language the interface speaks now ("en" until `install_language` chose another)."""
    return _in_use


def ui_locale() -> QLocale:
    """Dates and numbers the way the interface's language writes them."""
    return QLocale(_in_use)


def written_date(iso: str) -> str:
    """A day ("2026-11-27") as the interface's language writes it in full: "27. November 2026", "November 27, 2026".

    The locale's long date without the weekday; a text that isn't a date comes back as it was.
    """
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    if not day.isValid():
        return iso
    locale = ui_locale()
    pattern = re.sub(r"d{4}[,.]?\s*", "", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(day, pattern)


def install_language(language: str) -> str:
    """Load the translators for `language` into the running app and the data texts; returns the language in use."""
    global _in_use
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _in_use = "en"
    ours = QTranslator()  # for English, just the singular and plural forms of the "%n" texts
    if language in LANGUAGES and ours.load(str(resource("translations", f"steady_{language}.qm"))):
        _install(app, ours, language)
        _in_use = language
    use_language(_in_use)  # the exercise, care and voice texts follow the interface
    return _in_use


def _install(app: QCoreApplication, ours: QTranslator, language: str) -> None:
    """Install Qt's own translation for `language` (if present), then ours, which wins."""
    qt_own = QTranslator()  # Qt's own words (standard dialog buttons), where the installation has them
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if any(qt_own.load(f"qtbase_{name}", folder) for name in QT_OWN_NAMES.get(language, (language,))):
        _installed.append(qt_own)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)

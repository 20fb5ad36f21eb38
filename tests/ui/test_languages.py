"""Every interface text goes through Qt's translations; German is complete, current and chosen like the system."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from app.storage import data_language
from app.ui.i18n import LANGUAGES, _t, _tn, chosen_language, install_language, language_in_use, written_date
from app.ui.window import MainWindow
from tests.conftest import ROOT, isolated_env
from tests.test_cli import steady

FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "steady_de.ts"
# Each translation and what lupdate collects into it: each language, everything; English, the "%n" plural forms.
ALL_TS = {FOLDER / f"steady_{language}.ts": [] for language in LANGUAGES if language != "en"}
ALL_TS[FOLDER / "steady_en.ts"] = ["-pluralonly"]
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """The venv's PySide6 lupdate or lrelease, as `make translations` runs it."""
    path = shutil.which(f"pyside6-{name}", path=str(BIN))
    if path is None:
        pytest.skip(f"pyside6-{name} is not installed")
    return path


def lupdate_options() -> list[str]:
    """The options `make translations` gives lupdate, read from the Makefile so the two can't drift apart."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    line = next(line for line in makefile.splitlines() if line.startswith("LUPDATE_OPTIONS :="))
    return line.split(":=", 1)[1].split()


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """Each message of a .ts file by its context and English text."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_german_translation_loads_and_the_start_screen_speaks_german(
    german: None, make_window: Callable[..., MainWindow]
) -> None:
    assert language_in_use() == "de" and data_language.current_language() == "de"  # the data texts follow
    window = make_window()
    labels = [w for w in window.navigator.home.findChildren(QLabel) if w.text()]
    labels.sort(key=lambda w: w.mapTo(window.navigator.home, w.rect().topLeft()).y())
    assert labels[0].text() == "Weinen ist in Ordnung."
    assert "entschuldigen" in labels[1].text()
    assert window.navigator.home.let_it_out_button.accessibleName() == "Lass es raus"
    assert _tn("Widgets", "%n breaths", None, int, 1) == "1 Atemzug"
    assert _tn("Widgets", "%n breaths", None, int, 4) == "4 Atemzüge"
    assert _t("Phases", "Breathe in") == "Einatmen"


def test_english_is_the_default_and_english_again_after_german() -> None:
    assert _t("Home", "It's OK to cry.") == "It's OK to cry."
    install_language("de")
    install_language("en")
    assert _t("Home", "It's OK to cry.") == "It's OK to cry." and language_in_use() == "en"
    assert _tn("Widgets", "%n breaths", None, int, 4) == "4 breaths"
    assert _tn("Widgets", "%n breaths", None, int, 1) == "1 breath"  # steady_en.qm: the singular


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("system", "de_DE", "de"),
        ("system", "de_AT", "de"),
        ("en", "de_DE", "en"),  # the setting wins over the system
        ("de", "en_GB", "de"),
        ("system", "ja_JP", "en"),  # a language Steady doesn't have: English
        ("system", "fr_FR", "fr"),
        ("system", "pt_PT", "pt"),  # Brazil's Portuguese, which Portugal reads too
        ("klingon", "de_CH", "de"),  # an unknown setting is "follow the system"
    ],
)
def test_the_language_follows_the_system_unless_the_setting_names_one(setting: str, system: str, expected: str) -> None:
    assert chosen_language(setting, QLocale(system)) == expected


def test_a_german_screenshot_and_only_languages_steady_speaks_are_taken(tmp_path: Path) -> None:
    out = tmp_path / "home-de.png"
    done = steady(tmp_path, "--screenshot", str(out), "--language", "de")
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).width() > 0
    unknown = steady(tmp_path, "--screenshot", str(out), "--language", "xx")
    assert unknown.returncode == 2 and "--language" in unknown.stderr


def test_the_window_follows_the_system_language_unless_told(tmp_path: Path) -> None:
    """A German desktop gets German at start-up; the setting "en" keeps English (the window opens offscreen)."""
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication(sys.argv[:1]);"
        "from app.storage.settings import Settings; from app.ui.i18n import chosen_language;"
        "print(chosen_language(Settings.for_user().get('appearance/language')))"
    )
    german = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}
    run = lambda: subprocess.run(  # noqa: E731
        [sys.executable, "-c", code], cwd=ROOT, env={**isolated_env(tmp_path), **german},
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert run() == "de"
    settings = tmp_path / "config" / "steady"
    settings.mkdir(parents=True)
    (settings / "steady.conf").write_text("[appearance]\nlanguage=en\n", encoding="utf-8")
    assert run() == "en"


@pytest.mark.parametrize("ts", list(ALL_TS), ids=lambda ts: ts.name)
def test_the_translation_is_current_and_complete(ts: Path, tmp_path: Path) -> None:
    """lupdate over app/ finds no text that the .ts lacks and nothing left unfinished (run `make translations`)."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    subprocess.run(
        [tool("lupdate"), *lupdate_options(), *ALL_TS[ts], str(ROOT / "app"), "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    before, after = messages(ts), messages(copy)
    new = sorted(set(after) - set(before))
    gone = sorted(set(before) - set(after))
    assert new == [], f"texts missing from {ts.name}: {new} (run `make translations`, then translate them)"
    assert gone == [], f"texts no longer in the code: {gone} (run `make translations`)"
    unfinished = [key for key, message in after.items() if message.find("translation").get("type")]
    assert unfinished == [], f"unfinished or obsolete translations: {unfinished}"
    empty = [key for key, message in after.items() if not "".join(message.find("translation").itertext()).strip()]
    assert empty == [], f"empty translations: {empty}"


@pytest.mark.parametrize("ts", list(ALL_TS), ids=lambda ts: ts.name)
def test_plural_texts_have_both_forms(ts: Path) -> None:
    plurals = {key: m for key, m in messages(ts).items() if m.get("numerus") == "yes"}
    assert ("Widgets", "%n breaths") in plurals
    for key, message in plurals.items():
        forms = [form.text or "" for form in message.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in form for form in forms), key


@pytest.mark.parametrize("ts", list(ALL_TS), ids=lambda ts: ts.name)
def test_the_translations_keep_every_placeholder(ts: Path) -> None:
    for key, message in messages(ts).items():
        source = key[1]
        for text in [t.text or "" for t in message.iter("numerusform")] or [message.findtext("translation", "")]:
            assert sorted(re.findall(r"\{\w*\}", text)) == sorted(re.findall(r"\{\w*\}", source)), key


@pytest.mark.parametrize("ts", list(ALL_TS), ids=lambda ts: ts.name)
def test_the_shipped_qm_is_the_compiled_ts(ts: Path, tmp_path: Path) -> None:
    """The .qm in the tree is what lrelease makes of the .ts now (run `make translations`)."""
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(fresh)], capture_output=True, check=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes()


def test_every_translation_in_the_tree_is_tested() -> None:
    assert set(FOLDER.glob("steady_*.ts")) == set(ALL_TS)


# Calls that show text to a person, and which of their arguments hold it (-1: the last one).
SHOWN: dict[str, tuple[int, ...]] = {
    "label": (0,), "button": (0, 2), "choice_button": (0, 1), "QLabel": (0,), "QCheckBox": (0,),
    "QPushButton": (0,), "QGroupBox": (0,), "QRadioButton": (0,), "QAction": (0, 1), "setText": (0,),
    "setWindowTitle": (0,), "setAccessibleName": (0,), "setAccessibleDescription": (0,), "setToolTip": (0,),
    "setPlaceholderText": (0,), "setSuffix": (0,), "setPrefix": (0,), "addAction": (0, 1), "addMenu": (0,),
    "addItem": (0,), "addRow": (0,), "addTab": (1,), "setStatusTip": (0,), "showMessage": (0,), "drawText": (-1,),
    "information": (1, 2), "question": (1, 2), "warning": (1, 2), "critical": (1, 2),
}  # fmt: skip
NAMES = {"Steady", " · Steady"}  # the app's name reads the same in every language


def _words_in(node: ast.expr) -> str:
    """The literal words of a string or f-string argument ("" when it has none)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    elif isinstance(node, ast.IfExp):
        return _words_in(node.body) or _words_in(node.orelse)
    elif isinstance(node, ast.BinOp):
        return _words_in(node.left) or _words_in(node.right)
    else:
        return ""
    return text if re.search(r"[A-Za-z]{2}", text) and text not in NAMES else ""


def unwrapped_texts(path: Path) -> list[str]:
    """Literal words passed straight to a call that shows them, in one module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in SHOWN:
            continue
        shown = [node.args[i] for i in SHOWN[name] if -len(node.args) <= i < len(node.args)]
        shown += [k.value for k in node.keywords if k.arg in ("description", "text", "title", "detail")]
        found += [f"{path.name}:{node.lineno}: {words!r}" for words in map(_words_in, shown) if words]
    return found


def test_no_interface_text_is_left_untranslated() -> None:
    found = [text for path in sorted((ROOT / "app").rglob("*.py")) for text in unwrapped_texts(path)]
    assert found == [], "wrap these in _t(context, text):\n" + "\n".join(found)


def test_plural_texts_are_written_so_lupdate_sees_them() -> None:
    """`_t(c, "%n ...", None, count)` hides the plural from lupdate (or the whole text): `_tn(c, text, None, int, count)`."""
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_t" and len(node.args) > 3:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == [], "write these plurals as _tn(context, text, None, int, count):\n" + "\n".join(found)


def translated_texts(path: Path) -> list[tuple[str, str, int]]:
    """Every (context, text, line) a module translates with literal words: `_t`, `_tn`, `QT_TRANSLATE_NOOP`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        name = getattr(node.func, "id", "") if isinstance(node, ast.Call) else ""
        if name in ("_t", "_tn", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:  # type: ignore[attr-defined]
            context, text = node.args[:2]  # type: ignore[attr-defined]
            if isinstance(context, ast.Constant) and isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append((context.value, text.value, node.lineno))
    return found


def test_lupdate_sees_every_text_the_code_translates() -> None:
    """A `_t` lupdate can't read (inside an f-string, say) is never translated: "(off)" stayed English in German."""
    extracted = set(messages(TS))
    unseen = [
        f"{path.relative_to(ROOT)}:{line}: {context} {text!r}"
        for path in sorted((ROOT / "app").rglob("*.py"))
        for context, text, line in translated_texts(path)
        if (context, text) not in extracted
    ]
    assert unseen == [], "lupdate doesn't see these (write them as plain _t calls):\n" + "\n".join(unseen)


@pytest.mark.parametrize(
    ("language", "written"),
    [("en", "November 27, 2026"), ("de", "27. November 2026"), ("es", "27 de noviembre de 2026"),
     ("fr", "27 novembre 2026"), ("nl", "27 november 2026"), ("pt", "27 de novembro de 2026")],
)  # fmt: skip
def test_the_help_panels_checked_date_is_written_the_languages_way(qapp: object, language: str, written: str) -> None:
    install_language(language)
    try:
        assert written_date("2026-11-27") == written
    finally:
        install_language("")

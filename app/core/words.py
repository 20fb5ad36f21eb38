"""Marks words a person reads in app/core for translation, without importing Qt.

lupdate recognises `QT_TRANSLATE_NOOP(context, text)` and collects `text` under `context`;
the interface translates it when it shows it, with `_t(context, text)` (app/ui/i18n.py).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text` unchanged: lupdate collects it under `context`, the interface translates it when shown."""
    return text

"""Guard against PySide6 builds that leak references to None while painting (DESIGN.md §5)."""

import sys

from PySide6.QtGui import QImage

from app.ui.parts.pacer import PacerWidget
from app.ui.parts.theme import LIGHT


def test_painting_the_pacer_thousands_of_times_keeps_none_alive() -> None:
    # PySide6-Essentials 6.12.0 on Python 3.11 loses a reference to None on every Qt call
    # that returns nothing; the interpreter then aborts with "none_dealloc" mid-session.
    pacer = PacerWidget(LIGHT)
    pacer.resize(320, 320)
    image = QImage(320, 320, QImage.Format.Format_ARGB32_Premultiplied)
    before = sys.getrefcount(None)
    for i in range(3000):
        pacer.set_level((i % 100) / 100)
        pacer.render(image)  # runs the real paintEvent into the image
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references in 3000 paints"

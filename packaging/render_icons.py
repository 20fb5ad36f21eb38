"""Renders resources/icons/steady.svg to the PNG sizes desktops and installers want (run by hand)."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    icons = Path(__file__).resolve().parent.parent / "resources" / "icons"
    renderer = QSvgRenderer(str(icons / "steady.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(icons / f"steady-{size}.png"))
        print(icons / f"steady-{size}.png")
        if size == 256:  # Windows wants an .ico for the installer and the program
            image.save(str(icons / "steady.ico"), "ICO")
            print(icons / "steady.ico")

"""Another app's window, "Other app", that holds the focus as a video call would (run inside the GNOME session)."""

import sys

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
app.setDesktopFileName("org.example.Other")
window = QLabel("Another app (a video call, say)")
window.setWindowTitle("Other app")
window.resize(700, 500)
window.move(600, 200)
window.show()
app.exec()

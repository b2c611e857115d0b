"""The reference for start-up: a bare PySide6 window, shown, in a fresh process."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()


def _shown() -> None:
    print("MEDIATION_DESK_SHOWN", flush=True)
    print("MEDIATION_DESK_READY", flush=True)
    app.quit()


QTimer.singleShot(0, _shown)
sys.exit(app.exec())

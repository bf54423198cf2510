"""A bare PySide6 main window of GrantDesk's size: the floor that the bundled GrantDesk's
start-up is measured against (benchmarks/bundle_start.py bundles it the same way)."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Bare")
window.resize(1100, 760)
window.show()
sys.exit(app.exec())

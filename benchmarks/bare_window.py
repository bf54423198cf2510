"""A bare PySide6 main window painting the frame GrantDesk first paints (the home screen's
title and buttons, and that the applications are being opened), at GrantDesk's size: the floor
that GrantDesk's start-up is measured against (startup.py; bundle_start.py bundles this file
the same way as GrantDesk)."""

import sys

from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def bare_frame() -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("GrantDesk")
    window.resize(1100, 760)
    for menu in ("&File", "&Go"):
        window.menuBar().addMenu(menu)
    title = QLabel("Your applications")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    title.setFont(font)
    top = QHBoxLayout()
    top.addWidget(title, 1)
    top.addWidget(QPushButton("F&unders"))
    top.addWidget(QPushButton("Group &profile"))
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addLayout(top)
    layout.addWidget(QLabel("Opening your applications…"))
    layout.addStretch(1)
    window.setCentralWidget(central)
    window.statusBar().addPermanentWidget(QLabel("All changes saved"))
    return window


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = bare_frame()
    window.show()
    sys.exit(app.exec())

"""Screenshots of every screen and every step of the guided path, at the sizes people use.

    .venv/bin/python benchmarks/screenshots.py OUT [--sizes 1366x768,1024x768] [--text 100,150]

Each text size runs in its own process: 150 means every font at 150% of the system's size.
The window is sized to the screen's work area less a taskbar (48 px) and a title bar (32 px),
as a maximised window on a Windows PC of that screen size. Files are named
TEXT-WIDTHxHEIGHT-NN-what.png. Open them and look: nothing cut, crowded or hidden.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

TASKBAR_AND_TITLE = 80


def shoot(out: Path, sizes: list[tuple[int, int]], text: int) -> None:
    from PySide6.QtWidgets import QApplication

    from grantdesk.app import create_qt_application
    from grantdesk.examples.demo import write_demo
    from grantdesk.examples.funders import add_example_funders
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store
    from grantdesk.ui.main_window import MainWindow

    app = create_qt_application([sys.argv[0]])
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * text / 100)
    app.setFont(font)
    with tempfile.TemporaryDirectory() as folder:
        store = Store(open_database(Path(folder)))
        add_example_funders(store)
        write_demo(store)
        window = MainWindow(store)
        window.show()
        applications = store.applications.summaries()
        shown = 0

        def grab(what: str, width: int, height: int) -> None:
            nonlocal shown
            app.processEvents()
            shown += 1
            name = f"{text}-{width}x{height}-{shown:02d}-{what}.png"
            window.grab().save(str(out / name))

        for width, height in sizes:
            shown = 0
            window.resize(width, height - TASKBAR_AND_TITLE)
            window.show_home()
            grab("home", width, height)
            window.show_profile()
            grab("profile", width, height)
            window.show_funders()
            grab("funders", width, height)
            for summary in applications:
                window.open_application(summary.id)
                view = window.application
                for index, key in enumerate(view.page_keys):
                    view.go_to(index)
                    grab(f"app{summary.id}-{index:02d}-{key[:20]}", width, height)
        window.close()
        store.engine.dispose()
    QApplication.quit()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1366x768,1024x768")
    parser.add_argument("--text", default="100,150")
    parser.add_argument("--child-text", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = [tuple(int(n) for n in size.split("x")) for size in args.sizes.split(",")]
    if args.child_text:
        shoot(args.out, sizes, args.child_text)
        return 0
    for text in (int(t) for t in args.text.split(",")):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        command = [sys.executable, __file__, str(args.out), "--sizes", args.sizes]
        subprocess.run([*command, "--child-text", str(text)], env=env, check=True)
    print(f"Screenshots are in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

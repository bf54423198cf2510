"""Screenshots of every screen and every step of the guided path, at the sizes people use: the
welcome on a first start, home, the profile, the funders, typing in a funder's form, every step
of each application (the plan as cards and as tables), the new-application dialog and the
check before printing.

    .venv/bin/python benchmarks/screenshots.py OUT [--sizes 1366x768,1024x768] [--text 100,200]

Each text size runs in its own process, chosen as a person would (Settings › Text size, kept in
the settings): 200 means every font at 200% of the system's size.
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
SETTLING_TURNS = 6


def shoot(out: Path, sizes: list[tuple[int, int]], text: int) -> None:
    from datetime import date

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from grantdesk.app import create_qt_application
    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.domain.printable import readiness_problems
    from grantdesk.examples.demo import write_demo
    from grantdesk.examples.funders import add_example_funders
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store
    from grantdesk.ui.home.home_dialogs import NewApplicationDialog
    from grantdesk.ui.main_window import MainWindow
    from grantdesk.ui.preferences import Preferences
    from grantdesk.ui.printing.print_dialog import PrintDialog

    app = create_qt_application([sys.argv[0]])
    with tempfile.TemporaryDirectory() as folder:
        # The window keeps its size, place and text size in the temporary folder, not the real
        # settings.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        Preferences().text_size = text
        store = Store(open_database(Path(folder)))
        add_example_funders(store)
        window = MainWindow(store)
        window.show()
        shown = 0

        def grab(what: str, width: int, height: int, widget=None) -> None:
            nonlocal shown
            # As a person sees it a moment later: a table fits its height to its rows once it
            # has taken them in, and the page's layout follows over a few turns of the loop.
            for _ in range(SETTLING_TURNS):
                app.processEvents()
            shown += 1
            name = f"{text}-{width}x{height}-{shown:02d}-{what}.png"
            (widget or window).grab().save(str(out / name))

        def at(width: int, height: int) -> None:
            nonlocal shown
            shown = 0
            window.resize(width, height - TASKBAR_AND_TITLE)

        for width, height in sizes:  # the first start: nothing written yet
            at(width, height)
            shown = -1  # numbered 00, before the home screen's 01
            window.show_home()
            grab("welcome", width, height)
        write_demo(store)
        funder = store.funders.all()[1]  # a real form: character limits, a budget of its own
        for_funder = store.applications.create(
            ApplicationDetails(title="Summer Residential for the Community Foundation")
        )
        store.applications.set_funder(for_funder, funder.id)
        applications = store.applications.summaries()
        for number, (width, height) in enumerate(sizes):
            at(width, height)
            window.show_home()
            grab("home", width, height)
            window.show_profile()
            grab("profile", width, height)
            window.show_funders()
            grab("funders", width, height)
            window.enter_form(funder.id, for_funder)
            entry = window.form_entry
            for step in range(entry.steps.count()):
                entry.go_to(step)
                grab(f"form-entry-{step:02d}", width, height)
            entry.rules.more.set_open(True)
            grab("form-entry-more-rules", width, height)
            for summary in applications:
                window.open_application(summary.id)
                view = window.application
                for index, key in enumerate(view.page_keys):
                    view.go_to(index)
                    step = key.replace(":", "-")[:20]  # a funder's question key has a colon
                    grab(f"app{summary.id}-{index:02d}-{step}", width, height)
                    if key == "plan":
                        view.current_page().tables_button.click()
                        grab(f"app{summary.id}-{index:02d}-plan-as-tables", width, height)
                        view.current_page().tables_button.click()
            if number == 0:  # the dialogs are the same size whatever the screen
                dialog = NewApplicationDialog(store.funders.all(), window)
                dialog.show()
                grab("new-application", width, height, dialog)
                dialog.funder_combo.setCurrentIndex(dialog.funder_combo.count() - 2)
                grab("new-application-not-listed", width, height, dialog)
                dialog.close()
                for summary in applications:
                    printable = store.printable(summary.id)
                    check = PrintDialog(
                        readiness_problems(printable, date.today()), printable.checklist(), window
                    )
                    check.show()
                    grab(f"print-check-app{summary.id}", width, height, check)
                    check.close()
        window.close()
        store.engine.dispose()
    QApplication.quit()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1366x768,1024x768")
    parser.add_argument("--text", default="100,200")
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

"""The pictures in docs/guide.md, taken from the real window with the example group's data.

    .venv/bin/python docs/make_guide_screenshots.py [OUT]      (OUT: docs/guide by default)

The window is the size it has, maximised, on a 1366x768 screen less the taskbar and title bar
(benchmarks/screenshots.py has every page at every size). Each picture is scaled to 1024
pixels wide and compressed as far as PNG goes, to keep the guide small. Re-run it whenever a
screen changes, then look at every picture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path, PureWindowsPath

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WINDOW = (1366, 768 - 80)  # less a taskbar (48 px) and a title bar (32 px)
WIDTH = 1024


def shoot(out: Path) -> list[Path]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QWidget

    from grantdesk.app import create_qt_application
    from grantdesk.domain.printable import readiness_problems
    from grantdesk.examples.demo import write_demo
    from grantdesk.examples.funders import add_example_funders
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store
    from grantdesk.ui.main_window import MainWindow
    from grantdesk.ui.printing.pdf_ready_dialog import PdfReadyDialog
    from grantdesk.ui.printing.print_dialog import PrintDialog

    app = create_qt_application([sys.argv[0]])
    taken: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        app.processEvents()
        picture = widget.grab().toImage()
        if picture.width() > WIDTH:
            picture = picture.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
        path = out / f"{name}.png"
        picture.save(str(path), "PNG", 0)  # 0: the most compressed
        taken.append(path)

    with tempfile.TemporaryDirectory() as folder:
        # The window keeps its size and place in the temporary folder, not the real settings.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        store = Store(open_database(Path(folder) / "data"))
        add_example_funders(store)  # as on a first start
        window = MainWindow(store)
        window.resize(*WINDOW)
        window.show()
        window.show_home()
        save(window, "01-first-start")

        write_demo(store)
        friday = next(
            s.id for s in store.applications.summaries() if s.details.title.startswith("Friday")
        )
        window.show_profile()
        save(window, "02-profile")

        window.show_funders()
        window.funders.list.setCurrentRow(1)
        app.processEvents()
        window.funders.scroller.ensureWidgetVisible(window.funders.editor.questions)
        save(window, "03-funder")

        window.open_application(friday)
        pages = window.application
        for name, key in [("04-answer", "project"), ("05-budget", "budget"), ("06-plan", "plan")]:
            pages.go_to_page(key)
            save(window, name)

        printable = store.printable(friday)
        check = PrintDialog(
            readiness_problems(printable, date.today()), printable.checklist(), window
        )
        check.show()
        save(check, "07-check")
        check.close()
        ready = PdfReadyDialog(
            PureWindowsPath(r"C:\Users\Volunteer\Documents\Friday Night Safe Space.pdf"), window
        )
        ready.show()
        save(ready, "08-pdf-ready")
        ready.close()

        summer = next(s.id for s in store.applications.summaries() if s.id != friday)
        decided(store, summer)
        window.open_application(summer)
        pages.go_to_page("decision")
        save(window, "09-decision")
        window.show_home()
        save(window, "10-coming-up")

        window.saver.wait()  # the last changes on disk (the step left at too): it closes at once
        window.close()
        store.engine.dispose()
    return taken


def decided(store, application_id: int) -> None:
    """The funder said yes: an offer, its terms, and the reports it wants."""
    from grantdesk.domain.application import ApplicationStatus
    from grantdesk.domain.decision import Decision, ReportDue

    today = date.today()
    store.decisions.set_status(application_id, ApplicationStatus.SUCCESSFUL)
    store.decisions.save_decision(
        application_id,
        Decision(
            submitted_on=today - timedelta(days=70),
            offer_date=today - timedelta(days=12),
            amount_awarded_pence=185_000,
            terms="Spend the grant within 12 months; tell us of any change to the project.",
            agreement_signed_on=today - timedelta(days=5),
        ),
    )
    store.decisions.save_reports(
        application_id,
        (
            ReportDue("Photographs and numbers from the residential", today + timedelta(days=25)),
            ReportDue("End-of-grant report", today + timedelta(days=200)),
        ),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=Path(__file__).parent / "guide")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in shoot(args.out):
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

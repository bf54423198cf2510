"""A report due "by March 2028", as funders' offer letters say it, is typed as they say it."""

from datetime import date

from PySide6.QtCore import Qt

from grantdesk.domain.application import ApplicationDetails
from tests.keys import press, press_here, type_here
from tests.ui.conftest import wait_until_saved

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_report_due_by_a_month_is_due_on_its_last_day(window, qtbot):
    application_id = window.store.applications.create(ApplicationDetails(title="Reports"))
    window.open_application(application_id)
    view = window.application
    view.go_to_page("decision")
    decision = view.current_page()
    decision.status_combo.setFocus()
    for _ in range(3):  # submitted, then successful: the offer and its reports
        press_here(Qt.Key.Key_Down)
    reports = decision.reports
    reports.table.setFocus()
    press(reports.table, Qt.Key.Key_Return, CTRL)
    type_here("End of grant report")
    press_here(Qt.Key.Key_Tab)
    type_here("March 2028")
    press_here(Qt.Key.Key_Return)

    assert reports.model.index(0, 1).data() == "31 March 2028"
    wait_until_saved(window, qtbot)
    [report] = window.store.decisions.reports(application_id)
    assert (report.what, report.due) == ("End of grant report", date(2028, 3, 31))

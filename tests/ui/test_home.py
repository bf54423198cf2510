"""The home screen: start, open, copy and delete applications, with nothing lost by a slip."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grantdesk.domain.application import ApplicationDetails
from grantdesk.ui.common.text_size import set_text_size
from grantdesk.ui.preferences import Preferences
from tests.keys import press, press_here, type_here, type_text
from tests.ui.conftest import reactivate, when_dialog_opens

CTRL = Qt.KeyboardModifier.ControlModifier


def titles(window) -> list[str]:
    model = window.home.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def choose(window, title: str) -> None:
    window.home.table.setFocus()
    row = titles(window).index(title)
    window.home.table.selectRow(row)


def test_the_list_shows_what_a_volunteer_needs_to_see(window, qtbot):
    window.store.applications.create(
        ApplicationDetails(
            title="Friday Night Safe Space",
            funder="Morgannwg PCC",
            fund="Community Safety Fund",
            amount_requested_pence=400_000,
        )
    )
    window.store.applications.create(ApplicationDetails(title=""))
    window.show_home()
    model = window.home.model
    row = titles(window).index("Friday Night Safe Space")
    shown = [model.index(row, column).data() for column in range(model.columnCount())]
    assert shown[1:6] == [
        "Morgannwg PCC – Community Safety Fund",
        "£4,000.00",
        "0 of 11 answered",
        "Draft",
        "",
    ]
    assert shown[6].startswith("today at ") and ":" in shown[6]
    assert "Untitled application" in titles(window)


def test_an_empty_title_is_explained_and_the_dialog_stays_open(window, qtbot):
    seen = {}

    def try_without_a_title(dialog) -> None:
        press(dialog.title_field, Qt.Key.Key_Return)
        seen["still open"] = dialog.isVisible()
        seen["message"] = dialog.title_problem.text() if dialog.title_problem.isVisible() else ""
        type_text(dialog.title_field, "Ŷ Garth – ‘hall roof’ 🙂")
        seen["gone once typed"] = dialog.title_problem.isHidden()
        press(dialog.title_field, Qt.Key.Key_Return)
        seen["funder"] = dialog.funder_problem.text()
        press(dialog.title_field, Qt.Key.Key_Tab)
        press(dialog.funder_combo, Qt.Key.Key_End)  # not decided yet
        press(dialog.funder_combo, Qt.Key.Key_Return)

    when_dialog_opens(try_without_a_title)
    press(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.application)
    assert seen == {
        "still open": True,
        "message": "Please type a title for the application, so you can find it again.",
        "gone once typed": True,
        "funder": "Please choose the funder, or “Not decided yet” if you do not know.",
    }
    [summary] = window.store.applications.summaries()
    assert summary.details.title == "Ŷ Garth – ‘hall roof’ 🙂"


def test_copy_then_delete_by_a_slip_then_undo_then_restore_from_the_bin(window, qtbot):
    original = window.store.applications.create(ApplicationDetails(title="Hall roof"))
    window.store.applications.save_answer(original, "project", "Words worth keeping ŵ")
    window.show_home()

    choose(window, "Hall roof")
    when_dialog_opens(lambda dialog: press(dialog.funder_combo, Qt.Key.Key_Return))
    window.home.copy_button.setFocus()
    press(window.home.copy_button, Qt.Key.Key_Space)
    reactivate(window, qtbot)
    assert sorted(titles(window)) == ["Copy of Hall roof", "Hall roof"]
    assert window.home.model.application_at(0).details.title == "Copy of Hall roof"

    choose(window, "Hall roof")
    when_dialog_opens(lambda box: press(box, Qt.Key.Key_Y))
    press(window.home.table, Qt.Key.Key_Delete)
    assert titles(window) == ["Copy of Hall roof"]
    assert window.home.undo_banner.isVisible()
    assert window.home.undo_banner.label.text() == "“Hall roof” was moved to the bin."
    reactivate(window, qtbot)
    press(window.home.table, Qt.Key.Key_Z, CTRL)
    assert sorted(titles(window)) == ["Copy of Hall roof", "Hall roof"]
    assert not window.home.undo_banner.isVisible()
    assert window.store.applications.answers(original)["project"].text == "Words worth keeping ŵ"

    choose(window, "Hall roof")
    when_dialog_opens(lambda box: press(box, Qt.Key.Key_N))  # "No": nothing happens
    press(window.home.table, Qt.Key.Key_Delete)
    assert len(titles(window)) == 2

    when_dialog_opens(lambda box: press(box, Qt.Key.Key_Y))
    reactivate(window, qtbot)
    choose(window, "Hall roof")
    press(window.home.table, Qt.Key.Key_Delete)
    assert titles(window) == ["Copy of Hall roof"]

    def restore(dialog) -> None:
        assert dialog.list.count() == 1
        dialog.restore_button.setFocus()
        press(dialog.restore_button, Qt.Key.Key_Space)
        assert dialog.list.count() == 0
        press(dialog, Qt.Key.Key_Escape)

    when_dialog_opens(restore)
    reactivate(window, qtbot)
    window.home.bin_button.setFocus()
    press(window.home.bin_button, Qt.Key.Key_Space)
    assert sorted(titles(window)) == ["Copy of Hall roof", "Hall roof"]
    assert window.store.applications.binned() == []


def test_enter_opens_the_chosen_application(window, qtbot):
    window.store.applications.create(ApplicationDetails(title="First"))
    chosen = window.store.applications.create(ApplicationDetails(title="Second"))
    window.show_home()
    choose(window, "Second")
    press(window.home.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.application
    assert window.application.application_id == chosen
    assert window.windowTitle() == "Second – GrantDesk"
    assert QApplication.focusWidget() is window.application.current_page().first_field()


def test_a_long_title_coming_up_is_shown_whole_on_a_small_screen_with_larger_text(
    open_window, qtbot
):
    Preferences().text_size = 150  # chosen in Settings, and kept for this start
    window = open_window()
    title = (
        "Prosiect Ieuenctid Cwm Tawe: Sesiynau Chwaraeon a Lles i Bobl Ifanc Ystradgynlais, "
        "Ystalyfera a Gwaun-Cae-Gurwen ar Nosweithiau Gwener (2027–2029)"
    )
    closing = date.today() + timedelta(days=55)

    def fill_in(dialog) -> None:
        type_text(dialog.title_field, title)
        press(dialog.title_field, Qt.Key.Key_Tab)
        press_here(Qt.Key.Key_End)  # not decided yet: the common questions
        press_here(Qt.Key.Key_Tab)
        press_here(Qt.Key.Key_Tab)  # no amount yet
        assert QApplication.focusWidget() is dialog.closing_field.line
        type_here(f"{closing.day}/{closing.month}/{closing.year}")
        press_here(Qt.Key.Key_Return)

    try:
        window.resize(1024, 768 - 80)
        when_dialog_opens(fill_in)
        press(window, Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.application)
        reactivate(window, qtbot)
        press(QApplication.focusWidget(), Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
        coming_up = window.home.coming_up
        qtbot.waitUntil(lambda: coming_up.isVisible() and coming_up.count() == 1)
        reminder = coming_up.item(0)
        assert reminder.text().startswith(f"“{title}” closes in 55 days")
        for width in (1024, 1366, 1024):
            window.resize(width, 768 - 80)
            qtbot.waitUntil(
                lambda: coming_up.viewport().rect().contains(coming_up.visualItemRect(reminder))
            )
            assert coming_up.horizontalScrollBar().maximum() == 0, "no sideways scrolling"
    finally:
        set_text_size(100)

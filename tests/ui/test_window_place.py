"""The window's size and place: fitted to the screen on first start, then kept between starts,
and brought back onto a screen when the one it was on has gone."""

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QApplication

from grantdesk.ui.window_place import (
    FRAME,
    PREFERRED_SIZE,
    SAVED_PLACE,
    first_place,
    window_settings,
)


def test_the_first_start_fits_the_work_area_of_a_small_screen():
    laptop = QRect(0, 0, 1366, 728)  # 1366x768 less a 40 px taskbar
    place = first_place(laptop)
    assert laptop.contains(place)
    assert place.size() - FRAME == QSize(1100, 688)  # what the window itself has
    assert first_place(QRect(0, 0, 1024, 720)).size() == QSize(1024, 720)

    wide = QRect(0, 0, 1920, 1040)
    place = first_place(wide)
    assert place.size() == PREFERRED_SIZE + FRAME and place.center() == wide.center()


def test_the_window_first_opens_inside_the_screen(open_window):
    window = open_window()
    work_area = window.screen().availableGeometry()  # offscreen Qt: 800 by 800
    assert work_area.contains(window.frameGeometry())
    assert window.size() == first_place(work_area).size() - FRAME


def test_the_window_opens_where_it_was_closed(open_window):
    window = open_window()
    window.setGeometry(QRect(40, 30, 700, 520))
    window.close()
    assert open_window().geometry() == QRect(40, 30, 700, 520)


def test_its_place_is_kept_without_closing_as_a_pc_switched_off_at_the_wall(open_window, qtbot):
    window = open_window()
    window.setGeometry(QRect(60, 50, 640, 480))
    qtbot.waitUntil(lambda: window_settings().value(SAVED_PLACE) == window.saveGeometry())
    assert open_window().geometry() == QRect(60, 50, 640, 480)


def test_a_window_left_on_a_screen_that_has_gone_comes_back(open_window):
    window = open_window()
    window.setGeometry(QRect(3000, 100, 700, 500))  # on a second monitor, now unplugged
    window.close()
    again = open_window()
    assert again.size() == QSize(700, 500)
    assert any(
        screen.availableGeometry().contains(again.geometry()) for screen in QApplication.screens()
    )


def test_a_damaged_setting_is_ignored(open_window):
    window_settings().setValue(SAVED_PLACE, QByteArray(b"not a window's place"))
    window = open_window()
    assert window.size() == first_place(window.screen().availableGeometry()).size() - FRAME

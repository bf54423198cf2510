"""Every screen fits a 1024-pixel-wide screen with text at 150%: no page asks the window to be
wider than that (a page's widest row widens the whole window, not just itself)."""

from PySide6.QtWidgets import QApplication

from grantdesk.examples.demo import write_demo
from grantdesk.examples.funders import add_example_funders
from grantdesk.ui.common.text_size import set_text_size

SMALL_SCREEN = 1024


def test_no_screen_or_step_needs_a_window_wider_than_a_small_screen(window, qtbot):
    add_example_funders(window.store)
    write_demo(window.store)
    set_text_size(150)
    QApplication.processEvents()
    try:
        too_wide = {}
        for show, name in (
            (window.show_home, "home"),
            (window.show_profile, "profile"),
            (window.show_funders, "funders"),
        ):
            show()
            if window.minimumSizeHint().width() > SMALL_SCREEN:
                too_wide[name] = window.minimumSizeHint().width()
        for summary in window.store.applications.summaries():
            window.open_application(summary.id)
            view = window.application
            for index, key in enumerate(view.page_keys):
                view.go_to(index)
                width = view.page(index).minimumSizeHint().width() + view.steps.width()
                if width > SMALL_SCREEN:
                    too_wide[f"{summary.details.title}: {key}"] = width
        assert window.minimumSizeHint().width() <= SMALL_SCREEN
        assert too_wide == {}
    finally:
        set_text_size(100)

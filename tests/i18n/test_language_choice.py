"""Settings > Language: the choice is kept, and switching keeps everything typed."""

from grantdesk.ui.common.language import current_language, saved_language
from tests.keys import type_text
from tests.ui.conftest import wait_until_saved


def test_switching_language_keeps_what_was_typed_and_is_remembered(window, qtbot):
    """The Welsh catalogue is compiled by the build (setup.py), as pip install does."""
    window.show_profile()
    type_text(window.profile.fields["name"], "Clwb Ieuenctid")
    window.switch_language("cy")
    qtbot.waitUntil(lambda: window.profile.fields["name"].isVisible())
    assert current_language() == "cy" and saved_language() == "cy"
    assert window.pages.currentWidget() is window.profile
    assert window.profile.fields["name"].text() == "Clwb Ieuenctid"
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Settings" in menus
    window.switch_language("en")
    wait_until_saved(window, qtbot)
    qtbot.waitUntil(lambda: window.profile.fields["name"].isVisible())
    assert saved_language() == "en" and window.profile.fields["name"].text() == "Clwb Ieuenctid"

"""Finding earlier answers runs off the window's thread, and the newest words typed win."""

import threading

from PySide6.QtCore import Qt

from grantdesk.domain.search import SearchHit
from grantdesk.store.errors import StoreError
from grantdesk.ui.guided.search_dialog import SearchDialog
from tests.keys import press, type_text


def hit(words: str) -> SearchHit:
    return SearchHit(1, "Earlier", "project", "3. What the project is", words, f"All of {words}")


def test_typing_goes_on_while_a_slow_search_runs_and_only_the_newest_words_are_shown(qtbot):
    first_search_may_end = threading.Event()
    asked: list[str] = []

    def search(words: str) -> list[SearchHit]:
        asked.append(words)
        if words == "yout":
            first_search_may_end.wait(10)  # a slow search of the first words typed
        return [hit(words)]

    dialog = SearchDialog(search)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.words, "yout")
    qtbot.waitUntil(lambda: asked == ["yout"])
    assert dialog.summary.text() == "Searching…"
    type_text(dialog.words, "h club")  # the window takes keys while that search runs
    assert dialog.words.text() == "youth club"
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    assert asked == ["yout", "youth club"]
    assert dialog.preview.toPlainText() == "All of youth club"
    first_search_may_end.set()
    qtbot.wait(100)  # the older search ends now, and is not shown
    assert [dialog.results.item(0).text().split("\n")[1]] == ["youth club"]
    assert dialog.summary.text() == "Found in 1 answer."
    press(dialog.insert_button, Qt.Key.Key_Space)


def test_a_search_that_cannot_read_says_so_in_words(qtbot):
    def search(_words: str) -> list[SearchHit]:
        raise StoreError("GrantDesk could not read your data. Nothing has been changed.")

    dialog = SearchDialog(search)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.words, "club")
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert "could not read" in dialog.problem.text()
    assert dialog.results.count() == 0

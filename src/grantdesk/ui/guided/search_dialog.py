"""Finding what was written before, in any application, and putting it into this answer.

The search runs off the window's thread, so typing in the dialog never waits for it; each
keystroke (after a short pause) starts a new one, and only the newest search's results are
shown, whatever order the searches finish in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from grantdesk.store.errors import StoreError
from grantdesk.ui.common.messages import translated_error
from grantdesk.ui.common.widgets import LineField, ProblemLabel, wrapped
from grantdesk.ui.plan.draft_panel import AT_CURSOR, AT_END
from grantdesk.ui.tasks import run_in_background

if TYPE_CHECKING:
    from grantdesk.domain.search import SearchHit

SEARCH_PAUSE_MS = 150


class SearchDialog(QDialog):
    insert_requested = Signal(str, str)
    """The chosen earlier answer, and where it goes: AT_CURSOR or AT_END."""

    def __init__(self, search: Callable[[str], list[SearchHit]], parent=None):
        super().__init__(parent)
        self._search = search
        self._asked = 0
        """How many searches have been started: only the newest one's results are shown."""
        self.hits: list[SearchHit] = []
        self.setWindowTitle(self.tr("Find earlier answers"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Type words from anything you have written before, in any application. "
                    "Choose a result to read it, then put it into this answer."
                )
            )
        )
        label = QLabel(self.tr("&Words to find:"))
        self.words = LineField()
        self.words.setAccessibleName(self.tr("Words to find"))
        label.setBuddy(self.words)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.words, 1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.problem = ProblemLabel()
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Earlier answers found"))
        self.results.setWordWrap(True)
        self.results.setSpacing(2)
        layout.addWidget(self.results, 2)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("The whole earlier answer"))
        layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.insert_button = QPushButton(self.tr("&Insert at the cursor"))
        self.append_button = QPushButton(self.tr("Add to the en&d of my answer"))
        for button, where in ((self.insert_button, AT_CURSOR), (self.append_button, AT_END)):
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, where=where: self._use(where))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self.search)
        self.words.textChanged.connect(lambda: self._pause.start(SEARCH_PAUSE_MS))
        self.results.currentRowChanged.connect(self._preview)
        self.words.setFocus()

    def search(self) -> None:
        """Search for the words typed, off the window's thread."""
        self._pause.stop()
        words = self.words.text()
        self._asked += 1
        asked = self._asked
        if not words.strip():
            self._show(words, [])
            return
        self.summary.setText(self.tr("Searching…"))
        run_in_background(
            self,
            lambda: self._search(words),
            lambda hits: self._found(asked, words, hits),
            lambda error: self._failed(asked, error),
        )

    def _found(self, asked: int, words: str, hits: list[SearchHit]) -> None:
        if asked == self._asked:
            self._show(words, hits)

    def _failed(self, asked: int, error: Exception) -> None:
        if asked != self._asked:
            return
        self.summary.setText("")
        self.problem.say(
            translated_error(error)
            if isinstance(error, StoreError)
            else self.tr(
                "GrantDesk could not search just now. Your work is safe; please try again."
            )
        )

    def _show(self, words: str, hits: list[SearchHit]) -> None:
        self.hits = hits
        self.problem.say("")
        self.results.clear()
        for hit in self.hits:
            snippet = " ".join(hit.snippet.split())
            item = QListWidgetItem(f"{hit.application_title} — {hit.question_title}\n{snippet}")
            self.results.addItem(item)
        if words.strip():
            self.summary.setText(
                self.tr("Nothing found. Try fewer words, or the start of a word.")
                if not self.hits
                else self.tr("Found in 1 answer.")
                if len(self.hits) == 1
                else self.tr("Found in {n} answers, best matches first.").format(n=len(self.hits))
            )
        else:
            self.summary.setText("")
        if self.hits:
            self.results.setCurrentRow(0)
        else:
            self._preview(-1)

    def _preview(self, row: int) -> None:
        chosen = 0 <= row < len(self.hits)
        self.preview.setPlainText(self.hits[row].text if chosen else "")
        self.insert_button.setEnabled(chosen)
        self.append_button.setEnabled(chosen)

    def _use(self, where: str) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self.hits):
            self.insert_requested.emit(self.hits[row].text, where)
            self.accept()

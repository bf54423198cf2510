"""Starting the window: it appears at once and opens the data folder just after."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from grantdesk import app
from grantdesk.ui.main_window import MainWindow
from tests.keys import press
from tests.ui.conftest import when_dialog_opens


def test_the_window_opens_first_and_the_applications_follow(qtbot, data_dir: Path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.statusBar().currentMessage() == "Opening your applications…"
    app._open_store(window, data_dir)
    assert window.store is not None
    assert window.pages.currentWidget() is window.home
    assert window.statusBar().currentMessage() == ""
    window.store.engine.dispose()


def test_a_folder_that_cannot_be_used_is_explained_and_the_program_ends(
    qtbot, tmp_path: Path, monkeypatch
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    exits = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    said = []

    def read_and_close(box) -> None:
        said.append(box.text())
        press(box, Qt.Key.Key_Return)

    when_dialog_opens(read_and_close)
    app._open_store(window, blocker)
    assert said == [
        f"GrantDesk cannot keep your work in {blocker}, because that folder cannot be written "
        "to. Please choose another folder, or ask whoever looks after this computer to check it."
    ]
    assert exits == [1]
    assert window.store is None


def test_damaged_example_funders_never_stop_the_first_start(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
):
    from grantdesk.examples import funders as examples

    folder = tmp_path / "resources" / "funders"
    folder.mkdir(parents=True)
    (folder / "a-brace.json").write_text("{", "utf-8")
    (folder / "b-deep.json").write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    (folder / "c-wrong.json").write_text(
        '{"grantdesk": "funder", "version": 1, "funder": {"name": "X", "maximum_pence": "lots"}}',
        "utf-8",
    )
    (folder / "d-good.json").write_text(
        '{"grantdesk": "funder", "version": 1, "funder": {"name": "Sound ŵ"}}', "utf-8"
    )
    monkeypatch.setattr(examples, "resources_dir", lambda: tmp_path / "resources")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    app._open_store(window, data_dir)
    assert window.pages.currentWidget() is window.home
    assert [funder.name for funder in window.store.funders.all()] == ["Sound ŵ"]
    window.store.engine.dispose()

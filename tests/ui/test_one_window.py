"""One window per data folder: a second start brings the first forward and opens nothing;
a lock left by a GrantDesk that was killed does not stop the next start."""

import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from grantdesk.ui.single_instance import claim_data_folder
from tests.keys import press
from tests.ui.conftest import when_dialog_opens

HOLD_THE_FOLDER = """
import sys, time
from PySide6.QtCore import QCoreApplication
from grantdesk.ui.single_instance import claim_data_folder
app = QCoreApplication([])
claim = claim_data_folder(__import__("pathlib").Path(sys.argv[1]))
print("held" if claim is not None else "refused", flush=True)
time.sleep(120)
"""


def hold_in_another_process(data_dir: Path) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_FOLDER, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_second_start_brings_the_first_forward_and_ends(qtbot, data_dir):
    first = claim_data_folder(data_dir)
    assert first is not None
    first.listen()
    with qtbot.waitSignal(first.another_start, timeout=5000):
        assert claim_data_folder(data_dir) is None
    elsewhere = claim_data_folder(data_dir.with_name("another-group"))
    assert elsewhere is not None, "another data folder is no concern of the first window"
    for claim in (first, elsewhere):
        claim.release()
    assert claim_data_folder(data_dir) is not None, "once the first has closed, a start opens"


def test_a_lock_left_by_a_killed_grantdesk_does_not_stop_the_next_start(data_dir):
    holder = hold_in_another_process(data_dir)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    assert (data_dir / "grantdesk.lock").exists()
    claim = claim_data_folder(data_dir)
    assert claim is not None
    claim.listen()  # the socket name is free again too
    claim.release()


def test_a_grantdesk_that_cannot_be_reached_is_named_and_this_start_ends(
    qtbot, data_dir, monkeypatch
):
    holder = hold_in_another_process(data_dir)  # holds the folder but does not answer
    monkeypatch.setattr("grantdesk.ui.single_instance.ANSWER_WITHIN_S", 0.3)
    said = []

    def read_and_close(box) -> None:
        said.append(box.text())
        press(box, Qt.Key.Key_Return)

    when_dialog_opens(read_and_close)
    try:
        assert claim_data_folder(data_dir) is None
    finally:
        holder.kill()
        holder.wait(timeout=30)
    [sentence] = said
    assert sentence.startswith("GrantDesk is already open with these applications (on the ")
    assert "once it is closed, GrantDesk can be opened here" in sentence

"""The real program is killed (as by a power cut) one second after typing stops."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from grantdesk.store.database import integrity_problems, open_database
from grantdesk.store.repository import Store

pytestmark = pytest.mark.e2e

DRIVER = Path(__file__).with_name("drive_window.py")
TYPED = "When the grant ends – ‘Tŷ’r Cwm’ keeps going… ŵ ŷ Ŵ Ŷ £250 😀"


def grantdesk(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "grantdesk", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_text_typed_a_second_before_a_sigkill_is_there_and_the_file_is_sound(tmp_path: Path):
    data_dir = tmp_path / "data"
    assert grantdesk("demo", data_dir=data_dir).returncode == 0
    engine = open_database(data_dir)
    friday = next(
        summary.id
        for summary in Store(engine).applications.summaries()
        if summary.details.title == "Friday Night Safe Space"
    )
    engine.dispose()

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    program = subprocess.Popen(
        [sys.executable, str(DRIVER), str(data_dir), str(friday), "exit_strategy", TYPED],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert program.stdout.readline().strip() == "typed", program.stderr.read()
        time.sleep(1.0)  # the scenario: the plug is pulled one second after the last key
    finally:
        program.send_signal(signal.SIGKILL)
        program.wait(timeout=30)
    assert program.returncode == -signal.SIGKILL

    engine = open_database(data_dir)
    assert integrity_problems(engine) == []
    assert Store(engine).applications.answers(friday)["exit_strategy"].text == TYPED
    engine.dispose()

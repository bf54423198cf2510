"""Starting GrantDesk twice on one data folder: the first window comes forward, and the second
start ends without loading the database library, so there is never a second writer."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

RUN_WINDOW = Path(__file__).with_name("run_window.py")


def test_a_second_start_brings_the_first_window_forward_and_opens_nothing(tmp_path: Path):
    data_dir = tmp_path / "data"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, str(RUN_WINDOW), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert first.stdout.readline().strip() == "ready", first.stderr.read()
        second = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "grantdesk", "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            env=environment,
            timeout=60,
        )
        assert second.returncode == 0
        assert second.stdout == ""
        assert "sqlalchemy" not in second.stderr, "the second start never loads the database"
        assert first.stdout.readline().strip() == "came forward"
    finally:
        first.kill()
        first.wait(timeout=30)
    log = (data_dir / "grantdesk.log").read_text("utf-8")
    assert log.count("started again on this data folder") == 1

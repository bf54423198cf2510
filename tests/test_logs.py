"""The log file: details of failures go there, and a full disk never spills onto the terminal."""

import errno
import logging
from pathlib import Path

import pytest

from grantdesk.logs import start_logging


@pytest.fixture
def log_file(tmp_path: Path):
    root = logging.getLogger()
    before = list(root.handlers)
    path = start_logging(tmp_path)
    [handler] = [h for h in root.handlers if h not in before]
    yield path, handler
    root.removeHandler(handler)
    handler.close()


def test_a_full_disk_drops_log_lines_quietly_and_logging_carries_on_after(
    log_file, capfd, monkeypatch
):
    path, handler = log_file
    logger = logging.getLogger("grantdesk.test")
    logger.warning("Before the disk filled up")
    real_write = handler.stream.write

    def disk_full(_text):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(handler.stream, "write", disk_full)
    for attempt in range(5):
        logger.warning("Saving failed, attempt %d", attempt)
    assert capfd.readouterr().err == ""

    monkeypatch.setattr(handler.stream, "write", real_write)
    logger.warning("After some space was freed")
    handler.flush()
    text = path.read_text("utf-8")
    assert "Before the disk filled up" in text
    assert "After some space was freed" in text

"""The log file: details of failures go there, and a full disk never spills onto the terminal."""

import errno
import logging
from pathlib import Path

import pytest

from grantdesk.logs import LOG_FILE_BYTES, start_logging


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
    stream = handler.rotating.stream
    real_write = stream.write

    def disk_full(_text):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(stream, "write", disk_full)
    for attempt in range(5):
        logger.warning("Saving failed, attempt %d", attempt)
    assert capfd.readouterr().err == ""

    monkeypatch.setattr(stream, "write", real_write)
    logger.warning("After some space was freed")
    handler.flush()
    text = path.read_text("utf-8")
    assert "Before the disk filled up" in text
    assert "After some space was freed" in text


def test_the_log_starts_a_new_file_when_it_grows_and_keeps_three_before_it(log_file):
    path, handler = log_file
    logger = logging.getLogger("grantdesk.test")
    line = "x" * 1000
    for number in range(5 * LOG_FILE_BYTES // len(line)):
        logger.warning("Line %d %s", number, line)
    handler.flush()
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "grantdesk.log",
        "grantdesk.log.1",
        "grantdesk.log.2",
        "grantdesk.log.3",
    ]
    assert all(p.stat().st_size <= LOG_FILE_BYTES for p in path.parent.iterdir())
    assert f"Line {5 * LOG_FILE_BYTES // len(line) - 1} " in path.read_text("utf-8")


def test_the_log_file_is_made_at_once_so_an_unwritable_folder_is_known_at_start(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert start_logging(tmp_path) == tmp_path / "grantdesk.log"
        assert (tmp_path / "grantdesk.log").exists()
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("")
        assert start_logging(blocker) is None
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()

"""The log file in the data folder: where the details of any failure go, instead of the screen."""

import logging
from pathlib import Path

LOG_FILE = "grantdesk.log"
LOG_FILE_BYTES = 1_000_000
"""The log starts a new file at about this size, keeping the three before it."""


def start_logging(data_dir: Path) -> Path | None:
    """Log to data_dir/grantdesk.log; returns the file, or None if the folder cannot be written."""
    path = data_dir / LOG_FILE
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        path.open("a", encoding="utf-8").close()
    except OSError:
        # Keep tracebacks off the screen even when there is nowhere to write them.
        logging.getLogger().addHandler(logging.NullHandler())
        return None
    handler = LogFile(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class LogFile(logging.Handler):
    """The log file, written and rotated by Python's RotatingFileHandler, which is made at the
    first record: its module (which loads socket and pickle) takes longer to load than
    `grantdesk list` takes to read and print the applications, and a command that goes well
    logs nothing."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.rotating: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.rotating is None:
            self.rotating = _rotating_file(self.path)
            self.rotating.setFormatter(self.formatter)
        self.rotating.handle(record)

    def flush(self) -> None:
        if self.rotating is not None:
            self.rotating.flush()

    def close(self) -> None:
        if self.rotating is not None:
            self.rotating.close()
        super().close()


def _rotating_file(path: Path) -> logging.Handler:
    from logging.handlers import RotatingFileHandler

    class QuietLogFile(RotatingFileHandler):
        """A log file that, when it cannot be written (the disk is full, the folder gone),
        drops the record quietly: Python's own handler would print "--- Logging error ---"
        and a traceback to the terminal for every record instead."""

        def handleError(self, record: logging.LogRecord) -> None:
            pass

    return QuietLogFile(path, maxBytes=LOG_FILE_BYTES, backupCount=3, encoding="utf-8", delay=True)

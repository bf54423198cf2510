"""The log file in the data folder: where the details of any failure go, instead of the screen."""

import logging
from pathlib import Path

LOG_FILE = "grantdesk.log"


def start_logging(data_dir: Path) -> Path | None:
    """Log to data_dir/grantdesk.log; returns the file, or None if the folder cannot be written."""
    path = data_dir / LOG_FILE
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handler = _log_file(path)
    except OSError:
        # Keep tracebacks off the screen even when there is nowhere to write them.
        logging.getLogger().addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def _log_file(path: Path) -> logging.Handler:
    from logging.handlers import RotatingFileHandler  # not needed before the window shows

    class QuietLogFile(RotatingFileHandler):
        """A log file that, when it cannot be written (the disk is full, the folder gone),
        drops the record quietly: Python's own handler would print "--- Logging error ---"
        and a traceback to the terminal for every record instead."""

        def handleError(self, record: logging.LogRecord) -> None:
            pass

    return QuietLogFile(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")

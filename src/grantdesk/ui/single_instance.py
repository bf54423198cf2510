"""One window per data folder: a second start brings the first window forward instead.

The first GrantDesk to open a data folder holds a lock file in it (QLockFile) and listens on
a local socket named after the folder (QLocalServer). A second start finds the lock held,
tells the first through that socket to come forward, and ends before it opens the database,
so there is never a second writer on one folder from this computer. A lock left by a
GrantDesk that was killed (or lost its power) is noticed as stale and taken over.
"""

from __future__ import annotations

import getpass
import logging
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QCryptographicHash,
    QLockFile,
    QObject,
    QThread,
    Signal,
)

log = logging.getLogger(__name__)

LOCK_FILE = "grantdesk.lock"
ANSWER_WITHIN_S = 3


class DataFolderClaim(QObject):
    """This GrantDesk's hold on a data folder, for as long as it runs."""

    another_start = Signal()
    """GrantDesk was started again on this folder; its window should come forward."""

    def __init__(self, lock: QLockFile | None, server_name: str):
        super().__init__(QCoreApplication.instance())
        self._lock = lock
        self._server_name = server_name
        self._server = None

    def listen(self) -> None:
        """Answer later starts (after the window is up: QtNetwork loads here, not before)."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self._server_name)  # a socket left by a killed GrantDesk
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._server_name):
            log.warning("Later starts cannot reach this window: %s", server.errorString())
            return
        server.newConnection.connect(self._answer)
        self._server = server

    def release(self) -> None:
        """Let the next start have the folder (when GrantDesk quits)."""
        if self._server is not None:
            self._server.close()
        if self._lock is not None:
            self._lock.unlock()

    def _answer(self) -> None:
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.disconnected.connect(connection.deleteLater)
            connection.disconnectFromServer()
            log.info("GrantDesk was started again on this data folder; this window comes forward.")
            self.another_start.emit()


def claim_data_folder(data_dir: Path) -> DataFolderClaim | None:
    """Hold the data folder for this window; or, if another GrantDesk already holds it, ask
    that one to come forward and return None (this start should then end)."""
    server_name = _server_name(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return DataFolderClaim(None, server_name)  # opening the store will say what is wrong
    lock = QLockFile(str(data_dir / LOCK_FILE))
    lock.setStaleLockTime(0)  # held for as long as the window is open, however long that is
    if lock.tryLock(100):
        return DataFolderClaim(lock, server_name)
    if lock.error() != QLockFile.LockError.LockFailedError:
        # No lock can be made (a read-only folder): nothing can be written there either.
        return DataFolderClaim(None, server_name)
    if not _ask_to_come_forward(server_name):
        _say_already_open(lock)
    return None


def _server_name(data_dir: Path) -> str:
    folder = str(data_dir.expanduser().resolve()).casefold()
    digest = QCryptographicHash.hash(
        f"{getpass.getuser()}\n{folder}".encode(), QCryptographicHash.Algorithm.Sha256
    )
    return f"GrantDesk-{bytes(digest.toHex()).decode()[:24]}"


def _ask_to_come_forward(server_name: str) -> bool:
    """True once the GrantDesk holding the folder has been asked; it may still be starting
    (a double-click twice on a slow PC), so it is given a few seconds to answer."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    deadline = time.monotonic() + ANSWER_WITHIN_S
    while True:
        socket.connectToServer(server_name)
        if socket.waitForConnected(500):
            socket.disconnectFromServer()
            return True
        if time.monotonic() > deadline:
            return False
        QThread.msleep(200)


def _say_already_open(lock: QLockFile) -> None:
    """The other GrantDesk cannot be reached: it is another person's, or on another computer
    sharing this folder."""
    from PySide6.QtWidgets import QMessageBox

    _pid, host, _app = lock.getLockInfo()
    QMessageBox.information(
        None,
        QCoreApplication.translate("GrantDesk", "GrantDesk is already open"),
        QCoreApplication.translate(
            "GrantDesk",
            "GrantDesk is already open with these applications (on the computer called "
            "{host}). Please carry on in that window; once it is closed, GrantDesk can be "
            "opened here.",
        ).format(host=host or "?"),
    )

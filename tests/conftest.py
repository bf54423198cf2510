"""Shared test set-up: Qt runs offscreen, and every test gets its own data folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("GRANTDESK_DATA_DIR", None)

from pathlib import Path

import pytest
from hypothesis import settings

from grantdesk.store.database import open_database
from grantdesk.store.repository import Store

settings.register_profile("grantdesk", deadline=None, max_examples=200)
settings.load_profile("grantdesk")


@pytest.fixture(autouse=True)
def window_settings_apart(tmp_path: Path, monkeypatch) -> None:
    """Where the window keeps its size and place: the test's own folder, never the real one
    (in this process, and in any GrantDesk a test starts)."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    return folder


@pytest.fixture
def store(data_dir: Path) -> Store:
    engine = open_database(data_dir)
    yield Store(engine)
    engine.dispose()


@pytest.fixture
def make_read_only():
    """Turns a folder's contents into a folder nobody can write to, as a locked-down PC or a
    write-protected USB stick does. Returns the read-only folder's path.

    An ordinary user gets a folder without write permission; root (who ignores permissions)
    gets a read-only tmpfs, where that can be mounted; otherwise the test is skipped."""
    import os
    import shutil
    import subprocess

    undo = []

    def made(folder: Path) -> Path:
        if os.geteuid() != 0:
            for path in folder.rglob("*"):
                path.chmod(0o444 if path.is_file() else 0o555)
            folder.chmod(0o555)
            undo.append(lambda: [p.chmod(0o755) for p in [folder, *folder.rglob("*")]])
            return folder
        mount = folder.with_name(folder.name + "-read-only")
        mount.mkdir()
        if (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)], capture_output=True
            ).returncode
            != 0
        ):
            pytest.skip("a read-only folder cannot be made here")
        undo.append(lambda: subprocess.run(["umount", "--lazy", str(mount)], capture_output=True))
        shutil.copytree(folder, mount, dirs_exist_ok=True)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        return mount

    yield made
    for step in reversed(undo):
        step()

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

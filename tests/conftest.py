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


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    return folder


@pytest.fixture
def store(data_dir: Path) -> Store:
    engine = open_database(data_dir)
    yield Store(engine)
    engine.dispose()

"""Where things are: a group's data (--data-dir, then GRANTDESK_DATA_DIR, then the user's data
folder) and GrantDesk's own resources."""

import os
from pathlib import Path

DATA_DIR_VARIABLE = "GRANTDESK_DATA_DIR"


def data_dir(explicit: str | None = None) -> Path:
    chosen = explicit or os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("GrantDesk", appauthor=False))


def resources_dir() -> Path:
    """The resources/ folder (fonts, example funders, icons, translations), installed as the
    package grantdesk.resources: found the same way in a checkout, an installed wheel and the
    PyInstaller bundle, where it is a real folder on disk in every case."""
    from importlib.resources import files  # not needed before the window shows

    return Path(files("grantdesk.resources"))

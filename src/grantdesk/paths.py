"""Where a group's data lives: --data-dir, then GRANTDESK_DATA_DIR, then the user's data folder."""

import os
import sys
from pathlib import Path

DATA_DIR_VARIABLE = "GRANTDESK_DATA_DIR"


def data_dir(explicit: str | None = None) -> Path:
    chosen = explicit or os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("GrantDesk", appauthor=False))


def resources_dir() -> Path:
    """The resources/ folder: beside the code in a checkout, inside the bundle when installed."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"

"""The layers of design.md, checked by import-linter on every test run."""

import logging
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def test_imports_point_one_way(monkeypatch):
    monkeypatch.chdir(ROOT)
    loggers = [
        logger
        for logger in logging.root.manager.loggerDict.values()
        if isinstance(logger, logging.Logger) and not logger.disabled
    ]
    try:
        assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0
    finally:
        # import-linter configures logging with dictConfig, which silences every logger
        # already made (GrantDesk's own included) for the tests that run after this one.
        for logger in loggers:
            logger.disabled = False


def test_the_window_can_show_before_the_database_and_pdf_libraries_load():
    """Start-up shows the window first (benchmarks/run.py): keep the heavy imports out of it."""
    import subprocess
    import sys

    probe = (
        "import sys, grantdesk.cli, grantdesk.app, grantdesk.ui.main_window; "
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'reportlab') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        timeout=60,
    )
    assert result.stdout.strip() == "[]", result.stderr

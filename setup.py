"""What pyproject.toml cannot say: the packages found under src/, plus the top-level
resources/ folder installed as grantdesk.resources (see package-dir in pyproject.toml), and
the translations compiled from resources/i18n/*.ts to the .qm files Qt loads.

Folders of data (fonts, migrations) are listed as namespace packages so their files install."""

import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

RESOURCES = [
    "grantdesk.resources",
    *(f"grantdesk.resources.{name}" for name in find_namespace_packages("resources")),
]
TRANSLATIONS = Path(__file__).parent / "resources" / "i18n"


class BuildWithTranslations(build_py):
    """Compiles each catalogue next to its .ts before the resources are collected, so a wheel,
    an editable install and the PyInstaller bundle all carry the .qm files."""

    def run(self):
        for catalogue in sorted(TRANSLATIONS.glob("*.ts")):
            subprocess.run(
                [*lrelease(), "-silent", str(catalogue), "-qm", str(catalogue.with_suffix(".qm"))],
                check=True,
            )
        super().run()


def lrelease() -> list[str]:
    """Qt's lrelease, from the PySide6 in the build environment (pyproject.toml requires it)."""
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


setup(
    packages=[*find_namespace_packages("src"), *RESOURCES],
    cmdclass={"build_py": BuildWithTranslations},
)

"""A plain (non-editable) install works: the wheel carries the fonts, the example funders and the
migrations, so `grantdesk demo` adds the funders and `grantdesk pdf` embeds the fonts.

To stay quick and offline the wheel is built without build isolation, and the fresh venv borrows
the test venv's installed libraries through a .pth file instead of downloading them again.
"""

import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from pypdf import PdfReader

from grantdesk.store.workspaces import Workspaces

pytestmark = pytest.mark.e2e

CHECKOUT = Path(__file__).resolve().parents[2]
SOURCES = ("src", "resources", "pyproject.toml", "setup.py", "README.md")


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(arg) for arg in args], cwd=cwd, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with GrantDesk installed from its wheel; returns its bin (Scripts) folder."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    for name in SOURCES:
        if (CHECKOUT / name).is_dir():
            shutil.copytree(
                CHECKOUT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            source.mkdir(exist_ok=True)
            shutil.copy(CHECKOUT / name, source / name)
    pip = (sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input")
    run(*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", root / "dist", ".", cwd=source)
    [wheel] = (root / "dist").glob("grantdesk-*.whl")

    environment = root / "venv"
    venv.create(environment, with_pip=False)
    python = environment / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=root)
    site_packages = Path(purelib.stdout.strip())
    libraries = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site_packages / "borrowed_libraries.pth").write_text("\n".join(sorted(libraries)) + "\n")
    run(*pip, "--python", python, "install", "--no-deps", "--no-index", wheel, cwd=root)
    return python.parent


def test_the_installed_wheel_finds_its_resources_and_makes_a_pdf(installed: Path, tmp_path: Path):
    where = run(
        installed / "python",
        "-c",
        "import grantdesk.paths, grantdesk.store.database as d;"
        "print(grantdesk.paths.resources_dir()); print(d.MIGRATIONS)",
        cwd=tmp_path,
    ).stdout.split()
    assert all(Path(folder).is_relative_to(installed.parent) for folder in where), where

    data = tmp_path / "data"
    demo = run(installed / "grantdesk", "demo", "--data-dir", data, cwd=tmp_path)
    assert "Added the example group" in demo.stdout
    listing = run(installed / "grantdesk", "list", "--data-dir", data, cwd=tmp_path)
    first_id = listing.stdout.splitlines()[1].split()[0]

    pdf = tmp_path / "application.pdf"
    run(installed / "grantdesk", "pdf", first_id, "-o", pdf, "--data-dir", data, cwd=tmp_path)
    reader = PdfReader(pdf)
    assert "Maes-y-Dŵr" in "".join(page.extract_text() for page in reader.pages)
    fonts = {
        font["/BaseFont"] for page in reader.pages for font in page["/Resources"]["/Font"].values()
    }
    assert all("DejaVuSans" in str(name) for name in fonts), fonts


def test_the_wheel_installs_the_command_and_the_window_without_a_console(installed: Path):
    suffix = ".exe" if sys.platform == "win32" else ""
    assert (installed / f"grantdesk{suffix}").exists()
    assert (installed / f"grantdesk-window{suffix}").exists()


def test_the_installed_wheel_adds_the_example_funders(installed: Path, tmp_path: Path):
    data = tmp_path / "data"
    run(installed / "grantdesk", "demo", "--data-dir", data, cwd=tmp_path)
    [group] = Workspaces(data).all()
    database = sqlite3.connect(group.database)
    [(count,)] = database.execute("SELECT count(*) FROM funder").fetchall()
    database.close()
    assert count == len(list((CHECKOUT / "resources" / "funders").glob("*.json")))

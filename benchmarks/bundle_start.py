"""The built bundle: start-up to first paint against a bare PySide6 window bundled the same way
in the same run, and the sizes of the bundle and the installers. Linux; not part of the tests.

    installer/build_linux.sh && installer/windows/make_setup_stand_in.sh   (once)
    .venv/bin/python benchmarks/bundle_start.py [--runs 15]

The bare bundle is made here with the same spec (`-- --bare-window`), the same PyInstaller
and the same exclusions. First paint is read from Qt's own painting log
(QT_LOGGING_RULES=qt.widgets.painting=true): the moment the main window is first painted
and flushed. Each start is a new process with the disk cache warm (the first runs warm it).
"""

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUILD = ROOT / "build"
FIRST_PAINT = "Painting and flushing dirty top level"


def bare_bundle() -> Path:
    """Bundle benchmarks/bare_window.py with the installer's spec and the build venv."""
    subprocess.run(
        [
            BUILD / "venv" / "bin" / "pyinstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            BUILD / "bench" / "dist",
            "--workpath",
            BUILD / "bench" / "work",
            ROOT / "installer" / "grantdesk.spec",
            "--",
            "--bare-window",
            ROOT / "benchmarks" / "bare_window.py",
        ],
        check=True,
    )
    return BUILD / "bench" / "dist" / "BareWindow"


def first_paint_ms(program: list[str | Path]) -> float:
    """Milliseconds from starting the program to its main window's first paint."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.widgets.painting=true",
    }
    started = time.perf_counter()
    child = subprocess.Popen(program, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env)
    try:
        for line in child.stderr:
            if FIRST_PAINT.encode() in line:
                return (time.perf_counter() - started) * 1000
        raise RuntimeError(f"{program[0]} ended without painting")
    finally:
        child.kill()
        child.wait()


def folder_mb(folder: Path) -> float:
    """The folder's size on disk as du counts it: each file once, links not followed."""
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files) / 1e6


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=15)
    runs = options.parse_args().runs
    grantdesk = DIST / "GrantDesk" / "grantdesk"
    if not grantdesk.exists():
        raise SystemExit("No dist/GrantDesk: run installer/build_linux.sh first.")
    bare = bare_bundle() / "barewindow"

    with tempfile.TemporaryDirectory() as data:
        subprocess.run([grantdesk, "demo", "--data-dir", data], check=True, capture_output=True)
        programs = {"bare": [bare], "grantdesk": [grantdesk, "--data-dir", data]}
        for program in programs.values():  # warm the disk cache for both
            first_paint_ms(program)
        times: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(runs):
            for name, program in programs.items():
                times[name].append(first_paint_ms(program))

    floor = statistics.median(times["bare"])
    ours = statistics.median(times["grantdesk"])
    print(f"Start-up of the bundle to first paint, {runs} runs each (median, worst):")
    print(f"  bare PySide6 window bundle: {floor:.0f} ms, {max(times['bare']):.0f} ms")
    print(f"  GrantDesk bundle:           {ours:.0f} ms, {max(times['grantdesk']):.0f} ms")
    print(f"  ratio (medians): {ours / floor:.2f}x (aim: at most 1.5x)")
    print("Sizes:")
    print(f"  dist/GrantDesk (Linux folder): {folder_mb(DIST / 'GrantDesk'):.0f} MB (aim: 150 MB)")
    print(f"  bare PySide6 window bundle:    {folder_mb(bare.parent):.0f} MB")
    for installer in sorted(DIST.glob("*.deb")) + sorted(DIST.glob("*-setup*.exe")):
        print(f"  {installer.name}: {installer.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

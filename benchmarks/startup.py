"""Starting GrantDesk as a person feels it, each figure against a floor measured in the same run.

Run with: .venv/bin/python benchmarks/run.py startup [--third-of-a-core]

1. Start-up, from process start: to the window's first paint (read from its own paint event:
   startup_child.py) and to the applications listed and usable, against a bare PySide6 window
   painting the same frame (bare_window.py). Aims: first paint at most 1.5x; listed 2.5x.
2. `grantdesk list` against a bare sqlite3 query of the same rows, each a new process.
   Aim: at most 3x.

With --third-of-a-core, every process runs on a third of one core (see slow_machine.py).
"""

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from slow_machine import third_of_a_core

import grantdesk
from grantdesk.store.workspaces import Workspaces

HERE = Path(__file__).resolve().parent


def milliseconds(samples: list[float]) -> str:
    return f"median {statistics.median(samples):.0f} ms, worst {max(samples):.0f} ms"


def ratio(ours: list[float], floor: list[float]) -> str:
    """Medians against medians, and worst against worst."""
    return (
        f"{statistics.median(ours) / statistics.median(floor):.2f}x "
        f"(worst {max(ours) / max(floor):.2f}x)"
    )


def slowed(command: list[str], third: bool) -> list[str]:
    return third_of_a_core(command)[0] if third else command


def time_start(kind: str, data_dir: Path | None = None, third: bool = False) -> list[float]:
    """Milliseconds from process start to each line the child prints ("painted", "listed")."""
    command = [sys.executable, str(HERE / "startup_child.py"), kind]
    if data_dir is not None:
        command.append(str(data_dir))
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    child = subprocess.Popen(
        slowed(command, third), stdout=subprocess.PIPE, text=True, env=environment, cwd=HERE
    )
    moments = []
    for word in ["painted"] if kind == "bare" else ["painted", "listed", "open"]:
        line = child.stdout.readline()
        if line.strip() != word:
            child.kill()
            raise RuntimeError(f"{kind} did not say {word}")
        moments.append((time.perf_counter() - started) * 1000)
    child.wait(timeout=120)
    return moments


def machine(third: bool) -> str:
    return "a third of a core: " + third_of_a_core(["true"])[1] if third else "full speed"


def compiled() -> None:
    """GrantDesk's modules compiled, as pip compiles an installed GrantDesk (and as the bundle
    carries it), even when PYTHONDONTWRITEBYTECODE is set: otherwise every start would compile
    them again."""
    compileall.compile_dir(Path(grantdesk.__file__).parent, quiet=1)


def startup(data_dir: Path, runs: int = 9, third: bool = False) -> None:
    compiled()
    time_start("bare", third=third)  # warm the disk cache for both, so neither pays for it alone
    time_start("grantdesk", data_dir, third)
    bare, painted, listed, opened = [], [], [], []
    for _ in range(runs):
        bare.extend(time_start("bare", third=third))
        first_paint, applications_listed, data_open = time_start("grantdesk", data_dir, third)
        painted.append(first_paint)
        listed.append(applications_listed)
        opened.append(data_open)
    print(f"Start-up, from process start, {runs} starts each (the demo data; {machine(third)}):")
    print(f"  bare PySide6 window, same frame, first paint: {milliseconds(bare)}")
    print(f"  GrantDesk first paint (the home frame):        {milliseconds(painted)}")
    print(f"  GrantDesk applications listed and usable:      {milliseconds(listed)}")
    print(f"  GrantDesk data open, every screen built:       {milliseconds(opened)}")
    print(f"  first paint: {ratio(painted, bare)}   (aim: at most 1.5x)")
    print(f"  listed:      {ratio(listed, bare)}   (aim: at most 2.5x)")
    print(f"  open:        {ratio(opened, bare)}")


BARE_LIST = """
import sqlite3, sys
with sqlite3.connect(sys.argv[1] + "?mode=ro", uri=True) as connection:
    for row in connection.execute(
        "SELECT id, title, funder, amount_requested_pence, status, closing_date, updated_at "
        "FROM application WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC"
    ):
        print(*row, sep="  ")
"""


def timed_run(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return (time.perf_counter() - started) * 1000


def listing(data_dir: Path, runs: int = 15, third: bool = False) -> None:
    compiled()
    ours_command = slowed(
        [sys.executable, "-m", "grantdesk", "list", "--data-dir", str(data_dir)], third
    )
    timed_run(ours_command)  # a data folder from before groups moves into its group here
    [group] = Workspaces(data_dir).all()
    bare_command = slowed(
        [sys.executable, "-c", BARE_LIST, group.database.resolve().as_uri()], third
    )
    timed_run(bare_command)
    bare, ours = [], []
    for _ in range(runs):
        bare.append(timed_run(bare_command))
        ours.append(timed_run(ours_command))
    print(f"`grantdesk list` (the demo data; {machine(third)}), {runs} runs each, new processes:")
    print(f"  python and sqlite3, the same rows: {milliseconds(bare)}")
    print(f"  grantdesk list:                    {milliseconds(ours)}")
    print(f"  ratio: {ratio(ours, bare)}   (aim: at most 3x)")

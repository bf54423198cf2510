"""Power cuts in the middle of steady typing: the real program, killed at random moments.

Used by test_power_cut.py (20 kills) and benchmarks/power_cut.py (500). Each run starts
GrantDesk on a data folder (the same folder each time, so every start also finds the lock
left by the killed one), opens an answer, and types into it with real key events at random
intervals of 40 to 250 ms, never pausing as long as the autosave's pause. At a random moment
it is killed with SIGKILL, as by a power cut. Then the file must pass SQLite's integrity
check and hold everything typed more than two seconds before the kill.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from grantdesk.store.workspaces import Workspaces

DRIVER = Path(__file__).with_name("type_steadily.py")
QUESTION = "exit_strategy"
TEXT = (
    "When the grant ends – ‘Tŷ’r Cwm’ keeps going… volunteers run Friday nights, ŵ ŷ Ŵ Ŷ, "
    "£250 from the council, 😀 and the café pays the rent. "
)
PROMISE_S = 2.0
"""Everything typed this long before a power cut is on disk."""


def typed_text(count: int) -> str:
    """The first `count` characters the driver types (it goes round TEXT again and again)."""
    return (TEXT * (count // len(TEXT) + 1))[:count]


@dataclass(frozen=True)
class Kill:
    seed: int
    typed: int
    """Characters typed before the kill."""
    due: int
    """Characters typed at least PROMISE_S before the kill: these must be on disk."""
    kept: int
    """Characters of this run's typing found on disk afterwards."""
    problems: tuple[str, ...]

    @property
    def lost(self) -> bool:
        return bool(self.problems)


def prepare_demo(data_dir: Path) -> int:
    """A data folder with the demo group; returns the Friday Night application's number."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-m", "grantdesk", "demo", "--data-dir", str(data_dir)],
        check=True,
        capture_output=True,
        env=environment,
        timeout=120,
    )
    with sqlite3.connect(database_of(data_dir)) as connection:
        (application_id,) = connection.execute(
            "SELECT id FROM application WHERE title = 'Friday Night Safe Space'"
        ).fetchone()
    return application_id


def database_of(data_dir: Path) -> Path:
    """The database of the one group in the data folder."""
    [group] = Workspaces(data_dir).all()
    return group.database


def stored_answer(data_dir: Path, application_id: int) -> tuple[str, list[str]]:
    """The answer on disk, and what SQLite's integrity check says of the file."""
    with sqlite3.connect(database_of(data_dir)) as connection:
        checked = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        row = connection.execute(
            "SELECT text FROM answer WHERE application_id = ? AND question_key = ?",
            (application_id, QUESTION),
        ).fetchone()
    return (row[0] if row else ""), [line for line in checked if line != "ok"]


def kill_while_typing(
    data_dir: Path, application_id: int, seed: int, typing_for: tuple[float, float]
) -> Kill:
    """One run: start, type steadily, kill after a random time in `typing_for` seconds."""
    before, _ = stored_answer(data_dir, application_id)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    program = subprocess.Popen(
        [sys.executable, str(DRIVER), str(data_dir), str(application_id), QUESTION, str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    keys: list[tuple[int, float]] = []
    first_key = threading.Event()

    def read() -> None:
        for line in program.stdout:
            _, count, moment = line.split()
            keys.append((int(count), float(moment)))
            first_key.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not first_key.wait(timeout=60):
            raise RuntimeError(f"GrantDesk never started typing: {program.stderr.read()}")
        killed_at = keys[0][1] + random.Random(seed).uniform(*typing_for)
        time.sleep(max(0.0, killed_at - time.monotonic()))  # the plug is pulled then
        killed_at = time.monotonic()
    finally:
        program.send_signal(signal.SIGKILL)
        program.wait(timeout=60)
        reader.join(timeout=60)
        program.stdout.close()
        program.stderr.close()

    typed = keys[-1][0] if keys else 0
    due = max((count for count, moment in keys if moment <= killed_at - PROMISE_S), default=0)
    after, damage = stored_answer(data_dir, application_id)
    problems = [f"integrity check: {line}" for line in damage]
    appended = after[len(before) :] if after.startswith(before) else None
    if appended is None:
        problems.append("what was there before the run was changed")
        appended = ""
    elif not typed_text(typed).startswith(appended):
        problems.append(f"the answer ends with text that was never typed: {appended[-40:]!r}")
    elif len(appended) < due:
        problems.append(f"{due - len(appended)} characters typed over {PROMISE_S} s before lost")
    return Kill(seed, typed, due, len(appended), tuple(problems))

"""The real program is killed (as by a power cut): one second after typing stops, and at
random moments while typing goes on."""

import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from grantdesk.store.database import integrity_problems, open_database
from grantdesk.store.locking import data_key, lock
from grantdesk.store.repository import Store
from tests.e2e.kills import Kill, database_of, kill_while_typing, prepare_demo

pytestmark = pytest.mark.e2e

DRIVER = Path(__file__).with_name("drive_window.py")
PASSPHRASE = "The plug is by the tea urn"
TYPED = "When the grant ends – ‘Tŷ’r Cwm’ keeps going… ŵ ŷ Ŵ Ŷ £250 😀"


def grantdesk(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "grantdesk", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("locked", [False, True], ids=["unlocked", "locked"])
def test_text_typed_a_second_before_a_sigkill_is_there_and_the_file_is_sound(
    tmp_path: Path, locked: bool
):
    data_dir = tmp_path / "data"
    assert grantdesk("demo", data_dir=data_dir).returncode == 0
    folder = database_of(data_dir).parent
    key = None
    if locked:
        lock(folder, PASSPHRASE)
        key = data_key(folder, PASSPHRASE)
    engine = open_database(folder, key)
    friday = next(
        summary.id
        for summary in Store(engine, key=key).applications.summaries()
        if summary.details.title == "Friday Night Safe Space"
    )
    engine.dispose()

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    program = subprocess.Popen(
        [sys.executable, str(DRIVER), str(data_dir), str(friday), "exit_strategy", TYPED]
        + ([PASSPHRASE] if locked else []),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert program.stdout.readline().strip() == "typed", program.stderr.read()
        time.sleep(1.0)  # the scenario: the plug is pulled one second after the last key
    finally:
        program.send_signal(signal.SIGKILL)
        program.wait(timeout=30)
    assert program.returncode == -signal.SIGKILL
    if locked:  # what the kill left on the disk, the recent saves included, holds no words
        for path in folder.rglob("*"):
            if path.is_file():
                assert "Tŷ’r Cwm".encode() not in path.read_bytes(), path

    engine = open_database(folder, key)
    assert integrity_problems(engine) == []
    assert Store(engine, key=key).applications.answers(friday)["exit_strategy"].text == TYPED
    engine.dispose()


KILLS_PER_LANE = 10
LANES = 2  # two folders killed side by side, to keep the suite quick


def test_twenty_power_cuts_during_steady_typing_lose_nothing_typed_two_seconds_before(
    tmp_path: Path,
):
    """Steady typing through the real window, killed (SIGKILL) at random moments: each time
    the file is sound and holds everything typed more than two seconds before the kill. Each
    lane uses one folder throughout, so each start also meets the lock the last one left."""
    folders = [tmp_path / f"lane-{lane}" for lane in range(LANES)]
    application_id = prepare_demo(folders[0])
    for folder in folders[1:]:
        shutil.copytree(folders[0], folder)

    def lane(number: int) -> list[Kill]:
        return [
            kill_while_typing(
                folders[number], application_id, seed=number * 1000 + run, typing_for=(2.1, 2.8)
            )
            for run in range(KILLS_PER_LANE)
        ]

    with ThreadPoolExecutor(LANES) as lanes:
        kills = [kill for done in lanes.map(lane, range(LANES)) for kill in done]

    assert len(kills) == 20
    assert [kill for kill in kills if kill.lost] == []
    assert sum(kill.due for kill in kills) > 0, "the kills came long enough after typing began"

"""Power cuts during steady typing, many times over: how much typing is lost.

Run with: .venv/bin/python benchmarks/power_cut.py [KILLS] [--third-of-a-core]
(500 kills by default; about 15 minutes with two lanes at full speed.)

Each kill is one run of tests/e2e/kills.py: the real GrantDesk window types steadily into an
answer with real key events and is killed with SIGKILL at a random moment between 2 and 4
seconds after typing began. Each lane keeps one data folder, so every start also meets the
lock the last killed one left behind. A kill counts as lost if the file fails SQLite's
integrity check, or anything typed more than two seconds before the kill is not on disk.
"""

import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from tests.e2e import kills as power_cuts  # noqa: E402

LANES = 2
"""Folders killed side by side at full speed; on a third of a core, one (the quota is shared)."""


def main() -> None:
    count = next((int(arg) for arg in sys.argv[1:] if arg.isdigit()), 500)
    machine = "full speed"
    lanes_used = LANES
    if "--third-of-a-core" in sys.argv:
        lanes_used = 1
        from slow_machine import third_of_a_core

        _command, how = third_of_a_core(["true"])
        machine = f"a third of a core ({how})"
        real_popen = power_cuts.subprocess.Popen

        def slowed_popen(command, **options):
            return real_popen(third_of_a_core(list(command))[0], **options)

        power_cuts.subprocess.Popen = slowed_popen
    folder = Path(tempfile.mkdtemp())
    try:
        lanes = [folder / f"lane-{lane}" for lane in range(lanes_used)]
        application_id = power_cuts.prepare_demo(lanes[0])
        for lane in lanes[1:]:
            shutil.copytree(lanes[0], lane)
        started = time.monotonic()

        def run(lane: int) -> list[power_cuts.Kill]:
            return [
                power_cuts.kill_while_typing(
                    lanes[lane], application_id, seed=lane * 100_000 + run, typing_for=(2.0, 4.0)
                )
                for run in range(lane, count, lanes_used)
            ]

        with ThreadPoolExecutor(lanes_used) as pool:
            done = [kill for lane in pool.map(run, range(lanes_used)) for kill in lane]
        minutes = (time.monotonic() - started) / 60
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    lost = [kill for kill in done if kill.lost]
    print(f"Power cuts during steady typing ({machine}), {len(done)} kills in {minutes:.1f} min:")
    print(
        f"  characters typed over 2 s before a kill: {sum(k.due for k in done):,}; "
        f"on disk afterwards: {sum(min(k.kept, k.due) for k in done):,}"
    )
    print(f"  kills that lost anything (or damaged the file): {len(lost)}   (aim: 0)")
    for kill in lost:
        print(f"    seed {kill.seed}: {'; '.join(kill.problems)}")


if __name__ == "__main__":
    main()

"""What locking a group costs: each figure for a locked group against the same work on an
unlocked one, measured in the same run on the same data.

Run with: .venv/bin/python benchmarks/locking.py   (takes about a minute)

- An edit's save (a 5,000-word answer, as the writer thread saves it).
- Opening the group, in the program: the check, the engine and the applications listed; for the
  locked group, with and without working out its key from the passphrase (SQLCipher's 256,000
  rounds of PBKDF2, paid once each time the lock screen is passed).
- A headless command end to end (`grantdesk list --group NAME`), process start included.
- A backup (SQLite's backup API between two keyed connections, flushed, reopened and checked).
- The size SQLCipher's binding adds: its installed files, and its share of the bundle when
  installer/build_linux.sh has made dist/GrantDesk/.
"""

import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import distribution
from pathlib import Path

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.backups import BackupReason
from grantdesk.examples.demo import write_demo
from grantdesk.store.locking import data_key, lock
from grantdesk.store.workspaces import Workspaces, open_workspace

PASSPHRASE = "A sentence the group remembers"
HERE = Path(__file__).resolve().parent


def milliseconds(samples: list[float]) -> str:
    return f"median {statistics.median(samples):.1f} ms, worst {max(samples):.1f} ms"


def ratio(locked: list[float], unlocked: list[float]) -> str:
    return f"{statistics.median(locked) / statistics.median(unlocked):.2f}x"


def filled(workspaces: Workspaces, name: str, applications: int = 200):
    """A group with the demo and `applications` more, each with three long answers."""
    workspace = workspaces.add(name)
    store = open_workspace(workspace)
    write_demo(store)
    words = " ".join(f"Gair{n % 97}ŵ" for n in range(300))
    with store.transaction(writes=True):
        for number in range(applications):
            application_id = store.applications.create(ApplicationDetails(title=f"Bid {number}"))
            for key in ("project", "delivery", "outcomes"):
                store.applications.save_answer(application_id, key, f"{number} {words}")
    store.engine.dispose()
    return workspace


def saving(groups: dict, rounds: int = 200) -> dict[str, list[float]]:
    words = " ".join(f"Gair{n % 97}ŵ" for n in range(5000))
    samples = {}
    for label, (workspace, key) in groups.items():
        store = open_workspace(workspace, key)
        application_id = store.applications.summaries()[0].id
        times = []
        for round_number in range(rounds):
            started = time.perf_counter()
            store.applications.save_answer(application_id, "project", f"{round_number} {words}")
            times.append((time.perf_counter() - started) * 1000)
        store.engine.dispose()
        samples[label] = times
    return samples


def opening(groups: dict, runs: int = 15) -> dict[str, list[float]]:
    samples = {label: [] for label in [*groups, "locked, passphrase typed"]}
    for _ in range(runs):  # taken in turn, so a busy moment of the machine hits each alike
        for label, (workspace, key) in groups.items():
            started = time.perf_counter()
            store = open_workspace(workspace, key)
            store.applications.summaries()
            samples[label].append((time.perf_counter() - started) * 1000)
            store.engine.dispose()
        workspace, _key = groups["locked"]
        started = time.perf_counter()
        store = open_workspace(workspace, data_key(workspace.folder, PASSPHRASE))
        store.applications.summaries()
        samples["locked, passphrase typed"].append((time.perf_counter() - started) * 1000)
        store.engine.dispose()
    return samples


def commands(data_dir: Path, groups: dict, runs: int = 7) -> dict[str, list[float]]:
    samples = {label: [] for label in groups}
    for _ in range(runs):
        for label, (workspace, key) in groups.items():
            group = ["--group", workspace.name]
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "grantdesk", "list", "--data-dir", str(data_dir), *group],
                input=PASSPHRASE + "\n" if key else "",
                capture_output=True,
                text=True,
                check=True,
            )
            samples[label].append((time.perf_counter() - started) * 1000)
    return samples


def backing_up(groups: dict, rounds: int = 7) -> dict[str, list[float]]:
    samples = {}
    for label, (workspace, key) in groups.items():
        store = open_workspace(workspace, key)
        application_id = store.applications.summaries()[0].id
        times = []
        for round_number in range(rounds):
            store.applications.save_answer(application_id, "delivery", f"Round {round_number}")
            started = time.perf_counter()
            store.backups.make(BackupReason.ON_REQUEST)
            times.append((time.perf_counter() - started) * 1000)
        store.engine.dispose()
        samples[label] = times
    return samples


def report(title: str, samples: dict[str, list[float]]) -> None:
    print(title)
    for label, times in samples.items():
        print(f"  {label + ':':26} {milliseconds(times)}")
    print(f"  ratio locked/unlocked (medians): {ratio(samples['locked'], samples['unlocked'])}")
    if "locked, passphrase typed" in samples:
        typed = ratio(samples["locked, passphrase typed"], samples["unlocked"])
        print(f"  ratio with the passphrase worked out: {typed}")


def sizes() -> None:
    binding = distribution("sqlcipher3")
    files = [path for path in binding.files or [] if path.parts[0] == "sqlcipher3"]
    installed = sum(path.locate().stat().st_size for path in files)
    print(f"sqlcipher3 {binding.version}, installed: {installed / 1e6:.1f} MB")
    bundle = HERE.parent / "dist" / "GrantDesk"
    if not bundle.is_dir():
        print("  (no dist/GrantDesk: run installer/build_linux.sh --no-deb for the bundle's share)")
        return
    everything = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    total = sum(path.stat().st_size for path in everything)
    cipher = sum(path.stat().st_size for path in everything if "sqlcipher3" in path.parts)
    print(
        f"  in the bundle: {cipher / 1e6:.1f} MB of {total / 1e6:.1f} MB "
        f"(+{cipher / (total - cipher):.1%} over the bundle without it)"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        workspaces = Workspaces(data_dir)
        unlocked = filled(workspaces, "Unlocked group")
        locked = filled(workspaces, "Locked group")
        lock(locked.folder, PASSPHRASE)
        groups = {
            "unlocked": (unlocked, None),
            "locked": (locked, data_key(locked.folder, PASSPHRASE)),
        }
        size = locked.database.stat().st_size / 1e6
        print(f"Two groups alike: the demo and 200 applications ({size:.1f} MB each).")
        report("An edit's save (a 5,000-word answer, on the writer thread):", saving(groups))
        report(
            "Opening the group to its applications listed (check, engine, list):", opening(groups)
        )
        report("`grantdesk list --group NAME`, from process start:", commands(data_dir, groups))
        report("A backup (made, flushed, reopened, checked):", backing_up(groups))
    sizes()


if __name__ == "__main__":
    main()

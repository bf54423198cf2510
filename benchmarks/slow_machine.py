"""Making this machine feel like an old community-centre PC, for the benchmarks.

- A slow disk: slow_fsync.c, compiled here and loaded with LD_PRELOAD, makes every fsync and
  fdatasync wait (40 ms unless said otherwise) before it runs.
- A third of a core: the program runs on CPU 0 only (taskset -c 0) and in a cgroup whose CPU
  quota is 3.3 ms in every 10 ms (cgroup v1 cpu.cfs_quota_us, or cgroup v2 cpu.max), or failing
  both, under systemd-run --scope -p CPUQuota=33%. The short 10 ms period spreads the quota
  thinly, like a slower processor, rather than stopping the program for 67 ms in every 100.
"""

import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CGROUP_NAME = "grantdesk-third-of-a-core"
PERIOD_US = 10_000
QUOTA_US = 3_333


def slow_disk_library() -> Path:
    """The compiled slow_fsync.c (raises RuntimeError if there is no C compiler)."""
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None:
        raise RuntimeError("a C compiler (gcc) is needed to slow the disk")
    built = Path(tempfile.mkdtemp()) / "slow_fsync.so"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-O2", "-o", str(built), str(HERE / "slow_fsync.c"), "-ldl"],
        check=True,
    )
    return built


def third_of_a_core(command: list[str]) -> tuple[list[str], str]:
    """The command run on a third of one core, and how that was done, in words."""
    taskset = shutil.which("taskset")
    pinned = [taskset, "-c", "0", *command] if taskset else command
    v1 = Path("/sys/fs/cgroup/cpu")
    v2 = Path("/sys/fs/cgroup/cgroup.controllers")
    try:
        if (v1 / "cpu.cfs_quota_us").exists():
            group = v1 / CGROUP_NAME
            group.mkdir(exist_ok=True)
            (group / "cpu.cfs_period_us").write_text(str(PERIOD_US))
            (group / "cpu.cfs_quota_us").write_text(str(QUOTA_US))
            how = f"cgroup v1 cpu quota {QUOTA_US}/{PERIOD_US} µs"
        elif v2.exists() and "cpu" in v2.read_text():
            group = Path("/sys/fs/cgroup") / CGROUP_NAME
            group.mkdir(exist_ok=True)
            (group / "cpu.max").write_text(f"{QUOTA_US} {PERIOD_US}")
            how = f"cgroup v2 cpu.max {QUOTA_US} {PERIOD_US}"
        else:
            raise OSError("no cgroup cpu controller")
    except OSError:
        systemd_run = shutil.which("systemd-run")
        if systemd_run is None:
            raise RuntimeError(
                "cannot limit the CPU here: no writable cgroup, no systemd-run"
            ) from None
        wrapped = [systemd_run, "--scope", "--quiet", "-p", "CPUQuota=33%", *pinned]
        return wrapped, "systemd-run --scope -p CPUQuota=33% and taskset -c 0"
    enter = f'echo $$ > "{group / "cgroup.procs"}" && exec "$@"'
    return ["sh", "-c", enter, "sh", *pinned], f"{how} and taskset -c 0"

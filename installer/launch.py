"""What the PyInstaller bundle runs: the same `grantdesk` command as a pip install, after making
sure the bundle is whole.

ReportLab imports its C speed-ups (`_rl_accel`) through exec, out of PyInstaller's sight; a
bundle without them still makes PDFs, two to three times slower. The spec refuses to build
without them, and this refuses to start without them, so a broken build cannot slip through.
"""

import importlib.util
import sys

MISSING_PART = 3


def main() -> int:
    if importlib.util.find_spec("_rl_accel") is None:
        if sys.stderr:  # None in the windowed build
            print(
                "grantdesk: this copy of GrantDesk was built without ReportLab's speed-ups "
                "(_rl_accel). Please rebuild it with the scripts in installer/.",
                file=sys.stderr,
            )
        return MISSING_PART
    from grantdesk.cli import main as grantdesk

    return grantdesk()


if __name__ == "__main__":
    sys.exit(main())

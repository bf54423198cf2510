"""The example funders in resources/funders, added once so a group can start from them.

Each file is one funder file, the same format a helper saves from the Funders screen (see
docs/funder-files.md), read by the same strict reader.
"""

import logging
from pathlib import Path

from grantdesk.domain.funder_file import FunderFileError, funder_from_file
from grantdesk.domain.funders import Funder
from grantdesk.paths import resources_dir
from grantdesk.store.repository import Store

log = logging.getLogger(__name__)


def example_funders(folder: Path | None = None) -> list[Funder]:
    """Every example that reads cleanly; a damaged file is logged and left out, so it can never
    stop GrantDesk from starting."""
    folder = folder or resources_dir() / "funders"
    funders = []
    for path in sorted(folder.glob("*.json")):
        try:
            funders.append(funder_from_file(path.read_bytes(), path.name))
        except (OSError, FunderFileError) as error:
            log.warning("Example funder %s left out: %s", path.name, error)
    return funders


def add_example_funders(store: Store) -> int:
    """Add the examples the first time GrantDesk runs; never again once there are funders,
    so ones a group removed do not come back. Returns how many were added."""
    if store.funders.has_ever_had_any():
        return 0
    examples = example_funders()
    with store.transaction(writes=True):
        for funder in examples:
            store.funders.save(funder)
    return len(examples)

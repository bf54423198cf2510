"""Finding what an edit changed in a long list of lines (a 500-line budget), cheaply."""

import operator
from collections.abc import Sequence


def first_change(old: Sequence, new: Sequence, start: int = 0, end: int | None = None) -> int:
    """The first position from `start` (up to `end`, at most the shorter list's length) where
    the two lists differ; `end` if there is none.

    Lines not edited are the very same objects in both, so they are passed over without
    comparing them field by field: in one pass that runs in C rather than in Python.
    """
    end = min(len(old), len(new)) if end is None else end
    position = start
    while position < end:
        try:
            position += operator.indexOf(
                map(operator.is_, old[position:end], new[position:end]), False
            )
        except ValueError:
            return end
        if old[position] != new[position]:
            return position
        position += 1
    return end
